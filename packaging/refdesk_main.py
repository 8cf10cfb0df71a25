"""Entry script for the frozen app: the same entry point as the `refdesk` console script."""

import sys

from refdesk.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
