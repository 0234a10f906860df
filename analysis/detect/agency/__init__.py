"""Agency in harm reporting: passives, and who did what to whom (issue 20)."""

from .passives import find_passives
from .records import FORMS, VOICES, HarmEvent, Passive
from .tables import AgencyTables, load_agency_tables

__all__ = [
    "find_passives",
    "Passive",
    "HarmEvent",
    "FORMS",
    "VOICES",
    "AgencyTables",
    "load_agency_tables",
]
