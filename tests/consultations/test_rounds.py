"""The 10-working-day rule, the council meeting after closing, and status from the clock."""

import datetime
from zoneinfo import ZoneInfo

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from consultations.models import ConsultationPage, Holiday, RoundStatus, WorkingCalendar
from demo import accounts as demo_accounts
from news.models import LegalDocumentPage
from tests.consultations.factories import ConsultationPageFactory, NomineePageFactory

pytestmark = pytest.mark.django_db
HCM = ZoneInfo("Asia/Ho_Chi_Minh")


def at(day, hour=8, minute=0, second=0):
    return datetime.datetime(*day, hour, minute, second, tzinfo=HCM)


def test_ten_working_days_without_holidays_end_two_weeks_later():
    calendar = WorkingCalendar(holidays=[])
    # Monday 07/09/2026 08:00 → Monday 21/09/2026 08:00.
    assert calendar.earliest_closing(at((2026, 9, 7))) == at((2026, 9, 21))
    # Opening on a Saturday counts from Monday 00:00: ten days end on Friday at midnight.
    assert calendar.earliest_closing(at((2026, 9, 12), 10)) == at((2026, 9, 26), 0)


def test_holidays_push_the_earliest_closing_back():
    Holiday.objects.filter(date__year=2026, date__month__in=[4, 5]).delete()
    Holiday.objects.create(date=datetime.date(2026, 4, 30), name="Ngày Giải phóng miền Nam")
    Holiday.objects.create(date=datetime.date(2026, 5, 1), name="Ngày Quốc tế Lao động")
    # Monday 20/04/2026 08:00; Thursday 30/4 and Friday 1/5 are holidays.
    assert WorkingCalendar().earliest_closing(at((2026, 4, 20))) == at((2026, 5, 6))
    assert WorkingCalendar(holidays=[]).earliest_closing(at((2026, 4, 20))) == at((2026, 5, 4))


def round_page(section, **fields):
    page = ConsultationPageFactory.build(**fields)
    section("lay-y-kien").add_child(instance=page)
    return page


def test_saving_a_round_shorter_than_ten_working_days_names_the_earliest_closing(section):
    Holiday.objects.filter(date__year=2026, date__month__in=[4, 5]).delete()
    Holiday.objects.create(date=datetime.date(2026, 4, 30), name="Ngày Giải phóng miền Nam")
    Holiday.objects.create(date=datetime.date(2026, 5, 1), name="Ngày Quốc tế Lao động")
    with pytest.raises(ValidationError) as refused:
        round_page(
            section,
            opens_at=at((2026, 4, 20)),
            closes_at=at((2026, 5, 5), 17),
            council_meeting_on=datetime.date(2026, 5, 15),
        )
    message = " ".join(refused.value.message_dict["closes_at"])
    assert "10 ngày làm việc" in message
    assert "06/05/2026 08:00" in message

    accepted = round_page(
        section,
        opens_at=at((2026, 4, 20)),
        closes_at=at((2026, 5, 6)),
        council_meeting_on=datetime.date(2026, 5, 15),
    )
    assert accepted.pk


def test_the_council_meets_after_the_closing(section):
    with pytest.raises(ValidationError) as refused:
        round_page(
            section,
            opens_at=at((2026, 9, 7)),
            closes_at=at((2026, 9, 21)),
            council_meeting_on=datetime.date(2026, 9, 21),
        )
    assert "council_meeting_on" in refused.value.message_dict


def test_status_comes_from_the_clock(section):
    consultation = ConsultationPageFactory(parent=section("lay-y-kien"))
    assert consultation.status_at(consultation.opens_at - datetime.timedelta(seconds=1)) == (
        RoundStatus.UPCOMING
    )
    assert consultation.status_at(consultation.opens_at) == RoundStatus.OPEN
    assert consultation.status_at(consultation.closes_at) == RoundStatus.CLOSED
    consultation.outcome_published = True
    assert consultation.status_at(consultation.closes_at) == RoundStatus.CONCLUDED
    assert consultation.status_at(consultation.opens_at) == RoundStatus.OPEN


def test_the_outcome_cannot_be_published_before_the_closing(section):
    consultation = ConsultationPageFactory(parent=section("lay-y-kien"))
    consultation.outcome_published = True
    with pytest.raises(ValidationError) as refused:
        consultation.full_clean()
    assert "outcome_published" in refused.value.message_dict


def test_the_index_lists_open_rounds_first(client, section):
    index = section("lay-y-kien")
    now = timezone.now()
    closed = ConsultationPageFactory(
        parent=index,
        title="Đợt đã kết thúc",
        opens_at=now - datetime.timedelta(days=60),
        closes_at=now - datetime.timedelta(days=30),
        council_meeting_on=(now - datetime.timedelta(days=20)).date(),
    )
    upcoming = ConsultationPageFactory(
        parent=index,
        title="Đợt sắp tới",
        opens_at=now + datetime.timedelta(days=3),
        closes_at=now + datetime.timedelta(days=40),
        council_meeting_on=(now + datetime.timedelta(days=50)).date(),
    )
    open_round = ConsultationPageFactory(parent=index, title="Đợt đang mở")
    ordered = list(index.specific.rounds().values_list("pk", flat=True))
    positions = {pk: ordered.index(pk) for pk in (closed.pk, upcoming.pk, open_round.pk)}
    assert positions[open_round.pk] < positions[upcoming.pk] < positions[closed.pk]
    html = client.get(index.url).content.decode()
    assert html.index("Đợt đang mở") < html.index("Đợt sắp tới") < html.index("Đợt đã kết thúc")


def test_round_and_nominee_pages_show_what_the_law_asks(client, section):
    consultation = ConsultationPageFactory(parent=section("lay-y-kien"))
    nominee = NomineePageFactory(parent=consultation)
    round_html = client.get(consultation.url).content.decode()
    assert nominee.title in round_html
    assert "Đang lấy ý kiến" in round_html
    nominee_html = client.get(nominee.url).content.decode()
    for text in [nominee.unit, nominee.position, "Huân chương Lao động", "Tóm tắt thành tích"]:
        assert text in nominee_html
    assert nominee.achievement_report.url in nominee_html


def test_deleting_holidays_in_bulk_in_the_admin_updates_working_days_at_once(
    client, users, django_capture_on_commit_callbacks
):
    """The admin's bulk delete goes through a queryset: the cached calendar must still be
    emptied, or deadlines would be counted with deleted holidays for minutes."""
    Holiday.objects.filter(date__year=2031).delete()
    days = [Holiday.objects.create(date=datetime.date(2031, 9, d), name="Nghỉ bù") for d in (1, 2)]
    assert datetime.date(2031, 9, 2) in WorkingCalendar.cached().holidays
    client.force_login(users[demo_accounts.SECRETARIAT])
    query = "&".join(f"id={day.pk}" for day in days)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/admin/bulk/consultations/holiday/delete/?{query}")
    assert response.status_code == 302
    assert not Holiday.objects.filter(date__year=2031).exists()
    assert datetime.date(2031, 9, 2) not in WorkingCalendar.cached().holidays


def test_a_round_names_its_legal_basis_from_the_library(client, section):
    decree = LegalDocumentPage.objects.get(number="152/2025/NĐ-CP")
    consultation = ConsultationPageFactory(
        parent=section("lay-y-kien"), legal_document=decree, legal_article="khoản 2 Điều 44"
    )
    nominee = NomineePageFactory(parent=consultation)
    assert consultation.legal_citation == "khoản 2 Điều 44 Nghị định 152/2025/NĐ-CP"
    round_html = client.get(consultation.url).content.decode()
    assert f'<a href="{decree.url}">Nghị định 152/2025/NĐ-CP</a>' in round_html
    assert "khoản 2 Điều 44" in round_html
    form_html = client.get(nominee.url + "binh-luan/").content.decode()
    assert "(theo khoản 2 Điều 44 Nghị định 152/2025/NĐ-CP)" in form_html


def test_a_round_cannot_cite_a_text_replaced_before_it_opened(section):
    old = LegalDocumentPage.objects.get(number="98/2023/NĐ-CP")
    with pytest.raises(ValidationError) as error:
        round_page(section, legal_document=old, legal_article="Điều 46")
    assert "Nghị định 152/2025/NĐ-CP từ ngày 01/07/2025" in str(
        error.value.message_dict["legal_document"]
    )


def test_a_round_citing_a_text_no_longer_in_force_shows_it(client, section):
    old = LegalDocumentPage.objects.get(number="98/2023/NĐ-CP")
    # A round held in 2024, when the decree applied, keeps citing it.
    opens_at = at((2024, 11, 4))
    consultation = ConsultationPageFactory(
        parent=section("lay-y-kien"),
        legal_document=old,
        legal_article="Điều 46",
        opens_at=opens_at,
        closes_at=WorkingCalendar().earliest_closing(opens_at),
    )
    html = client.get(consultation.url).content.decode()
    assert f'<a href="{old.url}">Nghị định 98/2023/NĐ-CP</a>' in html
    assert '<span class="status status--expired">Hết hiệu lực</span>' in html


def test_free_text_basis_is_only_a_fallback(client, section):
    consultation = ConsultationPageFactory(
        parent=section("lay-y-kien"),
        legal_document=None,
        legal_article="",
        legal_basis="Văn bản số 12/TB-HĐTĐKT của Hội đồng",
    )
    nominee = NomineePageFactory(parent=consultation)
    assert "Văn bản số 12/TB-HĐTĐKT của Hội đồng" in client.get(consultation.url).content.decode()
    form_html = client.get(nominee.url + "binh-luan/").content.decode()
    intro = form_html.split('class="form__intro"')[1].split("</p>")[0]
    assert "Ý kiến phải ghi rõ họ tên và thông tin liên hệ." in intro
    assert "Nghị định" not in intro
    consultation.legal_basis = ""
    with pytest.raises(ValidationError) as error:
        consultation.full_clean()
    assert "legal_document" in error.value.message_dict


def test_the_demo_rounds_cite_the_decree_in_force():
    rounds = ConsultationPage.objects.all()
    assert rounds.exists()
    for consultation in rounds:
        assert consultation.legal_citation == "khoản 2 Điều 44 Nghị định 152/2025/NĐ-CP"
        assert consultation.legal_document.status == "in_force"
        assert consultation.legal_basis == ""


def test_the_round_editor_chooses_the_basis_from_the_library(client, users, settings):
    consultation = ConsultationPage.objects.live().first()
    client.force_login(users["admin"])
    html = client.get(f"/{settings.ADMIN_PATH}/pages/{consultation.pk}/edit/").content.decode()
    for label in ("Văn bản làm căn cứ", "Điều, khoản được viện dẫn", "Căn cứ khác (văn bản cũ)"):
        assert label in html
    assert "152/2025/NĐ-CP" in html
