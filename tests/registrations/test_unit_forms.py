# ruff: noqa: F811  (the fixtures shared with test_registration and test_reports)
"""The units' forms never lose work and say what is true: a chosen PDF survives a form sent
back with errors (for that officer and report only, for a day), numbers read as typed and in
Vietnamese, sending asks for confirmation first, and the deadline message only speaks of what
was typed when something was."""

import datetime
import re
from decimal import Decimal

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.utils import timezone

from registrations import workflow
from registrations.models import (
    PendingUpload,
    PledgedIndicator,
    Registration,
    ResultReport,
    SubmissionState,
)
from tests.consultations.factories import MINIMAL_PDF
from tests.registrations.factories import (
    CampaignFactory,
    ReportWindowFactory,
    UnitFactory,
    officer_for,
    registration_with_rows,
)
from tests.registrations.helpers import form_data
from tests.registrations.test_registration import (  # noqa: F401  (fixtures)
    campaign,
    filled_form,
    officer,
    registration_url,
    unit,
)
from tests.registrations.test_reports import filled_report, report_url, setting  # noqa: F401

pytestmark = pytest.mark.django_db

KEPT = "Đã chọn: <strong>ke-hoach-2031.pdf</strong> (giữ lại từ lần gửi trước)"
STILL_ON_PAGE = "Nội dung bạn nhập vẫn còn trên trang"


def kept_token(html):
    match = re.search(r'name="kept"\s+value="([^"]+)"', html)
    assert match, "no kept file on the page"
    return match.group(1)


def failed_post_with_pdf(client, window, criteria):
    """A report form with a PDF chosen and an actual value that is not a number."""
    data = filled_report(client, window, criteria, **{"results-0-actual_value": "chín chín"})
    data["attachment"] = SimpleUploadedFile("ke-hoach-2031.pdf", MINIMAL_PDF)
    response = client.post(report_url(window), data)
    assert response.status_code == 400
    return data, response.content.decode()


# A chosen file survives a validation error -------------------------------------------------


def test_a_chosen_pdf_is_kept_when_the_form_comes_back_and_saved_next_time(client, setting):
    window, criteria = setting["window"], setting["criteria"]
    data, html = failed_post_with_pdf(client, window, criteria)
    assert KEPT in html and "chọn tệp khác để thay" in html
    assert 'value="chín chín"' in html  # what was typed is shown back
    token = kept_token(html)
    pending = PendingUpload.objects.get(token=token)
    assert pending.file.storage.__class__.__name__ != "DefaultStorage"
    assert not ResultReport.objects.get(window=window).attachments.exists()

    # The officer corrects the value and saves without choosing the file again.
    data.pop("attachment")
    data.update({"results-0-actual_value": "99", "kept": token})
    assert client.post(report_url(window), data).status_code == 303
    attachment = ResultReport.objects.get(window=window).attachments.get()
    assert attachment.original_name == "ke-hoach-2031.pdf"
    with attachment.file.open("rb") as handle:
        assert handle.read().startswith(b"%PDF-")
    assert not PendingUpload.objects.exists()


def test_a_kept_file_stays_through_a_second_failed_post(client, setting):
    window, criteria = setting["window"], setting["criteria"]
    data, html = failed_post_with_pdf(client, window, criteria)
    token = kept_token(html)
    data.pop("attachment")
    data["kept"] = token
    again = client.post(report_url(window), data)
    assert again.status_code == 400
    assert kept_token(again.content.decode()) == token


def test_a_file_that_is_not_a_pdf_is_not_kept(client, setting):
    window, criteria = setting["window"], setting["criteria"]
    data = filled_report(client, window, criteria, **{"results-0-actual_value": "x"})
    data["attachment"] = SimpleUploadedFile("ke-hoach.pdf", b"MZ\x90\x00 not a pdf")
    html = client.post(report_url(window), data).content.decode()
    assert "Chỉ nhận tệp PDF" in html and 'name="kept"' not in html
    assert not PendingUpload.objects.exists()


def test_another_officers_token_is_refused(client, setting):
    window, criteria = setting["window"], setting["criteria"]
    _data, html = failed_post_with_pdf(client, window, criteria)
    token = kept_token(html)

    other_unit = UnitFactory()
    client.force_login(officer_for(other_unit))
    data = filled_report(client, window, criteria, kept=token)
    response = client.post(report_url(window), data)
    assert response.status_code == 400
    assert "không còn được giữ" in response.content.decode()
    assert not ResultReport.objects.get(unit=other_unit).attachments.exists()
    assert PendingUpload.objects.filter(token=token).exists()  # still its owner's


def test_an_expired_token_is_refused_and_pruned(client, setting):
    window, criteria = setting["window"], setting["criteria"]
    data, html = failed_post_with_pdf(client, window, criteria)
    token = kept_token(html)
    PendingUpload.objects.update(created_at=timezone.now() - datetime.timedelta(hours=25))
    data.pop("attachment")
    data.update({"results-0-actual_value": "99", "kept": token})
    response = client.post(report_url(window), data)
    assert response.status_code == 400
    assert "không còn được giữ" in response.content.decode()
    assert not ResultReport.objects.get(window=window).attachments.exists()

    call_command("prune_pending_uploads", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert not PendingUpload.objects.exists()


def test_the_import_says_the_file_must_be_chosen_again(client, officer, campaign):
    upload = SimpleUploadedFile("danh-sach.xlsx", b"not a spreadsheet")
    response = client.post(registration_url(campaign, "nhap-ca-nhan/"), {"file": upload})
    assert response.status_code == 400
    assert "Tệp không được giữ lại: sửa tệp rồi chọn lại để nhập." in response.content.decode()


# Numbers as typed, in Vietnamese ------------------------------------------------------------


def test_numbers_read_as_typed_in_the_units_pages(client, setting):
    window, unit = setting["window"], setting["unit"]
    registration = Registration.objects.get(unit=unit)
    PledgedIndicator.objects.filter(registration=registration, sort_order=0).update(
        planned_value=Decimal("12"), measure="trường"
    )
    PledgedIndicator.objects.filter(registration=registration, sort_order=1).update(
        planned_value=Decimal("98.5"), measure="%"
    )
    html = client.get(report_url(window)).content.decode()
    assert "12 trường" in html and "98,5 %" in html
    assert "12,00" not in html and "98,50" not in html and "98.50" not in html
    assert "Tối đa 30 điểm." in html and "30,00" not in html

    data = filled_report(client, window, setting["criteria"], points=("25", "40.5", "20"))
    assert client.post(report_url(window), data).status_code == 303
    html = client.get(report_url(window)).content.decode()
    assert 'value="40,5"' in html and 'value="25"' in html  # inputs as typed, no ",00"
    assert "85,5" in html

    data.update({"action": "submit"})
    client.post(client.post(report_url(window), data)["Location"])
    printed = client.get(report_url(window, "ban-in/")).content.decode()
    assert "85,5" in printed and "98,5" in printed
    assert not re.search(r"\b\d+\.\d{1,2}\b", re.sub(r"<[^>]+>", " ", printed).replace("/", " "))


def test_planned_values_show_back_as_typed(client, officer, unit, campaign):
    data = filled_form(client, campaign, **{"indicators-1-planned_value": "45"})
    assert client.post(registration_url(campaign), data).status_code == 303
    html = client.get(registration_url(campaign)).content.decode()
    assert 'value="45"' in html and 'value="98,5"' in html
    assert "45.00" not in html and "45,00" not in html

    data = filled_form(client, campaign, **{"indicators-1-planned_value": "mười hai"})
    response = client.post(registration_url(campaign), data)
    assert response.status_code == 400
    assert 'value="mười hai"' in response.content.decode()

    data = filled_form(client, campaign, **{"indicators-1-planned_value": "12.5"})
    assert client.post(registration_url(campaign), data).status_code == 303
    assert Registration.objects.get(unit=unit).indicators.get(sort_order=1).planned_value == (
        Decimal("12.5")
    )


def test_the_office_ranking_shows_vietnamese_numbers(client, setting, users):
    from demo import accounts as demo_accounts

    window, criteria = setting["window"], setting["criteria"]
    data = filled_report(client, window, criteria, action="submit")
    client.post(client.post(report_url(window), data)["Location"])
    client.force_login(users[demo_accounts.SECRETARIAT])
    query = {"campaign": window.campaign.pk, "window": window.pk}
    html = client.get("/admin/dang-ky-thi-dua/xep-hang/", query).content.decode()
    assert "85,5" in html and "85.50" not in html and "100,00" not in html


# Sending asks first -----------------------------------------------------------------------


def test_sending_a_registration_asks_for_confirmation_first(
    client, officer, unit, campaign, django_capture_on_commit_callbacks
):
    response = client.post(
        registration_url(campaign), filled_form(client, campaign, action="submit")
    )
    assert response["Location"] == registration_url(campaign, "gui/")
    registration = Registration.objects.get(unit=unit)
    assert registration.state == SubmissionState.DRAFT  # saved, not sent
    assert registration.indicators.count() == 3

    step = client.get(response["Location"])
    html = step.content.decode()
    assert step.status_code == 200 and step["Cache-Control"] == "private, no-store"
    assert "Gửi bản đăng ký thi đua?" in html
    assert "Xác nhận gửi bản đăng ký" in html
    assert "không sửa được nữa, trừ khi" in html and "trả lại để bổ sung" in html
    assert "sẽ xem xét và tiếp nhận" in html
    registration.refresh_from_db()
    assert registration.state == SubmissionState.DRAFT and not mail.outbox

    with django_capture_on_commit_callbacks(execute=True):
        sent = client.post(response["Location"])
    assert sent["Location"] == registration_url(campaign, "da-gui/")
    registration.refresh_from_db()
    assert registration.state == SubmissionState.SUBMITTED and registration.version == 1
    assert len(mail.outbox) == 1
    after = client.get(sent["Location"]).content.decode()
    assert "không sửa được nữa, trừ khi" in after and "sẽ xem xét và tiếp nhận" in after
    # The step of a sent record leads to its confirmation, and sends nothing again.
    assert client.post(response["Location"])["Location"] == sent["Location"]
    assert registration.versions.count() == 1


def test_an_incomplete_draft_cannot_be_sent_from_the_step(client, officer, unit, campaign):
    registration_with_rows(campaign, unit, indicators=0, signer_name="")
    step = client.get(registration_url(campaign, "gui/")).content.decode()
    assert "Chưa gửi được; còn thiếu:" in step and "Xác nhận gửi" not in step
    response = client.post(registration_url(campaign, "gui/"))
    assert response["Location"] == registration_url(campaign)
    assert Registration.objects.get(unit=unit).state == SubmissionState.DRAFT
    assert "ít nhất một chỉ tiêu" in client.get(response["Location"]).content.decode()


def test_sending_a_report_asks_for_confirmation_first(client, setting):
    window, criteria = setting["window"], setting["criteria"]
    data = filled_report(client, window, criteria, action="submit")
    response = client.post(report_url(window), data)
    assert response["Location"] == report_url(window, "gui/")
    report = ResultReport.objects.get(window=window)
    assert report.state == SubmissionState.DRAFT
    html = client.get(response["Location"]).content.decode()
    assert "Gửi báo cáo kết quả thi đua?" in html and "85,5" in html
    assert client.post(response["Location"])["Location"] == report_url(window, "da-gui/")
    report.refresh_from_db()
    assert report.state == SubmissionState.SUBMITTED


def test_the_step_after_the_deadline_sends_nothing(client, officer, unit, campaign):
    registration_with_rows(campaign, unit)
    campaign.deadline = timezone.now() - datetime.timedelta(seconds=1)
    campaign.save()
    response = client.post(registration_url(campaign, "gui/"))
    assert response["Location"] == registration_url(campaign)
    assert Registration.objects.get(unit=unit).state == SubmissionState.DRAFT


@pytest.mark.parametrize("suffix", ["dang-ky/{campaign}/gui/", "bao-cao/{window}/gui/"])
def test_the_step_is_refused_to_anyone_but_the_units_officers(client, setting, users, suffix):
    window, unit = setting["window"], setting["unit"]
    url = "/dang-ky-thi-dua/" + suffix.format(campaign=window.campaign.pk, window=window.pk)
    until = timezone.now() + datetime.timedelta(days=1)
    workflow.return_for_changes(Registration.objects.get(unit=unit), None, "Bổ sung", until=until)
    client.logout()
    for method in ("get", "post"):
        assert getattr(client, method)(url).status_code == 302  # to sign in
    client.force_login(officer_for(UnitFactory()))
    for method in ("get", "post"):
        assert getattr(client, method)(url).status_code == 404
    from demo import accounts as demo_accounts

    client.force_login(users[demo_accounts.SECRETARIAT])
    assert client.post(url).status_code == 403
    assert Registration.objects.get(unit=unit).version == 1


# Messages true to the situation -------------------------------------------------------------


def test_after_the_deadline_the_page_speaks_of_typed_content_only_when_there_was_some(
    client, officer, unit
):
    campaign = CampaignFactory()
    data = filled_form(client, campaign)
    untouched = form_data(client.get(registration_url(campaign)).content.decode(), "dang-ky-form")
    campaign.deadline = timezone.now() - datetime.timedelta(minutes=1)
    campaign.save()

    nothing = client.post(registration_url(campaign), untouched)
    assert nothing.status_code == 403
    assert "Đã quá hạn" in nothing.content.decode()
    assert STILL_ON_PAGE not in nothing.content.decode()

    typed = client.post(registration_url(campaign), data)
    assert typed.status_code == 403
    assert STILL_ON_PAGE in typed.content.decode()
    assert "Hoàng Thị Thu" in typed.content.decode()


def test_a_closed_report_window_opened_says_nothing_of_typed_content(client, officer, unit):
    window = ReportWindowFactory()
    window.deadline = timezone.now() - datetime.timedelta(minutes=1)
    window.save()
    page = client.get(report_url(window)).content.decode()
    assert "Đã quá hạn" in page and STILL_ON_PAGE not in page
