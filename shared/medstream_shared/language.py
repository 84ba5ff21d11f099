"""The languages the suite speaks, and the one way to choose between its two wordings."""

from typing import Literal, TypeVar

Language = Literal["en", "ru"]
LANGUAGES: tuple[Language, ...] = ("en", "ru")

T = TypeVar("T")


def pick(pair: tuple[T, T], language: Language) -> T:
    """The wording for ``language`` from an ``(english, russian)`` pair."""
    return pair[1] if language == "ru" else pair[0]
