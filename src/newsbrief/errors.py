"""One exception hierarchy. Each error has a stable code and a one-line message for the user."""

from __future__ import annotations


class NewsbriefError(Exception):
    """Base class. ``str(error)`` is the one line shown to the user."""

    code = "error"

    def __init__(self, message: str) -> None:
        super().__init__(" ".join(message.split()))  # always one line

    @property
    def message(self) -> str:
        return str(self.args[0])


class InputError(NewsbriefError):
    """An input could not be read or holds no article (missing, binary, empty, malformed)."""

    code = "input"


class NoArticlesError(InputError):
    """Nothing usable was found in any of the inputs."""

    code = "no-articles"


class UsageError(NewsbriefError):
    """An option or argument is out of range."""

    code = "usage"


class MissingExtraError(NewsbriefError):
    """A feature needs an optional dependency (an extra) that is not installed; the message
    names the pip command (see ``newsbrief.extras.require``)."""

    code = "missing-extra"


class LLMError(NewsbriefError):
    """The LLM endpoint could not give a usable answer. Messages name the endpoint, never the
    API key."""

    code = "llm"


class LLMUnreachableError(LLMError):
    """No answer at all: the connection was refused or timed out, every try."""

    code = "llm-unreachable"


class LLMStatusError(LLMError):
    """The endpoint answered with an error status (after retrying the retryable ones)."""

    code = "llm-status"


class LLMAnswerError(LLMError):
    """The endpoint answered, but not with a chat completion holding text."""

    code = "llm-answer"


class StorageError(InputError):
    """The library file could not be read or written: a full disk, a read-only or corrupt file,
    a lock held too long (see ``newsbrief.store.errors``)."""

    code = "storage"
