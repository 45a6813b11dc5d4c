"""What the award history says about a proposed nominee: the earlier awards the portal holds
(published decisions only) and each criterion of the award asked for, met, missing or
unknown, with its reason and legal basis. Warnings for the office, never a refusal.

Decisions this module makes (the criteria themselves are data, AwardCriterion):
- A history row is the same person or collective ("certain") when the folded name matches
  and either the year of birth matches (both known) or the unit does (the nominee's workplace
  or the proposing unit, folded, as whole words of the awardee's unit and locality). A row
  with the name only is "possible": it never makes a criterion met, only unknown, "có thể
  trùng tên: kiểm tra". Two known years of birth that differ never make a row certain.
- The criteria that count are those in force on the round's deadline (the dossier's date).
- The last year counted: a year-end round of year Y judges the achievements of Y, so a run
  of titles ends at Y; the base-level decision for Y may not be published yet, so a missing
  Y is "unknown", not missing. Other rounds (by theme, ad hoc) come before the year's review:
  their run ends at Y - 1. An earlier award counts when its year is at most Y - N.
- Options: criteria with the same `option` are one alternative, blank ones apply to all; the
  nominee meets the award when every criterion of one option (and the blank ones) is met,
  misses it when every option has a missing criterion, and is unknown otherwise.

Every query is per batch of nominees (history, criteria, documents, checklist: four in all),
never per nominee or per criterion."""

from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from core.numbers import format_number
from core.text import fold_words
from news.models import Awardee
from registrations.models import AwardCriterion, ChecklistItem, ProposalDocument, ProposalRound

CERTAIN, POSSIBLE = "certain", "possible"


class Verdict(models.TextChoices):
    MET = "met", gettext_lazy("Đạt")
    MISSING = "missing", gettext_lazy("Chưa đạt")
    UNKNOWN = "unknown", gettext_lazy("Chưa rõ, cần kiểm tra")


@dataclass
class HistoryEntry:
    """One earlier award of the nominee found in a published decision."""

    awardee: Awardee
    match: str  # CERTAIN or POSSIBLE

    @property
    def certain(self):
        return self.match == CERTAIN

    @property
    def form(self):
        return self.awardee.effective_form

    @property
    def year(self):
        day = self.awardee.decision_date
        return day.year if day else None

    @property
    def decision(self):
        return self.awardee.decision


@dataclass
class CriterionResult:
    criterion: AwardCriterion
    verdict: Verdict
    reason: str

    @property
    def legal_basis(self):
        return self.criterion.legal_basis

    @property
    def option(self):
        return self.criterion.option


@dataclass
class Assessment:
    """What the office sees beside one nominee's dossier."""

    nominee: object
    history: list = field(default_factory=list)
    results: list = field(default_factory=list)
    overall: Verdict | None = None  # None: the award has no criterion in force

    @property
    def summary(self):
        """The verdict and the reasons as one text, for the council's workbook."""
        if self.overall is None:
            return _("Chưa có tiêu chuẩn nào được nhập cho hình thức này.")
        lines = [f"{self.overall.label}"]
        lines += [f"- {result.verdict.label}: {result.reason}" for result in self.results]
        return "\n".join(lines)


# The award history ---------------------------------------------------------------------------


def _contains_words(haystack, needle):
    return bool(needle) and f" {needle} " in f" {haystack} "


def _match(nominee, awardee):
    """CERTAIN, POSSIBLE, for a row whose folded name already matches the nominee's."""
    if nominee.birth_year and awardee.birth_year:
        if nominee.birth_year == awardee.birth_year:
            return CERTAIN
        return POSSIBLE  # a namesake, or a typing slip: the office checks
    units = {fold_words(nominee.workplace), fold_words(nominee.proposal.unit.name)}
    awardee_unit = fold_words(awardee.unit)
    for unit in units:
        if _contains_words(awardee.search_unit, unit) or _contains_words(unit, awardee_unit):
            return CERTAIN
    return POSSIBLE


def award_history(nominees):
    """{nominee pk: [HistoryEntry, newest first]} in one query for all the nominees (each
    with its proposal and unit loaded)."""
    names = {fold_words(nominee.full_name) for nominee in nominees} - {""}
    rows = (
        Awardee.objects.filter(decision_live=True, search_name__in=names)
        .select_related("effective_form", "decision")
        .order_by("-decision_date", "-pk")
    )
    by_name = defaultdict(list)
    for row in rows:
        by_name[(row.search_name, row.kind)].append(row)
    return {
        nominee.pk: [
            HistoryEntry(row, _match(nominee, row))
            for row in by_name[(fold_words(nominee.full_name), nominee.kind)]
        ]
        for nominee in nominees
    }


# The criteria --------------------------------------------------------------------------------


def round_day(proposal_round):
    """The day whose criteria apply: the round's deadline, in the province's time."""
    return timezone.localdate(proposal_round.deadline)


def last_counted_year(proposal_round):
    if proposal_round.kind == ProposalRound.Kind.YEAR_END:
        return proposal_round.year
    return proposal_round.year - 1


def _years_text(years):
    return ", ".join(str(year) for year in sorted(years))


@dataclass
class _Context:
    """What one nominee's criteria are judged against."""

    nominee: object
    proposal_round: ProposalRound
    history: list
    document_codes: set  # codes of the documents the dossier holds for this nominee
    document_titles: dict  # code -> the round's name for that document

    def title_years(self, title_id):
        """({years certain}, {years possible only}) of a title in the history."""
        certain, possible = set(), set()
        for entry in self.history:
            if entry.awardee.effective_form_id != title_id or entry.year is None:
                continue
            (certain if entry.certain else possible).add(entry.year)
        return certain, possible - certain


def _titles_in_years(criterion, context):
    end = last_counted_year(context.proposal_round)
    span = criterion.within_years or criterion.years
    window = range(end - span + 1, end + 1)
    certain, possible = context.title_years(criterion.title_id)
    certain, possible = certain & set(window), possible & set(window)
    # A year-end round's own year: its base-level decision may still be to come.
    pending = set()
    if context.proposal_round.kind == ProposalRound.Kind.YEAR_END and end not in certain | possible:
        pending = {end}
    parts = [
        _("có %(years)s") % {"years": _years_text(certain)} if certain else _("chưa có năm nào")
    ]
    if criterion.within_years:
        head = _("cần %(years)s năm %(title)s trong %(within)s năm %(start)s–%(end)s") % {
            "years": criterion.years,
            "title": criterion.title,
            "within": criterion.within_years,
            "start": window.start,
            "end": end,
        }
        if len(certain) >= criterion.years:
            verdict = Verdict.MET
        elif len(certain | possible | pending) >= criterion.years:
            verdict = Verdict.UNKNOWN
        else:
            verdict = Verdict.MISSING
        missing = set()
    else:
        head = _("cần %(years)s năm liên tục %(title)s") % {
            "years": criterion.years,
            "title": criterion.title,
        }
        missing = set(window) - certain - possible - pending
        if missing:
            verdict = Verdict.MISSING
        elif possible or pending:
            verdict = Verdict.UNKNOWN
        else:
            verdict = Verdict.MET
    if missing:
        parts.append(_("thiếu %(years)s") % {"years": _years_text(missing)})
    if possible:
        parts.append(_("%(years)s có thể trùng tên: kiểm tra") % {"years": _years_text(possible)})
    if pending:
        parts.append(_("năm %(year)s chưa có quyết định") % {"year": end})
    return verdict, f"{head} — {'; '.join(parts)}"


def _earlier_award(criterion, context):
    latest_year = context.proposal_round.year - criterion.years
    head = _("cần %(title)s từ năm %(year)s trở về trước") % {
        "title": criterion.title,
        "year": latest_year,
    }
    certain, possible = context.title_years(criterion.title_id)
    if any(year <= latest_year for year in certain):
        found = max(year for year in certain if year <= latest_year)
        return Verdict.MET, f"{head} — " + _("có năm %(year)s") % {"year": found}
    if any(year <= latest_year for year in possible):
        return Verdict.UNKNOWN, f"{head} — " + _("năm %(years)s có thể trùng tên: kiểm tra") % {
            "years": _years_text(year for year in possible if year <= latest_year)
        }
    if certain:
        return Verdict.MISSING, f"{head} — " + _("có năm %(years)s, chưa đủ %(n)s năm") % {
            "years": _years_text(certain),
            "n": criterion.years,
        }
    return Verdict.MISSING, f"{head} — " + _("không tìm thấy trong các quyết định đã công bố")


def _document(criterion, context):
    code = criterion.document_code
    name = context.document_titles.get(code, code)
    if code in context.document_codes:
        return Verdict.MET, _("hồ sơ có “%(name)s”") % {"name": name}
    return Verdict.MISSING, _("hồ sơ chưa có “%(name)s”") % {"name": name}


def _member_share(criterion, context):
    nominee = context.nominee
    head = _("cần ít nhất %(share)s%% thành viên đạt danh hiệu") % {
        "share": format_number(criterion.share)
    }
    if not nominee.members_total or nominee.members_titled is None:
        return Verdict.UNKNOWN, f"{head} — " + _("hồ sơ chưa nêu số thành viên")
    share = Decimal(nominee.members_titled * 100) / nominee.members_total
    verdict = Verdict.MET if share >= criterion.share else Verdict.MISSING
    return verdict, f"{head} — " + _("có %(titled)s/%(total)s (%(share)s%%)") % {
        "titled": nominee.members_titled,
        "total": nominee.members_total,
        "share": format_number(share.quantize(Decimal("0.1"))),
    }


RULES = {
    AwardCriterion.Kind.CONSECUTIVE_TITLES: _titles_in_years,
    AwardCriterion.Kind.EARLIER_AWARD: _earlier_award,
    AwardCriterion.Kind.DOCUMENT: _document,
    AwardCriterion.Kind.MEMBER_SHARE: _member_share,
}


def evaluate(criterion, context):
    verdict, reason = RULES[criterion.kind](criterion, context)
    return CriterionResult(criterion, verdict, f"{criterion.award_form}: {reason}")


def overall_verdict(results):
    """Met when one option (with the blank ones) is met in full; missing when every option
    has a missing criterion; unknown otherwise. None when there is no criterion."""
    if not results:
        return None
    common = [result for result in results if not result.option]
    options = defaultdict(list)
    for result in results:
        if result.option:
            options[result.option].append(result)
    alternatives = [common + chosen for chosen in options.values()] or [common]
    verdicts = []
    for alternative in alternatives:
        states = {result.verdict for result in alternative}
        if Verdict.MISSING in states:
            verdicts.append(Verdict.MISSING)
        elif Verdict.UNKNOWN in states:
            verdicts.append(Verdict.UNKNOWN)
        else:
            verdicts.append(Verdict.MET)
    if Verdict.MET in verdicts:
        return Verdict.MET
    if all(verdict == Verdict.MISSING for verdict in verdicts):
        return Verdict.MISSING
    return Verdict.UNKNOWN


def _criteria_by_award(nominees):
    rounds = {nominee.proposal.round for nominee in nominees}
    forms = {nominee.award_form_id for nominee in nominees}
    rows = AwardCriterion.objects.filter(award_form_id__in=forms).select_related(
        "award_form", "title"
    )
    by_award = defaultdict(list)
    for criterion in rows:
        by_award[criterion.award_form_id].append(criterion)
    return {
        (proposal_round.pk, form): [
            c for c in by_award[form] if c.applies_on(round_day(proposal_round))
        ]
        for proposal_round in rounds
        for form in forms
    }


def _document_titles(nominees):
    """{round pk: {checklist code: title}} of the nominees' rounds."""
    rounds = {nominee.proposal.round_id for nominee in nominees}
    titles = defaultdict(dict)
    rows = ChecklistItem.objects.filter(round_id__in=rounds).values_list(
        "round_id", "code", "title"
    )
    for round_id, code, title in rows:
        titles[round_id][code] = title
    return titles


def _document_codes(nominees):
    """{nominee pk: the checklist codes of its own documents and of its proposal's}."""
    proposals = {nominee.proposal_id for nominee in nominees}
    rows = ProposalDocument.objects.filter(
        proposal_id__in=proposals, checklist_item__isnull=False
    ).values_list("proposal_id", "nominee_id", "checklist_item__code")
    whole, own = defaultdict(set), defaultdict(set)
    for proposal_id, nominee_id, code in rows:
        (own[nominee_id] if nominee_id else whole[proposal_id]).add(code)
    return {nominee.pk: whole[nominee.proposal_id] | own[nominee.pk] for nominee in nominees}


def assess(nominees):
    """{nominee pk: Assessment} for nominees with their proposal, round and unit loaded."""
    nominees = list(nominees)
    if not nominees:
        return {}
    history = award_history(nominees)
    criteria = _criteria_by_award(nominees)
    codes = _document_codes(nominees)
    titles = _document_titles(nominees)
    assessments = {}
    for nominee in nominees:
        context = _Context(
            nominee,
            nominee.proposal.round,
            history[nominee.pk],
            codes[nominee.pk],
            titles[nominee.proposal.round_id],
        )
        results = [
            evaluate(criterion, context)
            for criterion in criteria[(nominee.proposal.round_id, nominee.award_form_id)]
        ]
        assessments[nominee.pk] = Assessment(
            nominee, history[nominee.pk], results, overall_verdict(results)
        )
    return assessments
