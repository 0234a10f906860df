"""Agency in harm reporting: passives, and who did what to whom (issue 20)."""

from .events import find_agency, voice_of
from .features import ERASED_FORMS, agency_features, is_erased
from .passives import find_passives
from .records import FORMS, VOICES, HarmEvent, Passive
from .reported import mark_reported, reported_spans
from .tables import AgencyTables, harm_actors, load_agency_tables

__all__ = [
    "find_passives",
    "find_agency",
    "voice_of",
    "agency_features",
    "is_erased",
    "ERASED_FORMS",
    "reported_spans",
    "mark_reported",
    "Passive",
    "HarmEvent",
    "FORMS",
    "VOICES",
    "AgencyTables",
    "load_agency_tables",
    "harm_actors",
]
