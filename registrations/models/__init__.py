from registrations.models.campaigns import Campaign, ReportWindow
from registrations.models.pages import RegistrationPortalPage
from registrations.models.submissions import (
    EDITABLE_STATES,
    CriterionScore,
    IndicatorResult,
    PledgedIndicator,
    RegisteredIndividual,
    Registration,
    ReminderLog,
    ReportAttachment,
    ResultReport,
    SubmissionLog,
    SubmissionState,
    SubmissionVersion,
)
from registrations.models.units import Cluster, ClusterCriterion, Unit, UnitKind, UnitOfficer
from registrations.models.uploads import PendingUpload

__all__ = [
    "EDITABLE_STATES",
    "Campaign",
    "Cluster",
    "ClusterCriterion",
    "CriterionScore",
    "IndicatorResult",
    "PendingUpload",
    "PledgedIndicator",
    "RegisteredIndividual",
    "Registration",
    "RegistrationPortalPage",
    "ReminderLog",
    "ReportAttachment",
    "ReportWindow",
    "ResultReport",
    "SubmissionLog",
    "SubmissionState",
    "SubmissionVersion",
    "Unit",
    "UnitKind",
    "UnitOfficer",
]
