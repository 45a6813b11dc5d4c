"""Decision levels as data: the two-level local government's commune chair, the former district
level kept for older decisions and refused for newer ones, levels the secretariat adds."""

import datetime

import pytest
from django.core.exceptions import ValidationError

from demo import accounts as demo_accounts
from news.models import AwardDecisionPage, DecisionLevel, Tier
from news.statistics import summary
from tests.news.factories import AwardDecisionPageFactory, AwardeeFactory

pytestmark = pytest.mark.django_db


def test_levels_of_the_two_level_local_government():
    levels = {level.code: level for level in DecisionLevel.objects.all()}
    commune = levels[DecisionLevel.COMMUNE_CHAIR]
    assert commune.name == "Chủ tịch UBND xã, phường, đặc khu"
    assert commune.tier == Tier.BASE and commune.in_use_until is None
    district = levels[DecisionLevel.DISTRICT_CHAIR]
    assert district.in_use_until == datetime.date(2025, 6, 30)
    assert district.in_use_on(datetime.date(2025, 6, 30))
    assert not district.in_use_on(datetime.date(2025, 7, 1))


def test_a_decision_after_the_reform_cannot_name_the_district_level(section):
    decision = AwardDecisionPageFactory(
        parent=section("khen-thuong"), level=DecisionLevel.COMMUNE_CHAIR
    )
    decision.level = DecisionLevel.objects.get(code=DecisionLevel.DISTRICT_CHAIR)
    decision.signed_on = datetime.date(2025, 6, 30)
    decision.full_clean()  # the last day the district level existed

    decision.signed_on = datetime.date(2026, 3, 2)
    with pytest.raises(ValidationError) as raised:
        decision.full_clean()
    assert raised.value.message_dict["level"] == [
        "Cấp “Chủ tịch UBND cấp huyện, xã (trước 01/7/2025)” chỉ áp dụng đến ngày 30/06/2025; "
        "quyết định ký ngày 02/03/2026 phải chọn một cấp đang áp dụng."
    ]


def test_the_secretariat_adds_a_level_and_it_counts_under_its_tier(client, users, section):
    client.force_login(users[demo_accounts.SECRETARIAT])
    response = client.post(
        "/admin/snippets/news/decisionlevel/add/",
        {"name": "Chủ tịch UBND đặc khu Thử", "tier": "base", "in_use_until": "", "sort_order": 55},
    )
    assert response.status_code == 302
    level = DecisionLevel.objects.get(name="Chủ tịch UBND đặc khu Thử")
    assert level.code == "chu_tich_ubnd_dac_khu_thu"

    # A second level of the same name-derived code gets its own code.
    twin = DecisionLevel.objects.create(name="Chủ tịch UBND đặc khu thử", tier="base")
    assert twin.code == "chu_tich_ubnd_dac_khu_thu_2"

    decision = AwardDecisionPageFactory(
        parent=section("khen-thuong"), level=level.code, signed_on=datetime.date(2039, 5, 4)
    )
    AwardeeFactory(decision=decision)
    result = summary(2039, 2039)
    assert result["tiers"]["base"]["total"] == 1
    assert dict(result["by_level"]) == {"Chủ tịch UBND đặc khu Thử": 1}
    assert AwardDecisionPage.objects.get(pk=decision.pk).level.tier == Tier.BASE


def test_a_level_in_use_cannot_be_deleted(client, users):
    client.force_login(users[demo_accounts.SECRETARIAT])
    level = DecisionLevel.objects.get(code=DecisionLevel.PROVINCIAL_CHAIR)
    url = f"/admin/snippets/news/decisionlevel/delete/{level.pk}/"
    page = client.get(url)
    assert page.status_code == 200 and page.context["is_protected"]
    refused = client.post(url)  # Wagtail refuses with a message, never a server error
    assert refused.status_code == 302 and refused["Location"] == "/admin/"
    assert DecisionLevel.objects.filter(pk=level.pk).exists()


def test_look_up_and_index_filter_by_a_level_from_the_table(client):
    lookup = client.get("/tra-cuu/", {"cap": DecisionLevel.COMMUNE_CHAIR})
    assert lookup.status_code == 200
    assert not lookup.context["form"].errors
    assert "Chủ tịch UBND xã, phường, đặc khu" in lookup.content.decode()
    unknown = client.get("/tra-cuu/", {"cap": "chu_tich_ubnd_huyen_khong_co"})
    assert unknown.status_code == 200
    assert "Cấp quyết định không hợp lệ." in unknown.content.decode()
    index = client.get("/khen-thuong/")
    assert ("chu_tich_ubnd_xa", "Chủ tịch UBND xã, phường, đặc khu") in index.context["levels"]
