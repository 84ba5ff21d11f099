"""The cities and districts the warehouse is generated for.

They are the shared vocabulary's (``medstream_questions.vocabulary.places``), so
the names the generator writes are exactly the names the question parser recognises.
"""

from medstream_questions.vocabulary.places import (
    CITIES,
    KAZAN,
    MOSCOW,
    NOVOSIBIRSK,
    SAINT_PETERSBURG,
    YEKATERINBURG,
    City,
    District,
)

__all__ = [
    "CITIES",
    "KAZAN",
    "MOSCOW",
    "NOVOSIBIRSK",
    "SAINT_PETERSBURG",
    "YEKATERINBURG",
    "City",
    "District",
]
