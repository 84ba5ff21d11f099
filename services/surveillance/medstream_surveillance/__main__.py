"""``medstream-surveillance`` / ``python -m medstream_surveillance``: ``detect`` for now;
``--help``, ``--version``."""

import sys

from medstream_surveillance.cli import main

if __name__ == "__main__":
    sys.exit(main())
