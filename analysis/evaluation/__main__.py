"""``python -m analysis.evaluation``: the validation run (see :mod:`analysis.evaluation.run`)."""

from .run import main

raise SystemExit(main())
