"""``python -m analysis.cli``: the same as the ``framing`` command."""

import sys

from .main import main

if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
