"""Help channels: `/channels add|remove|list`, and answers by itself in those channels and forums.

In a chosen text channel each new message, and in a chosen forum each new post (title and first
message), gets an answer in a thread, but only when the engine is confident: an uncertain answer
stays silent there, and the asker can still mention the bot.
"""
from __future__ import annotations

import asyncio
import logging
from collections import OrderedDict

import discord
from discord import app_commands
from discord.ext import commands

from corpus.analysis import guess_language

from .. import limits, send
from ..asking import Origin
from ..checks import manages_server
from ..words import command, say

log = logging.getLogger(__name__)

KINDS = {discord.ChannelType.text: "text", discord.ChannelType.forum: "forum"}
WRITTEN = (discord.MessageType.default, discord.MessageType.reply)


@app_commands.guild_only()
@app_commands.default_permissions(manage_guild=True)
class Channels(app_commands.Group, name=command("cmd.channels"), description=command("cmd.channels.description")):
    def __init__(self, bot):
        super().__init__()
        self.bot = bot

    async def _allowed(self, interaction: discord.Interaction, lang: str) -> bool:
        if await manages_server(interaction):
            return True
        await send.respond(interaction, say(lang, "not_allowed"), ephemeral=True)
        return False

    @app_commands.command(name=command("cmd.channels.add"), description=command("cmd.channels.add.description"))
    @app_commands.rename(channel=command("cmd.channels.channel"))
    @app_commands.describe(channel=command("cmd.channels.channel.description"))
    async def add(self, interaction: discord.Interaction, channel: discord.TextChannel | discord.ForumChannel) -> None:
        lang = self.bot.asking.language(interaction.locale)
        if not await self._allowed(interaction, lang):
            return
        kind = KINDS.get(channel.type)
        if kind is None:
            await send.respond(interaction, say(lang, "channels_kind"), ephemeral=True)
            return
        added = await asyncio.to_thread(self.bot.store.add_channel, interaction.guild_id, channel.id, kind)
        self.bot.help_channels[channel.id] = kind
        lines = [say(lang, "channels_added" if added else "channels_already", channel=channel.mention)]
        if not self.bot.intents.message_content:
            lines.append(say(lang, "intent_missing"))
        await send.respond(interaction, "\n\n".join(lines), ephemeral=True)

    @app_commands.command(name=command("cmd.channels.remove"), description=command("cmd.channels.remove.description"))
    @app_commands.rename(channel=command("cmd.channels.channel"))
    @app_commands.describe(channel=command("cmd.channels.channel.description"))
    async def remove(self, interaction: discord.Interaction, channel: discord.TextChannel | discord.ForumChannel) -> None:
        lang = self.bot.asking.language(interaction.locale)
        if not await self._allowed(interaction, lang):
            return
        removed = await asyncio.to_thread(self.bot.store.remove_channel, interaction.guild_id, channel.id)
        self.bot.help_channels.pop(channel.id, None)
        key = "channels_removed" if removed else "channels_absent"
        await send.respond(interaction, say(lang, key, channel=channel.mention), ephemeral=True)

    @app_commands.command(name=command("cmd.channels.list"), description=command("cmd.channels.list.description"))
    async def show(self, interaction: discord.Interaction) -> None:
        lang = self.bot.asking.language(interaction.locale)
        if not await self._allowed(interaction, lang):
            return
        chosen = await asyncio.to_thread(self.bot.store.channels, interaction.guild_id)
        if not chosen:
            await send.respond(interaction, say(lang, "channels_none"), ephemeral=True)
            return
        names = ", ".join(f"<#{c.channel_id}>" for c in chosen)
        lines = [say(lang, "channels_list", channels=names)]
        if not self.bot.intents.message_content:
            lines.append(say(lang, "intent_missing"))
        await send.respond(interaction, "\n\n".join(lines), ephemeral=True)


def post_question(title: str, text: str) -> str:
    """A forum post asked as one question: its title, then its text unless that repeats the title."""
    title, text = title.strip(), text.strip()
    if not text or text.casefold() == title.casefold():
        return title
    if title.casefold() in text.casefold():
        return text
    return f"{title} — {text}"


class HelpChannels(commands.Cog):
    def __init__(self, bot):
        self.bot = bot
        # Forum posts already considered, answered or not; the oldest are forgotten past the limit.
        self.posts_seen: OrderedDict[int, None] = OrderedDict()

    async def cog_load(self) -> None:
        self.bot.tree.add_command(Channels(self.bot))

    async def _forum_post(self, message: discord.Message) -> discord.Thread | None:
        """The forum post this message opens, if it opens one in a chosen forum.

        The starter message shares the post's id; otherwise the first message the bot sees in a
        post it never answered in counts (a post opened while the bot was away, or by a tool).
        """
        thread = message.channel
        if not isinstance(thread, discord.Thread) or self.bot.help_channels.get(thread.parent_id) != "forum":
            return None
        if thread.id in self.posts_seen:
            return None
        self.posts_seen[thread.id] = None
        while len(self.posts_seen) > limits.FORUM_POSTS_REMEMBERED:
            self.posts_seen.popitem(last=False)
        if message.id != thread.id and await asyncio.to_thread(self.bot.store.thread_question, thread.id):
            return None  # answered before a restart: a later message is a reply, not the post
        return thread

    @commands.Cog.listener()
    async def on_message(self, message: discord.Message) -> None:
        if message.author.bot or message.guild is None or message.type not in WRITTEN:
            return  # bots, direct messages, and Discord's notices (a thread started, a pin)
        try:
            post = await self._forum_post(message)  # noted even when it mentions the bot: a post opens once
            if self.bot.user in message.mentions:
                return  # mentions are the Ask cog's
            if post is not None:
                # When the text cannot be read at all, the post's title alone is asked.
                await self._answer(message, post_question(post.name, await self._text(message)), post, "forum")
            elif self.bot.help_channels.get(message.channel.id) == "text":
                text = await self._text(message)
                if text:
                    await self._answer(message, text, None, "channel")
        except Exception:  # noqa: BLE001 - nobody asked the bot here: log, never apologise in the channel
            log.exception("Error while answering message %s in a help channel", message.id)

    async def _text(self, message: discord.Message) -> str:
        """The message's text, read again through the API when the gateway left it out.

        The Message Content intent is asked for at start when help channels exist; a channel added
        while the bot runs is read this way, one request a message, until the next start. Without
        the intent enabled in the developer portal this text is empty too.
        """
        if message.content or self.bot.intents.message_content:
            return message.content.strip()
        try:
            return (await message.channel.fetch_message(message.id)).content.strip()
        except discord.HTTPException as error:
            log.warning("Could not read message %s in a help channel: %s", message.id, error)
            return ""

    async def _answer(self, message: discord.Message, question: str, thread: discord.Thread | None, path: str) -> None:
        asking = self.bot.asking
        question = question[: self.bot.settings.max_question_length]
        lang = guess_language(question)
        if asking.refusal(message.author.id, question, lang) or asking.busy(lang):
            return  # a cooldown, a full queue or a bad question: silent here, where nobody called the bot
        answer = await asking.first_page(question, Origin(message.guild.id, path))
        if not asking.confident(answer):
            return
        embed, view = await asking.page(question, lang, answer=answer)
        thread = thread or await send.start_thread(message, question)
        if thread is None:
            return
        if await send.post(thread, embed=embed, view=view) is not None:
            await asyncio.to_thread(self.bot.store.remember_thread, thread.id, message.guild.id, question)
