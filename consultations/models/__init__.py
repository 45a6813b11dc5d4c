from consultations.models.calendar import Holiday, WorkingCalendar
from consultations.models.comments import (
    ModerationAction,
    ModerationLogEntry,
    ModerationState,
    PortalComment,
    RejectionReason,
    Stance,
)
from consultations.models.questions import (
    AnsweredQuestionPage,
    GuidanceIndexPage,
    GuidancePage,
    NameDisplay,
    Question,
    QuestionIndexPage,
    QuestionKind,
    QuestionState,
    QuestionTopic,
)
from consultations.models.rounds import (
    ConsultationIndexPage,
    ConsultationPage,
    NomineePage,
    NomineeState,
    RoundStatus,
)

__all__ = [
    "AnsweredQuestionPage",
    "GuidanceIndexPage",
    "GuidancePage",
    "NameDisplay",
    "Question",
    "QuestionKind",
    "QuestionState",
    "QuestionTopic",
    "ConsultationIndexPage",
    "ConsultationPage",
    "Holiday",
    "ModerationAction",
    "ModerationLogEntry",
    "RejectionReason",
    "ModerationState",
    "NomineePage",
    "NomineeState",
    "PortalComment",
    "QuestionIndexPage",
    "RoundStatus",
    "Stance",
    "WorkingCalendar",
]
