"""text: re-exports (mechanical move; split pending)."""

from .segment import *  # noqa: F401,F403
from .segment import __all__ as _all_segment

__all__ = [*_all_segment]
