"""``medstream-router`` / ``python -m medstream_router``: run the router."""

from medstream_router.config import get_settings
from medstream_router.service import serve


def main() -> None:
    serve(get_settings())


if __name__ == "__main__":
    main()
