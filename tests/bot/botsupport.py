"""What the bot tests share besides fixtures: the seeds, and checks on what the bot sent."""
from __future__ import annotations

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
