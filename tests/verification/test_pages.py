"""The verification pages: a code's record, revoked and unknown codes, the printable sheet,
the QR codes, and nothing private."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from demo import accounts as demo_accounts
from news.models import Awardee
from tests.factories import UserFactory
from tests.news.factories import AwardDecisionPageFactory, AwardeeFactory
from verification.records import code_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def decision(section):
    page = AwardDecisionPageFactory(
        parent=section("khen-thuong"), number="418/QĐ-UBND", level="chu_tich_ubnd_tinh"
    )
    return page


@pytest.fixture
def awardee(decision):
    person = AwardeeFactory(
        decision=decision,
        full_name="Hoàng Thị Mai",
        unit="Trường THCS Hoàng Văn Thụ",
        birth_year=1979,
    )
    decision.save_revision().publish()
    return Awardee.objects.get(pk=person.pk)


def test_a_code_shows_what_the_published_decision_says(client, awardee):
    code = code_of(awardee)
    response = client.get(reverse("verification:record", args=[code]))
    assert response.status_code == 200
    html = response.content.decode()
    for shown in ("Hoàng Thị Mai", "Trường THCS Hoàng Văn Thụ", "418/QĐ-UBND", code):
        assert shown in html
    assert "Khen thưởng có trong quyết định đã công bố" in html
    assert "1979" not in html  # the year of birth is never published
    assert "<svg" in html and reverse("verification:certificate", args=[code]) in html


def test_a_code_typed_in_small_letters_leads_to_its_address(client, awardee):
    code = code_of(awardee)
    response = client.get(reverse("verification:record", args=[code.lower().replace("-", "")]))
    assert response.status_code == 301
    assert response["Location"] == reverse("verification:record", args=[code])
    form = client.get(reverse("verification:index"), {"ma": code.lower()})
    assert form.status_code == 302 and form["Location"].endswith(f"/{code}/")


def test_a_code_stays_when_the_decision_is_renamed_moved_or_revised(client, awardee, section):
    code = code_of(awardee)
    decision = awardee.decision.specific
    decision.title = "Quyết định khen thưởng (sửa tên)"
    decision.slug = "qd-418-sua"
    decision.save_revision().publish()
    decision.move(section("van-ban"), pos="last-child")
    awardee.refresh_from_db()
    assert code_of(awardee) == code
    assert client.get(reverse("verification:record", args=[code])).status_code == 200


def test_a_revoked_award_says_so(client, awardee):
    code = code_of(awardee)
    decision = awardee.decision.specific
    draft = decision.get_latest_revision_as_object()
    rows = list(draft.awardees.all())
    revoked = next(row for row in rows if row.pk == awardee.pk)
    revoked.revoked_on = datetime.date(2026, 11, 20)
    revoked.revocation_reference = "2290/QĐ-UBND"
    draft.awardees.set(rows)
    draft.save_revision().publish()
    html = client.get(reverse("verification:record", args=[code])).content.decode()
    assert "Khen thưởng này đã bị hủy bỏ" in html
    assert "2290/QĐ-UBND" in html and "20/11/2026" in html
    assert reverse("verification:certificate", args=[code]) not in html


def test_revocation_needs_both_its_decision_and_its_day(awardee):
    from django.core.exceptions import ValidationError

    awardee.revoked_on = datetime.date(2026, 11, 20)
    with pytest.raises(ValidationError) as raised:
        awardee.full_clean()
    assert "revocation_reference" in raised.value.message_dict


@pytest.mark.parametrize("typed", ["ZZZZ-ZZZZ", "0000-0001", "ABCD-EFGH"])
def test_an_unknown_code_gets_a_clear_page(client, typed, awardee):
    response = client.get(reverse("verification:record", args=[typed]))
    assert response.status_code == 404
    assert "Không tìm thấy mã xác minh" in response.content.decode()


def test_a_mistyped_code_is_answered_and_kept(client):
    response = client.get(reverse("verification:index"), {"ma": "K7QW-2M"})
    assert response.status_code == 400
    html = response.content.decode()
    assert "Mã xác minh gồm 8 chữ cái và chữ số" in html and 'value="K7QW-2M"' in html
    hostile = client.get("/xac-minh/%3Cb%3Ex%3C%2Fb%3E/")
    assert hostile.status_code == 404 and "<b>x" not in hostile.content.decode()


def test_an_unpublished_decision_verifies_nothing(client, awardee):
    code = code_of(awardee)
    awardee.decision.specific.unpublish()
    assert client.get(reverse("verification:record", args=[code])).status_code == 404
    assert client.get(reverse("verification:qr_png", args=[code])).status_code == 404


def test_the_confirmation_sheet(client, awardee):
    code = code_of(awardee)
    html = client.get(reverse("verification:certificate", args=[code])).content.decode()
    assert "GIẤY XÁC NHẬN KHEN THƯỞNG" in html
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in html
    assert "Hoàng Thị Mai" in html and code in html and "<svg" in html
    assert "http://testserver" + reverse("verification:record", args=[code]) in html


def test_qr_codes_as_svg_and_png(client, awardee):
    code = code_of(awardee)
    svg = client.get(reverse("verification:qr_svg", args=[code]))
    assert svg["Content-Type"] == "image/svg+xml" and svg.content.startswith(b"<svg")
    png = client.get(reverse("verification:qr_png", args=[code]))
    assert png["Content-Type"] == "image/png" and png.content.startswith(b"\x89PNG")


def test_the_awardee_page_shows_the_code_and_its_qr(client, awardee):
    code = code_of(awardee)
    html = client.get(f"/tra-cuu/{awardee.pk}/").content.decode()
    assert code in html and "<svg" in html
    assert reverse("verification:record", args=[code]) in html


def test_replacing_a_list_keeps_the_codes_of_the_same_awards(awardee):
    from news.importing import add_to_draft

    code = code_of(awardee)
    again = Awardee(kind=awardee.kind, full_name="HOÀNG THỊ MAI", unit="Trường THCS Hoàng Văn Thụ")
    newcomer = Awardee(kind=awardee.kind, full_name="Nông Văn Dũng", unit="UBND xã Mẫu Sơn")
    add_to_draft(awardee.decision.specific, [again, newcomer], user=None, replace=True)
    awardee.decision.specific.get_latest_revision().publish()
    kept = Awardee.objects.get(decision=awardee.decision, full_name="HOÀNG THỊ MAI")
    assert code_of(kept) == code
    assert Awardee.objects.filter(decision=awardee.decision).count() == 2


def test_the_office_prints_a_sheet_of_codes_per_decision(client, awardee, users):
    url = reverse("verification_qr_sheet", args=[awardee.decision_id])
    assert client.get(url).status_code == 302  # to the admin's sign-in
    client.force_login(users[demo_accounts.EDITOR])
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    assert code_of(awardee) in html and "Hoàng Thị Mai" in html and html.count("<svg") == 1
    assert "1979" not in html


def test_the_sheet_is_refused_to_who_cannot_edit_the_decision(client, awardee, users):
    url = reverse("verification_qr_sheet", args=[awardee.decision_id])
    for account in (demo_accounts.UNIT_OFFICER, UserFactory(username="khongvaitro").username):
        client.force_login(users.get(account) or get_user_model().objects.get(username=account))
        response = client.get(url)
        assert response.status_code in (302, 403), account
        assert code_of(awardee) not in response.content.decode()
