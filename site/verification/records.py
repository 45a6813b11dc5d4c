"""What a verification code names: a published award (an awardee of a published decision) or
a resistance-war award record, found by its code."""

from dataclasses import dataclass

from news.models import Awardee, ResistanceAward
from verification import codes
from verification.models import current_key


@dataclass
class Found:
    """The answer to a typed code: `code` as written (None if it cannot be one), and the
    awardee or the resistance-war record it names, if any is public."""

    code: str | None
    awardee: Awardee | None = None
    resistance: ResistanceAward | None = None

    @property
    def record(self):
        return self.awardee or self.resistance


def code_of(record):
    kind = "resistance" if isinstance(record, ResistanceAward) else "awardee"
    return codes.encode(current_key(), kind, record.pk)


def find(typed):
    code = codes.normalise(typed)
    if code is None:
        return Found(None)
    named = codes.decode(current_key(), code)
    if named is None:
        return Found(code)
    kind, number = named
    if kind == "resistance":
        return Found(code, resistance=ResistanceAward.objects.filter(pk=number).first())
    awardee = (
        Awardee.objects.select_related("effective_form", "decision__level", "exemplar")
        .filter(pk=number, decision_live=True)
        .first()
    )
    return Found(code, awardee=awardee)
