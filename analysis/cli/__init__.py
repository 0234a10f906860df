"""The ``framing`` command line.

::

    framing --version
    framing report --corpus data/raw --out reports [--show-code] [--notebooks 01,02]
                   [-p NAME=VALUE ...]
    framing featurize INPUT --out features.parquet [--n-jobs N] [--outlet-column source]

Bad input (an :mod:`analysis.errors` exception) prints one line, ``framing: error: ...``, and
exits with status 2; a report run in which a notebook failed exits with status 1 (the failing
report shows the error).

Modules: :mod:`.main` (the parser, ``--version`` and :func:`main`), :mod:`.report`
(``framing report``), :mod:`.featurize` (``framing featurize``).  Nothing heavy (pandas,
scikit-learn, nbclient …) is imported before a command needs it.
"""

from .main import build_parser, main

__all__ = ["main", "build_parser"]
