"""The criteria from the award history: each rule kind against a made-up history of published
decisions, options, namesakes, the dates a criterion is in force, and one batch of queries
whatever the number of nominees."""

import datetime
from decimal import Decimal

import pytest
from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext

from registrations.criteria import CERTAIN, POSSIBLE, Verdict, assess, award_history
from registrations.models import AwardCriterion, ProposalDocument, ProposalRound
from tests.news.factories import AwardDecisionPageFactory, AwardeeFactory, AwardFormFactory
from tests.registrations.factories import UnitFactory
from tests.registrations.proposals.factories import (
    ProposalFactory,
    ProposalRoundFactory,
    ProposedNomineeFactory,
)

pytestmark = pytest.mark.django_db

YEAR = 2031  # the factories' round year


@pytest.fixture
def forms():
    return {
        "base": AwardFormFactory(name="Danh hiệu cơ sở thử nghiệm"),
        "provincial": AwardFormFactory(name="Danh hiệu cấp tỉnh thử nghiệm"),
        "certificate": AwardFormFactory(name="Bằng khen tỉnh thử nghiệm"),
        "prime": AwardFormFactory(name="Bằng khen Thủ tướng thử nghiệm"),
    }


@pytest.fixture
def unit():
    return UnitFactory(name="Sở Thử nghiệm Lịch sử")


@pytest.fixture
def history(section, forms):
    """Publishes one decision per (form, year) and names the given people in it."""

    def add(form, year, *, name="Hoàng Văn Lịch", unit="Sở Thử nghiệm Lịch sử", **extra):
        decision = AwardDecisionPageFactory(
            parent=section("khen-thuong"),
            award_form=forms[form],
            signed_on=datetime.date(year, 12, 20),
        )
        values = {"full_name": name, "unit": unit, "locality": "", "birth_year": None}
        return AwardeeFactory(decision=decision, **{**values, **extra})

    return add


def nominee_for(unit, forms, award="provincial", *, kind=ProposalRound.Kind.YEAR_END, **extra):
    proposal = ProposalFactory(unit=unit, round=ProposalRoundFactory(kind=kind))
    values = {"full_name": "Hoàng Văn Lịch", "birth_year": None, "workplace": unit.name}
    values.update(extra)
    return ProposedNomineeFactory(proposal=proposal, award_form=forms[award], **values)


def criterion(forms, award="provincial", **values):
    defaults = {
        "kind": AwardCriterion.Kind.CONSECUTIVE_TITLES,
        "label": "Tiêu chuẩn thử nghiệm",
        "legal_basis": "khoản 2 Điều 21 Luật TĐKT 2022",
        "valid_from": datetime.date(2024, 1, 1),
    }
    defaults.update(values)
    return AwardCriterion.objects.create(award_form=forms[award], **defaults)


def assessment_of(nominee):
    return assess([nominee])[nominee.pk]


def only_result(nominee):
    (result,) = assessment_of(nominee).results
    return result


# The history ---------------------------------------------------------------------------------


def test_history_matches_a_name_typed_with_other_marks_and_tells_namesakes_apart(
    history, unit, forms
):
    same_unit = history("base", 2029, name="HOÀNG VĂN LỊCH")
    same_year = history("base", 2028, unit="Trường khác", birth_year=1980)
    namesake = history("base", 2027, unit="Một xã khác")
    other_year = history("base", 2026, unit="Một xã khác", birth_year=1990)
    history("base", 2025, name="Hoàng Văn Lịch Khác")
    collective = history("base", 2029, kind="collective")
    nominee = nominee_for(unit, forms, birth_year=1980)
    entries = award_history([nominee])[nominee.pk]
    matches = {entry.awardee.pk: entry.match for entry in entries}
    # Unit matched or year of birth matched: certain; the name alone or another year: possible.
    assert matches == {
        same_unit.pk: CERTAIN,
        same_year.pk: CERTAIN,
        namesake.pk: POSSIBLE,
        other_year.pk: POSSIBLE,
    }
    assert collective.pk not in matches  # a collective of the same name is not this person
    assert [entry.year for entry in entries] == [2029, 2028, 2027, 2026]
    assert entries[0].form == forms["base"]


def test_history_skips_unpublished_decisions(history, unit, forms):
    row = history("base", 2029)
    row.decision.unpublish()
    nominee = nominee_for(unit, forms)
    assert award_history([nominee])[nominee.pk] == []


# Consecutive titles --------------------------------------------------------------------------


def test_consecutive_titles_met_when_every_year_up_to_the_round_year_is_there(history, unit, forms):
    for year in (YEAR - 2, YEAR - 1, YEAR):
        history("base", year)
    criterion(forms, title=forms["base"], years=3)
    result = only_result(nominee_for(unit, forms))
    assert result.verdict == Verdict.MET
    assert f"có {YEAR - 2}, {YEAR - 1}, {YEAR}" in result.reason
    assert result.legal_basis == "khoản 2 Điều 21 Luật TĐKT 2022"


def test_consecutive_titles_missing_names_the_years_found_and_missing(history, unit, forms):
    history("base", YEAR - 3)
    history("base", YEAR - 1)
    history("base", YEAR)
    criterion(forms, title=forms["base"], years=3)
    result = only_result(nominee_for(unit, forms))
    assert result.verdict == Verdict.MISSING
    assert result.reason == (
        "Danh hiệu cấp tỉnh thử nghiệm: cần 3 năm liên tục Danh hiệu cơ sở thử nghiệm — "
        f"có {YEAR - 1}, {YEAR}; thiếu {YEAR - 2}"
    )


def test_the_round_year_not_yet_decided_is_unknown_in_a_year_end_round(history, unit, forms):
    history("base", YEAR - 2)
    history("base", YEAR - 1)
    criterion(forms, title=forms["base"], years=3)
    result = only_result(nominee_for(unit, forms))
    assert result.verdict == Verdict.UNKNOWN
    assert f"năm {YEAR} chưa có quyết định" in result.reason


def test_a_thematic_round_counts_up_to_the_year_before(history, unit, forms):
    history("base", YEAR - 3)
    history("base", YEAR - 2)
    history("base", YEAR - 1)
    criterion(forms, title=forms["base"], years=3)
    nominee = nominee_for(unit, forms, kind=ProposalRound.Kind.THEMATIC)
    assert only_result(nominee).verdict == Verdict.MET
    history_short = nominee_for(UnitFactory(), forms, kind=ProposalRound.Kind.AD_HOC)
    history_short.full_name = "Người Chưa Có Danh Hiệu"
    history_short.save()
    result = only_result(history_short)
    assert result.verdict == Verdict.MISSING  # no pending year outside a year-end round


def test_a_possible_namesake_never_makes_a_title_met(history, unit, forms):
    history("base", YEAR - 2)
    history("base", YEAR - 1, unit="Một xã khác")  # same name, another unit
    history("base", YEAR)
    criterion(forms, title=forms["base"], years=3)
    result = only_result(nominee_for(unit, forms))
    assert result.verdict == Verdict.UNKNOWN
    assert f"{YEAR - 1} có thể trùng tên: kiểm tra" in result.reason


def test_titles_within_years_counts_the_years_of_the_window(history, unit, forms):
    for year in (YEAR - 5, YEAR - 4, YEAR - 2, YEAR - 1):
        history("base", year)
    criterion(forms, award="prime", title=forms["base"], years=3, within_years=5)
    result = only_result(nominee_for(unit, forms, award="prime"))
    # YEAR - 5 is outside the five years ending at YEAR: 3 found in the window.
    assert result.verdict == Verdict.MET
    assert f"trong 5 năm {YEAR - 4}–{YEAR}" in result.reason

    AwardCriterion.objects.all().delete()
    criterion(forms, award="prime", title=forms["base"], years=4, within_years=5)
    # 3 found and the round year still to be decided: not yet known.
    assert only_result(nominee_for(unit, forms, award="prime")).verdict == Verdict.UNKNOWN

    AwardCriterion.objects.all().delete()
    criterion(forms, award="prime", title=forms["base"], years=5, within_years=5)
    assert only_result(nominee_for(unit, forms, award="prime")).verdict == Verdict.MISSING


# Earlier award -------------------------------------------------------------------------------


def test_earlier_award_at_least_n_years_before(history, unit, forms):
    criterion(
        forms,
        award="prime",
        kind=AwardCriterion.Kind.EARLIER_AWARD,
        title=forms["certificate"],
        years=5,
    )
    nominee = nominee_for(unit, forms, award="prime")
    result = only_result(nominee)
    assert result.verdict == Verdict.MISSING
    assert "không tìm thấy" in result.reason

    history("certificate", YEAR - 2)
    result = only_result(nominee)
    assert result.verdict == Verdict.MISSING
    assert f"có năm {YEAR - 2}, chưa đủ 5 năm" in result.reason

    history("certificate", YEAR - 6, unit="Nơi khác")  # a namesake's, maybe
    assert only_result(nominee).verdict == Verdict.UNKNOWN

    history("certificate", YEAR - 5)
    result = only_result(nominee)
    assert result.verdict == Verdict.MET
    assert f"có năm {YEAR - 5}" in result.reason


# Document ------------------------------------------------------------------------------------


def add_document(proposal, code, nominee=None):
    item = proposal.round.checklist.get(code=code)
    document = ProposalDocument(
        proposal=proposal, nominee=nominee, checklist_item=item, original_name="x.pdf", size=4
    )
    document.file.save("x.pdf", ContentFile(b"%PDF"), save=False)
    document.save()


def test_document_present_for_the_nominee_or_the_proposal(unit, forms):
    criterion(forms, kind=AwardCriterion.Kind.DOCUMENT, document_code="sang-kien")
    criterion(forms, kind=AwardCriterion.Kind.DOCUMENT, document_code="bien-ban")
    nominee = nominee_for(unit, forms)
    other = ProposedNomineeFactory(proposal=nominee.proposal, award_form=forms["provincial"])
    assert [r.verdict for r in assessment_of(nominee).results] == [Verdict.MISSING] * 2
    add_document(nominee.proposal, "sang-kien", nominee=nominee)
    add_document(nominee.proposal, "bien-ban")  # the proposal's, for every nominee
    results = assess([nominee, other])
    assert [r.verdict for r in results[nominee.pk].results] == [Verdict.MET, Verdict.MET]
    assert [r.verdict for r in results[other.pk].results] == [Verdict.MISSING, Verdict.MET]
    # Named as the round's checklist names it.
    assert "chưa có “Giấy chứng nhận sáng kiến”" in results[other.pk].results[0].reason


# Member share --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("total", "titled", "verdict"),
    [(20, 14, Verdict.MET), (20, 13, Verdict.MISSING), (None, 5, Verdict.UNKNOWN)],
)
def test_member_share(unit, forms, total, titled, verdict):
    criterion(forms, kind=AwardCriterion.Kind.MEMBER_SHARE, share=Decimal("70"))
    nominee = nominee_for(
        unit,
        forms,
        kind=ProposalRound.Kind.YEAR_END,
        birth_year=None,
        gender="",
        members_total=total,
        members_titled=titled,
    )
    result = only_result(nominee)
    assert result.verdict == verdict
    assert "70%" in result.reason


# Options and validity ------------------------------------------------------------------------


def test_options_one_alternative_met_in_full_is_enough(history, unit, forms):
    for year in (YEAR - 1, YEAR):
        history("base", year)
    history("base", YEAR - 2, unit="Nơi khác")  # a namesake, maybe
    criterion(forms, kind=AwardCriterion.Kind.DOCUMENT, document_code="to-trinh")  # for all
    criterion(forms, option="A", title=forms["base"], years=2)
    criterion(forms, option="B", kind=AwardCriterion.Kind.DOCUMENT, document_code="sang-kien")
    nominee = nominee_for(unit, forms)
    # The blank criterion misses: no option can be met.
    assert assessment_of(nominee).overall == Verdict.MISSING
    add_document(nominee.proposal, "to-trinh")
    assert assessment_of(nominee).overall == Verdict.MET  # option A met, B not

    AwardCriterion.objects.filter(option="A").update(years=3)  # now A is unknown, B missing
    assert assessment_of(nominee).overall == Verdict.UNKNOWN
    add_document(nominee.proposal, "sang-kien", nominee=nominee)
    assert assessment_of(nominee).overall == Verdict.MET


def test_no_criterion_leaves_the_verdict_empty(unit, forms):
    assessment = assessment_of(nominee_for(unit, forms))
    assert assessment.overall is None and assessment.results == []
    assert "Chưa có tiêu chuẩn" in assessment.summary


def test_only_criteria_in_force_on_the_round_deadline_count(unit, forms):
    nominee = nominee_for(unit, forms)
    day = nominee.proposal.round.deadline.date()
    old = criterion(
        forms,
        kind=AwardCriterion.Kind.DOCUMENT,
        document_code="to-trinh",
        valid_from=datetime.date(2020, 1, 1),
        valid_until=day - datetime.timedelta(days=400),
    )
    future = criterion(
        forms,
        kind=AwardCriterion.Kind.DOCUMENT,
        document_code="bien-ban",
        valid_from=day + datetime.timedelta(days=400),
    )
    current = criterion(
        forms,
        kind=AwardCriterion.Kind.DOCUMENT,
        document_code="sang-kien",
        valid_from=datetime.date(2020, 1, 1),
        valid_until=day + datetime.timedelta(days=400),
    )
    assert [r.criterion for r in assessment_of(nominee).results] == [current]
    assert old.pk and future.pk


def test_assessing_many_nominees_takes_the_same_queries_as_one(history, unit, forms):
    history("base", YEAR - 1)
    criterion(forms, title=forms["base"], years=2)
    criterion(forms, kind=AwardCriterion.Kind.DOCUMENT, document_code="sang-kien")
    nominee = nominee_for(unit, forms)

    def load():
        return list(nominee.proposal.nominees.select_related("proposal__round", "proposal__unit"))

    with CaptureQueriesContext(connection) as one:
        assess(load())
    for number in range(8):
        ProposedNomineeFactory(
            proposal=nominee.proposal, award_form=forms["provincial"], full_name=f"Người {number}"
        )
    with CaptureQueriesContext(connection) as many:
        result = assess(load())
    assert len(result) == 9
    assert len(many) == len(one)
