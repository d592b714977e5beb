"""`python -m bot` starts the bot, like `corpus-bot run`; other arguments go to the CLI."""
import sys

from .cli import entry

if len(sys.argv) == 1:
    sys.argv.append("run")
entry()
