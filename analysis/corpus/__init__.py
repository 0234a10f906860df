"""corpus: re-exports (mechanical move; split pending)."""

from .core import *  # noqa: F401,F403
from .core import __all__ as _all_core

__all__ = [*_all_core]

# temporary public names (the corpus split gives them their own module)
from .core import _as_text as as_text, _is_missing as is_missing  # noqa: E402

__all__ = [*__all__, "as_text", "is_missing"]
