"""corpus-bot on Discord: answers questions about the corpus with quoted excerpts and sources.

Importing `bot` stays light (no discord.py) so `corpus-bot ask` starts fast; `create_bot` loads
the Discord side on first use.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .app import create_bot

__all__ = ["create_bot"]


def __getattr__(name: str) -> Any:
    if name == "create_bot":
        from .app import create_bot

        return create_bot
    raise AttributeError(f"module 'bot' has no attribute {name!r}")
