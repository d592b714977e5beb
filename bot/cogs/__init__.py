"""Slash commands and listeners, grouped by what people do with them."""
