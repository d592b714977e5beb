"""Every setting of the bot, read from the environment and `.env` (prefix CORPUS_BOT_).

This is the only module that reads configuration, so `.env.example` and this class can be
checked against each other at a glance.
"""
from __future__ import annotations

from pathlib import Path
from typing import Annotated, Literal, TypeVar

from pydantic import Field, SecretStr, ValidationError, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict, SettingsError as _SourceError

from corpus.limits import MAX_QUESTION_CHARS
from corpus.params import DEFAULT_PARAMS

PREFIX = "CORPUS_BOT_"


class SettingsError(Exception):
    """A missing or invalid setting; str(err) is one line naming the variable."""


class StoreSettings(BaseSettings):
    """What the bot keeps on disk: enough for `corpus-bot insights`, which needs no token."""

    model_config = SettingsConfigDict(
        env_prefix=PREFIX,
        env_file=".env",
        env_file_encoding="utf-8",
        # A variable copied empty from .env.example means "use the default", not "invalid".
        env_ignore_empty=True,
        extra="ignore",
        validate_default=True,
    )

    # The votes file of earlier versions: read once into the database, then left alone.
    feedback_path: Path = Path(".corpus-bot/feedback.jsonl")
    database_path: Path | None = None  # None: corpus-bot.sqlite3 in the votes file's folder
    retention_days: int = Field(default=90, ge=1)

    @property
    def database(self) -> Path:
        return self.database_path or self.feedback_path.parent / "corpus-bot.sqlite3"


class Settings(StoreSettings):
    token: SecretStr
    corpus_dir: Path | None = None  # None: the seeds bundled with the project
    index_path: Path | None = None  # None: the engine's cache folder
    dev_guild_id: int | None = Field(default=None, gt=0)
    language: Literal["fr", "en"] = "fr"
    cooldown_rate: int = Field(default=3, ge=1)
    cooldown_seconds: float = Field(default=30.0, gt=0)
    max_question_length: int = Field(default=300, ge=10)  # capped by the engine's: see question_limit
    # Questions waiting at once past which a new one is told to come back in a few seconds.
    queue_limit: int = Field(default=500, ge=1)
    shard_count: int | None = Field(default=None, ge=1)
    shard_ids: Annotated[list[int] | None, NoDecode] = None
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"] = "INFO"
    # Help channels are answered only from this confidence (0..1). By default the engine's own
    # line under which an answer is shown as a guess ("I'm not sure, but…"): where nobody asked
    # the bot, it does not guess.
    auto_answer_confidence: float = Field(default=DEFAULT_PARAMS.unsure_below, ge=0, le=1)

    @property
    def question_limit(self) -> int:
        """The longest question the bot accepts: the setting, never above what the engine searches
        (corpus.limits), so a question the bot accepts is always searched."""
        return min(self.max_question_length, MAX_QUESTION_CHARS)

    @field_validator("token")
    @classmethod
    def _token_not_blank(cls, value: SecretStr) -> SecretStr:
        if not value.get_secret_value().strip():
            raise ValueError("must not be empty")
        return value

    @field_validator("language", mode="before")
    @classmethod
    def _lower(cls, value: object) -> object:
        return value.strip().lower() if isinstance(value, str) else value

    @field_validator("log_level", mode="before")
    @classmethod
    def _upper(cls, value: object) -> object:
        return value.strip().upper() if isinstance(value, str) else value

    @field_validator("shard_ids", mode="before")
    @classmethod
    def _split_ids(cls, value: object) -> object:
        # "0,1" reads better in a .env file than a JSON list; accept both.
        if isinstance(value, str):
            text = value.strip().strip("[]")
            return [part.strip() for part in text.split(",") if part.strip()]
        return value

    @model_validator(mode="after")
    def _shards_agree(self) -> Settings:
        if self.shard_ids is None:
            return self
        if self.shard_count is None:
            raise ValueError(f"{PREFIX}SHARD_IDS needs {PREFIX}SHARD_COUNT to be set too")
        wrong = [i for i in self.shard_ids if not 0 <= i < self.shard_count]
        if wrong or not self.shard_ids or len(set(self.shard_ids)) != len(self.shard_ids):
            raise ValueError(
                f"{PREFIX}SHARD_IDS must be distinct numbers from 0 to {self.shard_count - 1}"
            )
        return self


AnySettings = TypeVar("AnySettings", bound=StoreSettings)


def variable(field: str) -> str:
    return PREFIX + field.upper()


def describe(error: ValidationError) -> str:
    """One line for people; never echoes the values, which may hold the token."""
    parts = []
    for item in error.errors():
        loc = [str(p) for p in item["loc"] if not isinstance(p, int)]
        if not loc:
            parts.append(item["msg"].removeprefix("Value error, "))
        elif item["type"] == "missing":
            parts.append(f"{variable(loc[0])} is missing: set it in the environment or in .env")
        else:
            parts.append(f"{variable(loc[0])} is invalid: {item['msg'].removeprefix('Value error, ')}")
    return "; ".join(dict.fromkeys(parts))


def load_settings(kind: type[AnySettings] = Settings, **overrides: object) -> AnySettings:
    """Read the settings, raising SettingsError with one clear line when one is wrong."""
    try:
        return kind(**overrides)
    except ValidationError as error:
        raise SettingsError(describe(error)) from None
    except _SourceError as error:
        # Raised by the .env/environment sources before validation (e.g. a malformed value).
        raise SettingsError(str(error).splitlines()[0]) from None
