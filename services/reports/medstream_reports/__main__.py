"""``medstream-reports`` / ``python -m medstream_reports``: run the reports."""

from medstream_reports.config import get_settings
from medstream_reports.service import serve


def main() -> None:
    serve(get_settings())


if __name__ == "__main__":
    main()
