"""plots: re-exports (mechanical move; split pending)."""

from .core import *  # noqa: F401,F403
from .core import __all__ as _all_core
from .alignment import plot_alignment

__all__ = [*_all_core, "plot_alignment"]
