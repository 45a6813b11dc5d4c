"""Award decisions and awardees: rules, copied facts, listing filters, page content."""

import datetime

import pytest
from django.core.exceptions import ValidationError

from news.models import AwardDecisionPage, Awardee, AwardForm, DecisionLevel, Tier
from tests.news.factories import AwardDecisionPageFactory, AwardeeFactory, AwardFormFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def decision(section):
    return AwardDecisionPageFactory(parent=section("khen-thuong"), number="999/QĐ-UBND")


def test_level_tiers():
    tiers = DecisionLevel.tiers()
    assert tiers[DecisionLevel.PRESIDENT] == tiers[DecisionLevel.PRIME_MINISTER] == Tier.STATE
    assert tiers[DecisionLevel.PROVINCIAL_CHAIR] == Tier.PROVINCE
    assert tiers[DecisionLevel.DEPARTMENT_HEAD] == tiers[DecisionLevel.COMMUNE_CHAIR] == Tier.BASE


@pytest.mark.parametrize(
    ("fields", "error_field"),
    [
        ({"kind": "collective", "direct_worker": True}, "direct_worker"),
        ({"kind": "collective", "farmer": True}, "direct_worker"),
        ({"kind": "individual", "small_collective": True}, "small_collective"),
        ({"kind": "individual", "grassroots_unit": True}, "small_collective"),
    ],
)
def test_target_group_facts_fit_the_kind(decision, fields, error_field):
    awardee = Awardee(decision=decision, full_name="Tổ sản xuất số 1", **fields)
    with pytest.raises(ValidationError) as error:
        awardee.full_clean()
    assert error_field in error.value.message_dict


def test_award_form_must_suit_the_kind(decision):
    flag = AwardFormFactory(name="Cờ thi đua thử", recipients="collective")
    awardee = Awardee(
        decision=decision, kind="individual", full_name="Hoàng Văn A", award_form=flag
    )
    with pytest.raises(ValidationError) as error:
        awardee.full_clean()
    assert "award_form" in error.value.message_dict


def test_worker_or_farmer_is_a_direct_worker(decision):
    awardee = AwardeeFactory(decision=decision, farmer=True, direct_worker=False)
    assert awardee.direct_worker


def test_awardee_copies_the_decision_facts_and_follows_changes(decision):
    awardee = AwardeeFactory(decision=decision, full_name="Nông Thị Ngát")
    assert awardee.decision_date == decision.signed_on
    assert awardee.level == decision.level_id
    assert awardee.effective_form == decision.award_form
    assert awardee.search_name == "nong thi ngat"

    other_form = AwardFormFactory()
    decision.signed_on = datetime.date(2025, 1, 2)
    decision.level_id = DecisionLevel.PRIME_MINISTER
    decision.award_form = other_form
    decision.save_revision().publish()
    awardee.refresh_from_db()
    assert awardee.decision_date == datetime.date(2025, 1, 2)
    assert awardee.level == DecisionLevel.PRIME_MINISTER
    assert awardee.effective_form == other_form


def test_own_award_form_wins_over_the_decisions(decision):
    own = AwardFormFactory(name="Chiến sĩ thi đua thử")
    awardee = AwardeeFactory(decision=decision, award_form=own)
    assert awardee.effective_form == own


def test_index_filters_by_level_year_form_and_text(client):
    response = client.get("/khen-thuong/", {"cap": DecisionLevel.PRESIDENT})
    listed = list(response.context["decisions_page"])
    assert listed and all(d.level_id == DecisionLevel.PRESIDENT for d in listed)
    expected = Awardee.objects.filter(decision=listed[0]).count()
    assert listed[0].awardee_count == expected > 0
    assert f"{expected} tập thể, cá nhân" in response.content.decode()
    decision = AwardDecisionPage.objects.filter(level=DecisionLevel.PROVINCIAL_CHAIR).first()
    by_year = client.get("/khen-thuong/", {"nam": decision.signed_on.year}).context[
        "decisions_page"
    ]
    assert all(d.signed_on.year == decision.signed_on.year for d in by_year)
    by_form = client.get("/khen-thuong/", {"hinh_thuc": decision.award_form_id}).context[
        "decisions_page"
    ]
    assert decision in list(by_form)
    number = decision.number.split("/")[0]
    assert decision in list(client.get("/khen-thuong/", {"q": number}).context["decisions_page"])


@pytest.mark.parametrize(
    "params", [{"cap": "vua"}, {"nam": "abc"}, {"hinh_thuc": "99999"}, {"hinh_thuc": "x'"}]
)
def test_index_ignores_bad_parameters(client, params):
    response = client.get("/khen-thuong/", params)
    assert response.status_code == 200
    assert (
        response.context["decisions_page"].paginator.count
        == AwardDecisionPage.objects.live().count()
    )


def test_decision_page_lists_awardees_with_permalinks(client, decision):
    collective = AwardeeFactory(
        decision=decision, kind="collective", full_name="Tổ Y tế thôn Bản Chắt", position=""
    )
    person = AwardeeFactory(decision=decision, full_name="Vi Thị Đào")
    html = client.get(decision.url).content.decode()
    assert "Tổ Y tế thôn Bản Chắt" in html and "Vi Thị Đào" in html
    assert f'href="/tra-cuu/{collective.pk}/"' in html
    assert f'href="/tra-cuu/{person.pk}/"' in html
    assert "999/QĐ-UBND" in html


def test_decision_page_query_count_is_constant_with_ten_times_the_awardees(client, decision):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    for _ in range(5):
        AwardeeFactory(decision=decision)
    client.get(decision.url)
    with CaptureQueriesContext(connection) as before:
        client.get(decision.url)
    for _ in range(45):
        AwardeeFactory(decision=decision, award_form=AwardForm.objects.order_by("?").first())
    with CaptureQueriesContext(connection) as after:
        client.get(decision.url)
    assert len(after) == len(before)


def test_signed_decision_must_be_a_pdf(decision):
    from django.core.files.base import ContentFile
    from wagtail.documents.models import Document

    document = Document(title="Bản ký")
    document.file.save("ban-ky.docx", ContentFile(b"PK\x03\x04"), save=True)
    decision.signed_document = document
    with pytest.raises(ValidationError) as error:
        decision.full_clean()
    assert "signed_document" in error.value.message_dict


def test_site_search_finds_a_decision_by_an_awardees_name(client):
    first = client.get("/tim-kiem/", {"q": "nguyen thi huong"}).context["results_page"]
    types = {
        result.type_label
        for number in first.paginator.page_range
        for result in client.get("/tim-kiem/", {"q": "nguyen thi huong", "trang": number}).context[
            "results_page"
        ]
    }
    assert "Quyết định khen thưởng" in types


def test_filter_form_keeps_what_was_chosen(client):
    from bs4 import BeautifulSoup

    decision = AwardDecisionPage.objects.filter(level=DecisionLevel.PROVINCIAL_CHAIR).first()
    params = {
        "cap": DecisionLevel.PROVINCIAL_CHAIR,
        "nam": decision.signed_on.year,
        "hinh_thuc": decision.award_form_id,
    }
    html = BeautifulSoup(client.get("/khen-thuong/", params).content, "html.parser")
    for name, value in params.items():
        chosen = html.find("select", attrs={"name": name}).find("option", selected=True)
        assert chosen["value"] == str(value)


def test_a_draft_save_leaves_live_awardees_alone(decision):
    awardee = AwardeeFactory(decision=decision)
    decision.signed_on = datetime.date(2020, 1, 1)
    decision.save_revision()  # a draft: the live decision and its awardees keep their date
    awardee.refresh_from_db()
    assert awardee.decision_date == datetime.date(2024, 10, 14)
