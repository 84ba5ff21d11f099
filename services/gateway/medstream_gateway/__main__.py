"""``medstream-gateway`` / ``python -m medstream_gateway``: run the gateway."""

from medstream_gateway.core.config import get_settings
from medstream_gateway.service import serve


def main() -> None:
    serve(get_settings())


if __name__ == "__main__":
    main()
