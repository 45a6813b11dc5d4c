from consultations.models.calendar import Holiday, WorkingCalendar
from consultations.models.comments import (
    ModerationAction,
    ModerationLogEntry,
    ModerationState,
    PortalComment,
    Stance,
)
from consultations.models.questions import QuestionIndexPage
from consultations.models.rounds import (
    ConsultationIndexPage,
    ConsultationPage,
    NomineePage,
    NomineeState,
    RoundStatus,
)

__all__ = [
    "ConsultationIndexPage",
    "ConsultationPage",
    "Holiday",
    "ModerationAction",
    "ModerationLogEntry",
    "ModerationState",
    "NomineePage",
    "NomineeState",
    "PortalComment",
    "QuestionIndexPage",
    "RoundStatus",
    "Stance",
    "WorkingCalendar",
]
