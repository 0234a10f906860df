"""compare: re-exports (mechanical move; split pending)."""

from .core import *  # noqa: F401,F403
from .core import __all__ as _all_core
from .cluster import *  # noqa: F401,F403
from .cluster import __all__ as _all_cluster
from .align import *  # noqa: F401,F403
from .align import __all__ as _all_align
from .tables import naming_matrix, quote_share_table, stance_table

__all__ = [
    *_all_core,
    *_all_cluster,
    *_all_align,
    "naming_matrix",
    "stance_table",
    "quote_share_table",
]
