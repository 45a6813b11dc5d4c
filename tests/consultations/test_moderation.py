"""The secretariat's queue: bulk actions, official replies, the log, the digest, the council
report, retention, and who may open any of it."""

import datetime
import re
from urllib.parse import urlencode

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.utils import timezone
from openpyxl import load_workbook

from consultations import moderation
from consultations.models import (
    ConsultationPage,
    ModerationAction,
    ModerationState,
    NomineePage,
    NomineeState,
    PortalComment,
    Stance,
)
from demo import accounts as demo_accounts
from home.roles import SECRETARIAT
from tests.consultations.factories import ConsultationPageFactory, NomineePageFactory
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def consultation(section):
    return ConsultationPageFactory(parent=section("lay-y-kien"))


@pytest.fixture
def nominees(consultation):
    return [NomineePageFactory(parent=consultation) for _ in range(2)]


def opinion(nominee, number, stance=Stance.AGREE, **fields):
    from django.contrib.contenttypes.models import ContentType

    comment = PortalComment(
        content_type=ContentType.objects.get_for_model(NomineePage),
        object_pk=str(nominee.pk),
        site_id=1,
        user_name=f"Người góp ý {number}",
        user_email=f"nguoi{number}@example.vn",
        phone=f"0912 000 {number:03d}",
        address=f"Số {number} đường Bà Triệu, Lạng Sơn",
        comment=f"Nội dung ý kiến số {number}",
        submit_date=timezone.now(),
        is_public=False,
        page_id=nominee.pk,
        round_id=nominee.get_parent().pk,
        stance=stance,
        consent_at=timezone.now(),
        **fields,
    )
    comment.save()
    return comment


@pytest.fixture
def secretary(users):
    return users[demo_accounts.SECRETARIAT]


def bulk_url(action, *comments, next_url=None):
    """Wagtail's bulk-action address for the queue's comments."""
    query = "&".join(f"id={comment.pk}" for comment in comments)
    if next_url is not None:
        query += "&" + urlencode({"next": next_url})
    return f"/admin/bulk/consultations/portalcomment/{action}/?{query}"


def bulk(client, action, *comments, **data):
    return client.post(bulk_url(action, *comments), data)


def test_bulk_approve_reject_verify_are_logged(admin_client, nominees, secretary, client):
    first, second, third = (opinion(nominees[0], n) for n in range(3))
    client.force_login(secretary)
    confirmation = client.get(bulk_url("approve", first, second))
    assert confirmation.status_code == 200
    assert first.reference_code in confirmation.content.decode()
    response = bulk(client, "approve", first, second)
    assert response.status_code == 302
    first.refresh_from_db()
    assert first.moderation_state == ModerationState.APPROVED and first.is_public
    assert first.moderated_by == secretary
    entry = first.moderation_log.get()
    assert (entry.action, entry.user) == (ModerationAction.APPROVE, secretary)

    page = client.get(nominees[0].url).content.decode()
    assert first.comment in page and second.comment in page
    assert third.comment not in page

    refused = bulk(client, "reject", second)  # no reason given
    assert refused.status_code == 200
    assert "Chọn lý do không đăng." in refused.content.decode()
    second.refresh_from_db()
    assert second.moderation_state == ModerationState.APPROVED
    refused = bulk(client, "reject", second, reason="other", note="  ")
    assert "Ghi rõ lý do" in refused.content.decode()
    bulk(client, "reject", second, reason="abusive", note="Lời lẽ xúc phạm người khác")
    second.refresh_from_db()
    entry = second.moderation_log.filter(action=ModerationAction.REJECT).get()
    assert (entry.reason, entry.note) == ("abusive", "Lời lẽ xúc phạm người khác")
    detail = client.get(f"/admin/y-kien/{second.pk}/").content.decode()
    assert "Lý do: Ngôn từ xúc phạm, thiếu văn hóa" in detail
    assert "Lời lẽ xúc phạm người khác" in detail
    assert second.moderation_state == ModerationState.REJECTED and second.is_removed
    page = client.get(nominees[0].url).content.decode()
    assert second.comment not in page
    assert "đã được kiểm duyệt ngày" in page

    bulk(client, "verify", third)
    third.refresh_from_db()
    assert third.moderation_state == ModerationState.VERIFYING
    assert NomineePage.objects.get(pk=nominees[0].pk).state == NomineeState.ON_HOLD
    assert NomineePage.objects.get(pk=nominees[1].pk).state == NomineeState.IN_CONSULTATION
    assert [e.action for e in third.moderation_log.all()] == [ModerationAction.VERIFY]


def test_bulk_action_returns_only_to_this_site(client, nominees, secretary):
    item = opinion(nominees[0], 1)
    client.force_login(secretary)
    for target in ("//example.com/", "https://example.com/"):
        response = client.post(bulk_url("approve", item, next_url=target))
        assert "example.com" not in response["Location"]
    response = client.post(bulk_url("approve", item, next_url="/admin/y-kien/?stance=agree"))
    assert response["Location"] == "/admin/y-kien/?stance=agree"


def test_verification_hold_survives_a_pending_draft(nominees, secretary):
    nominee = NomineePage.objects.get(pk=nominees[0].pk)
    nominee.position = "Chủ nhiệm Hợp tác xã (bản nháp)"
    nominee.save_revision()
    moderation.mark_for_verification([opinion(nominee, 1)], secretary)
    nominee = NomineePage.objects.get(pk=nominee.pk)
    nominee.get_latest_revision().publish()
    assert NomineePage.objects.get(pk=nominee.pk).state == NomineeState.ON_HOLD


def test_a_removed_comment_keeps_its_official_reply(
    client, nominees, secretary, django_capture_on_commit_callbacks
):
    item = opinion(nominees[0], 1)
    moderation.approve([item], secretary)
    client.force_login(secretary)
    with django_capture_on_commit_callbacks(execute=True):
        bulk(client, "reply", item, text="Hội đồng đã tiếp thu ý kiến.")
    reply = PortalComment.objects.get(is_official_reply=True, parent_id=item.pk)
    assert reply.parent_id == item.pk and reply.is_public
    assert mail.outbox[-1].to == [item.user_email]
    assert "Hội đồng đã tiếp thu ý kiến." in mail.outbox[-1].body

    moderation.reject([item], secretary, "other", "Đã xử lý riêng")
    client.logout()
    page = client.get(nominees[0].url).content.decode()
    assert item.comment not in page
    assert "đã được kiểm duyệt ngày" in page
    assert "Hội đồng đã tiếp thu ý kiến." in page
    assert "Trả lời chính thức của Hội đồng" in page


def test_a_round_that_only_collects_shows_no_opinions(client, consultation, nominees, secretary):
    item = opinion(nominees[0], 1)
    moderation.approve([item], secretary)
    ConsultationPage.objects.filter(pk=consultation.pk).update(show_opinions_publicly=False)
    page = client.get(nominees[0].url).content.decode()
    assert item.comment not in page
    assert "không công khai trên trang" in page


def test_queue_filters_and_search(client, nominees, secretary):
    agree = opinion(nominees[0], 1)
    disagree = opinion(nominees[1], 2, stance=Stance.DISAGREE)
    moderation.approve([agree], secretary)
    client.force_login(secretary)

    def codes(query):
        html = client.get("/admin/y-kien/" + query).content.decode()
        return {c.reference_code for c in (agree, disagree) if c.reference_code in html}

    # The queue opens on what waits; "Tất cả" (an empty state) shows every state.
    assert codes("") == {disagree.reference_code}
    assert codes("?moderation_state=") == {agree.reference_code, disagree.reference_code}
    assert codes("?moderation_state=&stance=disagree") == {disagree.reference_code}
    assert codes("?moderation_state=approved") == {agree.reference_code}
    assert codes("?moderation_state=pending") == {disagree.reference_code}
    every = "?moderation_state=&"
    assert codes(f"{every}nominee={nominees[1].pk}") == {disagree.reference_code}
    assert codes(f"{every}round={nominees[0].get_parent().pk}") == {
        agree.reference_code,
        disagree.reference_code,
    }
    assert codes(f"{every}q=" + agree.reference_code) == {agree.reference_code}
    assert codes(f"{every}q=nguoi2@example.vn") == {disagree.reference_code}
    assert codes(f"{every}kind=reader") == set()
    today = timezone.localdate().isoformat()
    assert codes(f"{every}submit_date_from={today}&submit_date_to={today}") == {
        agree.reference_code,
        disagree.reference_code,
    }
    for nonsense in ("submit_date_from=khong-phai-ngay", "round=99999999999", "page=-4"):
        assert client.get("/admin/y-kien/?" + nonsense).status_code == 200, nonsense


def test_digest_emails_the_secretariat_once_per_item(
    nominees, secretary, django_capture_on_commit_callbacks
):
    secretary.email = "thuongtruc@example.vn"
    secretary.save()
    PortalComment.objects.update(digest_sent_at=timezone.now())  # the demo's were sent
    opinion(nominees[0], 1)
    opinion(nominees[1], 2)
    with django_capture_on_commit_callbacks(execute=True):
        assert moderation.send_moderation_digest() == 2
    assert mail.outbox[-1].to == ["thuongtruc@example.vn"]
    assert "2 ý kiến mới" in mail.outbox[-1].subject
    with django_capture_on_commit_callbacks(execute=True):
        assert moderation.send_moderation_digest() == 0
    assert len(mail.outbox) == 1


def test_council_report_counts_and_xlsx(client, consultation, nominees, secretary):
    first, second = nominees
    items = [
        opinion(first, 1, Stance.AGREE),
        opinion(first, 2, Stance.AGREE),
        opinion(first, 3, Stance.DISAGREE),
        opinion(first, 4, Stance.OTHER),
        opinion(second, 5, Stance.DISAGREE),
    ]
    moderation.approve(items[:3], secretary)
    moderation.reject([items[2]], secretary, "duplicate")
    moderation.reply_officially(items[3], secretary, "Đã xác minh, thông tin đúng.")

    from consultations.reports import round_report

    report = {entry["nominee"].pk: entry for entry in round_report(consultation)}
    counts = report[first.pk]["counts"]
    # Published: 2 for, the 3rd was rejected; the 4th (other) waits for moderation.
    assert (counts["agree"], counts["disagree"], counts["other"]) == (2, 0, 0)
    assert (counts["pending"], counts["rejected"], counts["total"]) == (1, 1, 4)
    assert report[second.pk]["counts"]["pending"] == 1
    assert len(report[first.pk]["opinions"]) == 4

    client.force_login(secretary)
    page = client.get(f"/admin/y-kien/bao-cao/{consultation.pk}/")
    assert page.status_code == 200
    assert items[0].phone in page.content.decode()  # the council sees identities

    export = client.get(f"/admin/y-kien/bao-cao/{consultation.pk}/xlsx/")
    assert export.status_code == 200
    from io import BytesIO

    workbook = load_workbook(BytesIO(export.content), read_only=True)
    summary = list(workbook[workbook.sheetnames[0]].iter_rows(values_only=True))
    assert summary[0][0].startswith(f"Báo cáo tổng hợp ý kiến – {consultation.title} (xuất lúc")
    first_row = next(row for row in summary[2:] if row[1] == first.title)
    assert first_row[5:12] == (2, 0, 0, 1, 0, 1, 4)
    details = list(workbook[workbook.sheetnames[1]].iter_rows(values_only=True))
    assert len(details) == 2 + 5  # title, headings, five opinions
    assert isinstance(details[2][2], datetime.datetime)  # sent at: a date cell
    row = next(r for r in details if r[0] == items[3].reference_code)
    assert row[4] == items[3].phone and row[5] == items[3].user_email
    assert row[12] == "Đã xác minh, thông tin đúng."


def test_retention_erases_contacts_but_keeps_the_opinion(consultation, nominees, settings):
    settings.CONSULTATION_CONTACT_RETENTION_MONTHS = 6
    kept = opinion(nominees[0], 1)
    closed = timezone.now() - datetime.timedelta(days=400)
    ConsultationPage.objects.filter(pk=consultation.pk).update(
        opens_at=closed - datetime.timedelta(days=30),
        closes_at=closed,
        outcome_published=True,
        concluded_on=(timezone.localdate() - datetime.timedelta(days=190)),
    )
    other_round = ConsultationPageFactory(parent=consultation.get_parent())
    other = opinion(NomineePageFactory(parent=other_round), 2)

    from django.core.management import call_command

    call_command("erase_commenter_contacts", verbosity=0)
    kept.refresh_from_db()
    assert (kept.user_email, kept.phone, kept.address, kept.ip_address) == ("", "", "", None)
    assert kept.user_name == "Người góp ý 1"
    assert kept.comment == "Nội dung ý kiến số 1" and kept.stance == Stance.AGREE
    assert kept.contacts_erased_at is not None
    assert kept.moderation_log.filter(action=ModerationAction.ERASE).exists()
    other.refresh_from_db()
    assert other.phone  # its round has not concluded
    second = moderation.erase_expired_contacts()
    assert (second["rounds"], second["opinions"]) == (0, 0)


def test_retention_waits_for_the_configured_months(consultation, nominees, settings):
    settings.CONSULTATION_CONTACT_RETENTION_MONTHS = 12
    item = opinion(nominees[0], 1)
    ConsultationPage.objects.filter(pk=consultation.pk).update(
        outcome_published=True, concluded_on=timezone.localdate() - datetime.timedelta(days=190)
    )
    erased = moderation.erase_expired_contacts()
    assert (erased["rounds"], erased["opinions"]) == (0, 0)
    item.refresh_from_db()
    assert item.phone


ADMIN_URLS = [
    "/admin/y-kien/",
    "/admin/y-kien/{comment}/",
    "/admin/y-kien/bao-cao/{round}/",
    "/admin/y-kien/bao-cao/{round}/xlsx/",
]


def test_every_moderation_view_is_for_the_secretariat_only(client, nominees, users):
    item = opinion(nominees[0], 1)
    round_pk = nominees[0].get_parent().pk
    urls = [u.format(comment=item.pk, round=round_pk) for u in ADMIN_URLS]

    for url in [*urls, bulk_url("approve", item), bulk_url("reject", item)]:
        response = client.get(url)
        assert response.status_code == 302 and "/login/" in response["Location"], url

    outsider = UserFactory(username="nguoingoai")
    for username, user in [
        (demo_accounts.EDITOR, users[demo_accounts.EDITOR]),
        (demo_accounts.APPROVER, users[demo_accounts.APPROVER]),
        (demo_accounts.UNIT_OFFICER, users[demo_accounts.UNIT_OFFICER]),
        ("nguoingoai", outsider),
    ]:
        client.force_login(user)
        for url in urls:
            assert client.get(url).status_code in (302, 403), (username, url)
        for action in ("approve", "reject", "verify", "reply"):
            response = bulk(client, action, item, reason="spam", text="Trả lời")
            assert response.status_code in (302, 403), (username, action)
        item.refresh_from_db()
        assert item.moderation_state == ModerationState.PENDING, username

    secretary = users[demo_accounts.SECRETARIAT]
    assert secretary.groups.filter(name=SECRETARIAT).exists()
    client.force_login(secretary)
    for url in urls:
        assert client.get(url).status_code == 200, url
    assert (
        Group.objects.get(name=SECRETARIAT)
        .permissions.filter(codename="moderate_portalcomment")
        .exists()
    )


def test_the_council_report_adds_up_on_screen_in_print_and_in_xlsx(
    client, consultation, nominees, secretary
):
    """Opinions in every state: each column counts one state, the total is their sum, the
    last row adds up the nominees; the screen (also what is printed: the same page with
    print styles) and the XLSX show the same figures."""
    from io import BytesIO

    from bs4 import BeautifulSoup

    first, second = nominees
    published = [
        opinion(first, 1, Stance.AGREE),
        opinion(first, 2, Stance.AGREE),
        opinion(first, 3, Stance.DISAGREE),
        opinion(first, 4, Stance.OTHER),
        opinion(second, 5, Stance.DISAGREE),
    ]
    moderation.approve(published, secretary)
    opinion(first, 6, Stance.AGREE)  # waiting
    opinion(second, 7, Stance.OTHER)  # waiting
    moderation.mark_for_verification([opinion(first, 8, Stance.DISAGREE)], secretary)
    moderation.reject(
        [opinion(first, 9, Stance.AGREE), opinion(second, 10)], secretary, "off_topic"
    )
    moderation.reply_officially(published[2], secretary, "Hội đồng đã xác minh.")  # not counted

    # agree, disagree, other, pending, verifying, rejected, total
    expected = {
        first.title: [2, 1, 1, 1, 1, 1, 7],
        second.title: [0, 1, 0, 1, 0, 1, 3],
        "Cộng": [2, 2, 1, 2, 1, 2, 10],
    }
    headings = ["Đồng ý", "Không đồng ý", "Ý kiến khác", "Chờ duyệt", "Cần xác minh"]
    headings += ["Không đăng", "Tổng số"]

    client.force_login(secretary)
    html = client.get(f"/admin/y-kien/bao-cao/{consultation.pk}/").content.decode()
    summary = BeautifulSoup(html, "html.parser").find("table")
    assert [th.get_text(strip=True) for th in summary.thead.find_all("th")][3:] == headings
    on_screen = {}
    for row in summary.find_all("tr")[1:]:
        cells = [cell.get_text(strip=True) for cell in row.find_all(["td", "th"])]
        on_screen[cells[1]] = [int(value) for value in cells[3:]]
    assert on_screen == expected

    export = client.get(f"/admin/y-kien/bao-cao/{consultation.pk}/xlsx/")
    title, *rows = load_workbook(BytesIO(export.content)).worksheets[0].iter_rows(values_only=True)
    assert title[0].startswith("Báo cáo tổng hợp ý kiến – ")
    assert re.search(
        r'filename="bao-cao-lay-y-kien-[a-z0-9-]+-\d{4}-\d{2}-\d{2}\.xlsx"',
        export["Content-Disposition"],
    )
    assert list(rows[0][5:]) == headings
    in_xlsx = {row[1]: list(row[5:]) for row in rows[1:]}
    assert in_xlsx == expected
