"""Agency in harm reporting: passives, and who did what to whom (issue 20)."""

from .events import find_agency
from .features import ERASED_FORMS, agency_features, is_erased
from .passives import find_passives
from .records import FORMS, VOICES, HarmEvent, Passive
from .tables import AgencyTables, load_agency_tables

__all__ = [
    "find_passives",
    "find_agency",
    "agency_features",
    "is_erased",
    "ERASED_FORMS",
    "Passive",
    "HarmEvent",
    "FORMS",
    "VOICES",
    "AgencyTables",
    "load_agency_tables",
]
