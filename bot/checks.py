"""Who may change how the bot behaves in a server: its managers, and the bot's owner."""
from __future__ import annotations

import discord


async def manages_server(interaction: discord.Interaction) -> bool:
    # Checked here as well as by default_permissions, which a server can override for a role.
    permissions = getattr(interaction.user, "guild_permissions", None)
    if permissions is not None and permissions.manage_guild:
        return True
    return await interaction.client.is_owner(interaction.user)
