"""What the bot tests share besides fixtures: the seeds, and checks on what the bot sent."""
from __future__ import annotations

import re
from pathlib import Path

SEEDS = Path(__file__).parents[2] / "seeds"
DEV_GUILD = 1_200_000_000_000_000_000  # the development guild the bot syncs its commands to
BOYER_DOC = "001_b3032b709f6b9f18"  # the seed article that names Heather-Ashley Boyer


def mention(env, text: str) -> str:
    return f"{env.bot.user.mention} {text}"


def text_requests(env) -> list[dict]:
    """The body of every request the bot made that posts text or embeds."""
    payloads = []
    for entry in env.http_requests:
        body = entry.json if isinstance(entry.json, dict) else {}
        payload = body["data"] if isinstance(body.get("data"), dict) else body
        if "content" in payload or "embeds" in payload:
            payloads.append(payload)
    return payloads


def requests_allowing_mentions(env) -> list[dict]:
    def pings(allowed) -> bool:
        return allowed is None or any(allowed.get(key) for key in ("parse", "users", "roles", "replied_user"))

    return [payload for payload in text_requests(env) if pings(payload.get("allowed_mentions"))]


# What a person or a document may write to break out of the text it belongs to.
HOSTILE_LINES = (
    "[Sora](http://evil.example/a) puis **x** ||y|| et [clique ici](http://evil.example/phish)",
    "Sora <t:1700000000:F> <:sora:123456789012345678> <#123> </ask:1> <@123> <@!42> <@&7> @everyone @here",
    "Sora `code` ~~barré~~ __souligné__ *italique* \\*pas gras\\* \\",
    "# Sora titre",
    "> Sora citation",
    "-# Sora petit",
    "- Sora liste",
    "1. Sora numéro",
    "\ue000Sora\ue001 marqueurs",
)
_MARKUP = set("\\*_~|`[]<>")


def unescape(text: str) -> str:
    """What Discord shows for escaped text: a backslash before punctuation is dropped."""
    out, escaped = [], False
    for char in text.replace("@\u200b", "@"):
        if escaped or char != "\\":
            out.append(char)
            escaped = False
        else:
            escaped = True
    return "".join(out)


def live_markup(text: str) -> list[str]:
    """What in `text` Discord would read as markup or a mention rather than show as typed."""
    live, escaped = [], False
    for char in text:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif char in _MARKUP:
            live.append(char)
    for line in text.split("\n"):
        start = line.lstrip(" \t")
        if start[:1] in ("#", "-", "+", ">") or re.match(r"\d+\.", start):
            live.append(start[:3])
    return live + [m for m in ("@everyone", "@here") if m in text]


async def open_forum_post(env, forum, member, title: str, text: str):
    """A member opens a post in a forum: its thread with the title, then the first message.

    SimCord's own forum-post route accepts only the bot as author, so the post is made the way
    Discord announces it to the bot: the thread appears, then its first message.
    """
    post = env.backend.create_thread(forum.id, title, member.id, broadcast=False)
    env.backend.announce_thread_create(post)
    thread = next(t for t in forum.threads if t.id == post.id)
    await member.send(thread, text)
    return thread


def open_to_everyone(env, guild, name: str) -> None:
    """A server override that shows a managers' command to every member, as Integrations settings can."""
    command = env.backend.commands[guild.id][(name, 1)]
    guild.set_command_permissions(int(command["id"] if isinstance(command, dict) else command.id), {guild.default_role: True})
