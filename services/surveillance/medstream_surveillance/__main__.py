"""``medstream-surveillance`` / ``python -m medstream_surveillance``: the service (``serve``,
the default) or ``detect``; ``--help``, ``--version``."""

import sys

from medstream_surveillance.cli import main

if __name__ == "__main__":
    sys.exit(main())
