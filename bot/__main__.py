"""`python -m bot` starts the bot, like `corpus-bot run`; other arguments go to the CLI."""
import sys

from .cli import main

sys.exit(main(sys.argv[1:] or ["run"]))
