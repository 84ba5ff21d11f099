"""The languages the suite speaks, and one way to write text in both of them."""

from typing import Literal, TypeVar

Language = Literal["en", "ru"]
LANGUAGES: tuple[Language, ...] = ("en", "ru")

T = TypeVar("T")


def pick(language: Language, en: T, ru: T) -> T:
    """The variant for ``language``: ``pick(lang, "visits", "визитов")``."""
    return ru if language == "ru" else en
