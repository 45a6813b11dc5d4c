"""A unit registers: draft, submit with code and e-mail, versions, deadline, double submit,
imports, and the rule that an officer only ever reaches the unit's own records."""

import datetime
import io
from decimal import Decimal

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from openpyxl import Workbook, load_workbook

from demo import accounts as demo_accounts
from registrations import workflow
from registrations.models import (
    RegisteredIndividual,
    Registration,
    SubmissionLog,
    SubmissionState,
    SubmissionVersion,
)
from tests.registrations.factories import (
    CampaignFactory,
    UnitFactory,
    officer_for,
    registration_with_rows,
)
from tests.registrations.helpers import form_data

pytestmark = pytest.mark.django_db


def registration_url(campaign, suffix=""):
    return f"/dang-ky-thi-dua/dang-ky/{campaign.pk}/{suffix}"


@pytest.fixture
def campaign():
    return CampaignFactory()


@pytest.fixture
def unit():
    return UnitFactory(name="Sở Khoa học và Công nghệ")


@pytest.fixture
def officer(client, unit):
    user = officer_for(unit)
    client.force_login(user)
    return user


def filled_form(client, campaign, **changes):
    """The registration form as the officer sees it, with two people and three indicators."""
    page = client.get(registration_url(campaign))
    assert page.status_code == 200
    data = form_data(page.content.decode(), "dang-ky-form")
    csd, ldtt = campaign.individual_titles.order_by("name")
    collective = campaign.collective_titles.order_by("name").first()
    data.update(
        {
            "collective_titles": [str(collective.pk)],
            "individuals-TOTAL_FORMS": "2",
            "individuals-0-full_name": "Hoàng Thị Thu",
            "individuals-0-position": "Trưởng phòng Quản lý khoa học",
            "individuals-0-title": str(csd.pk),
            "individuals-1-full_name": "Lộc Văn Bình",
            "individuals-1-position": "Chuyên viên",
            "individuals-1-title": str(ldtt.pk),
            "indicators-TOTAL_FORMS": "3",
            "indicators-0-content": "Tỷ lệ hồ sơ giải quyết đúng hạn",
            "indicators-0-measure": "%",
            "indicators-0-planned_value": "98,5",
            "indicators-1-content": "Số đề tài khoa học được nghiệm thu",
            "indicators-1-measure": "đề tài",
            "indicators-1-planned_value": "12",
            "indicators-2-content": "Số doanh nghiệp được hỗ trợ đổi mới công nghệ",
            "indicators-2-measure": "doanh nghiệp",
            "indicators-2-planned_value": "25",
            "indicators-2-note": "Ưu tiên hợp tác xã nông nghiệp",
            "signer_name": "Nông Văn Quyết",
            "signer_position": "Giám đốc",
            "action": "save",
        }
    )
    data.update(changes)
    return data


def test_draft_then_submit_gives_a_code_a_version_and_an_email(
    client, officer, unit, campaign, django_capture_on_commit_callbacks
):
    response = client.post(registration_url(campaign), filled_form(client, campaign))
    assert response.status_code == 303
    registration = Registration.objects.get(campaign=campaign, unit=unit)
    assert registration.state == SubmissionState.DRAFT
    assert registration.reference_code is None
    assert registration.individuals.count() == 2
    assert registration.indicators.get(sort_order=0).planned_value == Decimal("98.5")

    data = filled_form(client, campaign, action="submit")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(registration_url(campaign), data)
        assert response["Location"] == registration_url(campaign, "gui/")  # confirm first
        response = client.post(response["Location"])
    assert response.status_code == 303
    assert response["Location"] == registration_url(campaign, "da-gui/")
    registration.refresh_from_db()
    assert registration.state == SubmissionState.SUBMITTED
    assert registration.reference_code.startswith(f"DK-{timezone.localdate().year}-")
    assert registration.versions.count() == 1
    version = registration.versions.get()
    assert [p["full_name"] for p in version.data["individuals"]] == [
        "Hoàng Thị Thu",
        "Lộc Văn Bình",
    ]
    assert len(version.data["indicators"]) == 3
    assert list(registration.log_entries.values_list("action", flat=True)) == [
        SubmissionLog.Action.CREATED,
        SubmissionLog.Action.SUBMITTED,
    ]
    assert registration.log_entries.last().user == officer
    sent = client.get(response["Location"])
    assert registration.reference_code in sent.content.decode()
    assert sent["Cache-Control"] == "private, no-store"
    assert len(mail.outbox) == 1
    assert registration.reference_code in mail.outbox[0].subject
    assert unit.email in mail.outbox[0].to
    printed = client.get(registration_url(campaign, "ban-in/")).content.decode()
    assert "BẢN ĐĂNG KÝ THI ĐUA" in printed and "Lộc Văn Bình" in printed

    # Read-only once sent: the page shows no form, and a resent form changes nothing.
    assert 'id="dang-ky-form"' not in client.get(registration_url(campaign)).content.decode()
    data.update({"individuals-0-full_name": "Người khác", "action": "save"})
    response = client.post(registration_url(campaign), data)
    assert response.status_code == 303
    assert not registration.individuals.filter(full_name="Người khác").exists()


def test_a_double_submit_makes_one_record_and_one_version(client, officer, unit, campaign):
    data = filled_form(client, campaign, action="submit")
    first = client.post(client.post(registration_url(campaign), data)["Location"])
    second = client.post(registration_url(campaign), data)
    assert first.status_code == second.status_code == 303
    assert second["Location"] == first["Location"]
    assert Registration.objects.filter(campaign=campaign, unit=unit).count() == 1
    registration = Registration.objects.get(campaign=campaign, unit=unit)
    assert registration.version == 1
    assert registration.versions.count() == 1
    assert registration.individuals.count() == 2  # the resent rows were not added again


def test_two_first_requests_at_once_make_one_draft(unit, campaign):
    first, created_first = workflow.get_or_create_draft(
        Registration, None, campaign=campaign, unit=unit
    )
    second, created_second = workflow.get_or_create_draft(
        Registration, None, campaign=campaign, unit=unit
    )
    assert first.pk == second.pk and created_first and not created_second


def test_submitting_twice_through_the_workflow_keeps_one_version(unit, campaign):
    registration = registration_with_rows(campaign, unit)
    record, sent = workflow.submit(registration, None)
    again, sent_again = workflow.submit(registration, None)
    assert sent and not sent_again
    assert again.version == 1 and SubmissionVersion.objects.filter(registration=record).count() == 1


def test_a_form_that_fails_keeps_everything_typed(client, officer, campaign):
    data = filled_form(
        client,
        campaign,
        action="submit",
        signer_name="",
        **{"indicators-1-planned_value": "mười hai", "individuals-1-title": ""},
    )
    response = client.post(registration_url(campaign), data)
    assert response.status_code == 400
    html = response.content.decode()
    assert "Nhập một số, ví dụ 12 hoặc 12,5." in html
    assert "Chọn danh hiệu đăng ký." in html
    assert "Cần có khi gửi bản đăng ký." in html
    for typed in ("Hoàng Thị Thu", "Lộc Văn Bình", "mười hai", "Ưu tiên hợp tác xã nông nghiệp"):
        assert typed in html
    # The summary links each problem to its field.
    assert 'href="#id_indicators-1-planned_value"' in html
    assert 'aria-invalid="true"' in html
    registration = Registration.objects.get(campaign=campaign)
    assert registration.state == SubmissionState.DRAFT
    assert registration.individuals.count() == 0  # nothing half-saved


def test_submit_needs_an_indicator_and_something_registered(client, officer, campaign):
    data = filled_form(
        client,
        campaign,
        action="submit",
        collective_titles=[],
        **{
            "individuals-TOTAL_FORMS": "0",
            "indicators-TOTAL_FORMS": "0",
        },
    )
    response = client.post(registration_url(campaign), data)
    assert response.status_code == 400
    html = response.content.decode()
    assert "Đăng ký ít nhất một danh hiệu tập thể hoặc một cá nhân" in html
    assert "Đăng ký ít nhất một chỉ tiêu trước khi gửi." in html


def test_only_the_campaigns_titles_are_accepted(client, officer, campaign):
    from news.models import AwardForm

    other = AwardForm.objects.exclude(pk__in=campaign.individual_titles.all()).first()
    data = filled_form(client, campaign, **{"individuals-0-title": str(other.pk)})
    response = client.post(registration_url(campaign), data)
    assert response.status_code == 400
    assert "Danh hiệu này không có trong đợt đăng ký." in response.content.decode()


@pytest.mark.parametrize("offset, allowed", [(-1, True), (0, False), (60, False)])
def test_the_deadline_is_enforced_to_the_second(client, officer, unit, campaign, offset, allowed):
    data = filled_form(client, campaign, action="submit")
    deadline = timezone.now() + datetime.timedelta(seconds=2)
    campaign.deadline = deadline
    campaign.save()
    frozen = deadline + datetime.timedelta(microseconds=offset)
    if offset == 60:
        frozen = deadline + datetime.timedelta(seconds=60)
    from unittest import mock

    with mock.patch("django.utils.timezone.now", return_value=frozen):
        response = client.post(registration_url(campaign), data)
    registration = Registration.objects.filter(campaign=campaign, unit=unit).first()
    if allowed:  # saved in time; sending is the confirmation step's
        assert response.status_code == 303
        assert response["Location"] == registration_url(campaign, "gui/")
        assert registration.state == SubmissionState.DRAFT
    else:
        assert response.status_code == 403
        html = response.content.decode()
        assert "Đã quá hạn" in html
        assert "Hoàng Thị Thu" in html  # what was typed is still on the page
        assert registration is None or registration.state == SubmissionState.DRAFT


def test_returned_after_the_deadline_the_unit_edits_and_resubmits(
    client, officer, unit, campaign, users
):
    client.post(registration_url(campaign), filled_form(client, campaign, action="submit"))
    client.post(registration_url(campaign, "gui/"))
    registration = Registration.objects.get(campaign=campaign, unit=unit)
    campaign.deadline = timezone.now() - datetime.timedelta(hours=1)
    campaign.save()
    # Past the deadline, returning needs a new date to be of any use.
    with pytest.raises(workflow.TransitionRefused):
        workflow.return_for_changes(
            registration, users[demo_accounts.SECRETARIAT], "Thiếu chỉ tiêu"
        )
    until = timezone.now() + datetime.timedelta(days=3)
    workflow.return_for_changes(
        registration,
        users[demo_accounts.SECRETARIAT],
        "Bổ sung chỉ tiêu về chuyển đổi số.",
        until=until,
    )
    page = client.get(registration_url(campaign)).content.decode()
    assert "Bổ sung chỉ tiêu về chuyển đổi số." in page
    data = filled_form(client, campaign, action="submit")
    data.update(
        {
            "indicators-TOTAL_FORMS": str(int(data["indicators-TOTAL_FORMS"]) + 1),
        }
    )
    index = int(data["indicators-TOTAL_FORMS"]) - 1
    data.update(
        {
            f"indicators-{index}-content": "Tỷ lệ hồ sơ nộp trực tuyến",
            f"indicators-{index}-measure": "%",
            f"indicators-{index}-planned_value": "80",
        }
    )
    response = client.post(client.post(registration_url(campaign), data)["Location"])
    assert response.status_code == 303
    registration.refresh_from_db()
    assert registration.state == SubmissionState.SUBMITTED
    assert registration.version == 2
    assert registration.is_late
    first, second = registration.versions.all()
    assert len(first.data["indicators"]) == 3
    assert len(second.data["indicators"]) >= 4
    old = client.get(registration_url(campaign, "lan-gui/1/")).content.decode()
    assert "Tỷ lệ hồ sơ nộp trực tuyến" not in old and "Bản đã gửi lần thứ 1" in old
    assert (
        "Tỷ lệ hồ sơ nộp trực tuyến"
        in client.get(registration_url(campaign, "lan-gui/2/")).content.decode()
    )
    actions = list(registration.log_entries.values_list("action", "user__username"))
    assert actions[-2] == (SubmissionLog.Action.RETURNED, demo_accounts.SECRETARIAT)
    assert actions[-1][0] == SubmissionLog.Action.SUBMITTED


def test_a_campaign_not_yet_open_is_not_shown(client, officer):
    later = CampaignFactory(opens_at=timezone.now() + datetime.timedelta(days=3))
    assert client.get(registration_url(later)).status_code == 404


# Importing individuals ---------------------------------------------------------------------


def xlsx_upload(rows, name="ca-nhan.xlsx"):
    workbook = Workbook()
    sheet = workbook.active
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return SimpleUploadedFile(name, buffer.getvalue())


HEADING = ["Họ và tên", "Chức vụ, nơi công tác", "Danh hiệu đăng ký"]


def test_importing_individuals_checks_every_row_first(client, officer, unit, campaign):
    bad = xlsx_upload(
        [
            HEADING,
            ["Vi Thị Hạnh", "Văn thư", "Chiến sĩ thi đua cơ sở"],
            ["", "Kế toán", "Lao động tiên tiến"],
            ["Hà Văn Tú", "Lái xe", "Anh hùng Lao động"],
        ]
    )
    response = client.post(registration_url(campaign, "nhap-ca-nhan/"), {"file": bad})
    assert response.status_code == 400
    html = response.content.decode()
    assert "Lỗi trong tệp (chưa nhập dòng nào)" in html
    errors = response.context["import_errors"]
    assert [(e.row, e.column) for e in errors] == [
        (3, "Họ và tên"),
        (4, "Danh hiệu đăng ký"),
    ]
    assert not RegisteredIndividual.objects.filter(registration__unit=unit).exists()

    good = xlsx_upload(
        [
            HEADING,
            ["Vi Thị Hạnh", "Văn thư", "chien si thi dua co so"],
            ["Hà Văn Tú", "Lái xe", "Lao động tiên tiến"],
        ]
    )
    response = client.post(registration_url(campaign, "nhap-ca-nhan/"), {"file": good})
    assert response.status_code == 303
    registration = Registration.objects.get(campaign=campaign, unit=unit)
    assert list(registration.individuals.values_list("full_name", "title__name")) == [
        ("Vi Thị Hạnh", "Chiến sĩ thi đua cơ sở"),
        ("Hà Văn Tú", "Lao động tiên tiến"),
    ]


def test_an_unreadable_import_file_is_refused_clearly(client, officer, campaign):
    fake = SimpleUploadedFile("ca-nhan.xlsx", b"PK\x03\x04 not really a workbook")
    response = client.post(registration_url(campaign, "nhap-ca-nhan/"), {"file": fake})
    assert response.status_code == 400
    assert "Không đọc được tệp XLSX." in response.content.decode()


def test_the_import_template_reads_back(client):
    response = client.get("/dang-ky-thi-dua/mau-danh-sach-ca-nhan/")
    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(response.content)).active
    assert [cell.value for cell in sheet[1]] == HEADING


# Whose data: the unit comes from the account, never from the address ------------------------


def test_an_officer_only_reaches_the_units_own_records(client, unit, campaign):
    other_unit = UnitFactory(name="Sở Tài chính thử nghiệm")
    theirs = registration_with_rows(campaign, other_unit)
    workflow.submit(theirs, None)
    their_person = theirs.individuals.first()
    client.force_login(officer_for(unit))

    # The same addresses show the officer's own (empty) record, never the other unit's.
    form = client.get(registration_url(campaign)).content.decode()
    assert their_person.full_name not in form
    for suffix in ("da-gui/", "ban-in/", "lan-gui/1/"):
        response = client.get(registration_url(campaign, suffix))
        assert response.status_code == 404, suffix
        assert their_person.full_name not in response.content.decode()

    # A form naming the other unit's row changes nothing of theirs.
    data = filled_form(client, campaign)
    data.update(
        {
            "individuals-0-id": str(their_person.pk),
            "individuals-0-full_name": "Đã bị sửa",
            "unit": str(other_unit.pk),
            "campaign": "999999",
        }
    )
    client.post(registration_url(campaign), data)
    their_person.refresh_from_db()
    assert their_person.full_name != "Đã bị sửa"
    assert their_person.registration_id == theirs.pk
    assert Registration.objects.get(pk=theirs.pk).state == SubmissionState.SUBMITTED
    mine = Registration.objects.filter(unit=unit, campaign=campaign).first()
    assert mine is None or mine.unit == unit


UNIT_URLS = [
    "dang-ky/{campaign}/",
    "dang-ky/{campaign}/nhap-ca-nhan/",
    "dang-ky/{campaign}/da-gui/",
    "dang-ky/{campaign}/ban-in/",
    "dang-ky/{campaign}/lan-gui/1/",
    "bao-cao/{window}/",
    "bao-cao/{window}/da-gui/",
    "bao-cao/{window}/ban-in/",
    "bao-cao/{window}/lan-gui/1/",
    "bao-cao/{window}/tep/1/",
    "bao-cao/{window}/tep/1/xoa/",
]


@pytest.mark.parametrize("path", UNIT_URLS)
@pytest.mark.parametrize("method", ["get", "post"])
def test_unit_pages_need_a_unit_officer(client, users, path, method):
    from tests.registrations.factories import ReportWindowFactory

    window = ReportWindowFactory()
    url = "/dang-ky-thi-dua/" + path.format(campaign=window.campaign_id, window=window.pk)
    response = getattr(client, method)(url)
    assert response.status_code == 302
    assert response["Location"].startswith("/tai-khoan/dang-nhap/?next=")
    for staff in (demo_accounts.SECRETARIAT, demo_accounts.EDITOR, demo_accounts.APPROVER, "admin"):
        client.force_login(users[staff])
        response = getattr(client, method)(url)
        assert response.status_code == 403, (staff, url)
        assert "không thuộc đơn vị nào" in response.content.decode()
    assert not Registration.objects.filter(campaign=window.campaign).exists()


def test_after_the_deadline_a_draft_is_shown_read_only_with_the_reason(client, officer, unit):
    campaign = CampaignFactory()
    registration_with_rows(campaign, unit)
    campaign.deadline = timezone.now() - datetime.timedelta(minutes=1)
    campaign.save()
    html = client.get(registration_url(campaign)).content.decode()
    assert "Đã hết hạn gửi nên không sửa được nữa." in html
    assert 'id="dang-ky-form"' not in html
    assert "Cán bộ thử nghiệm 1" in html  # what was saved is still there to read


def test_the_form_page_makes_the_same_queries_however_many_rows(client, officer, unit, campaign):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    registration = registration_with_rows(campaign, unit, individuals=2, indicators=2)

    def count():
        client.get(registration_url(campaign))
        with CaptureQueriesContext(connection) as queries:
            assert client.get(registration_url(campaign)).status_code == 200
        return len(queries)

    before = count()
    title = campaign.individual_titles.first()
    for index in range(10):
        RegisteredIndividual.objects.create(
            registration=registration, full_name=f"Người thứ {index}", title=title
        )
    assert count() == before


@pytest.mark.parametrize("path", UNIT_URLS)
@pytest.mark.parametrize("method", ["get", "post"])
def test_another_units_officer_never_reaches_a_units_records(client, path, method):
    """Unit A has sent its registration and its report (with a PDF); B's officer tries every
    address of the units' area with A's campaign, window and attachment: B sees only B's own
    (empty) records, and nothing of A changes."""
    from django.core.files.base import ContentFile

    from registrations.models import ReportAttachment, ResultReport
    from registrations.views.reports import start_report
    from tests.consultations.factories import MINIMAL_PDF
    from tests.registrations.factories import ReportWindowFactory

    window = ReportWindowFactory()
    unit_a, unit_b = UnitFactory(), UnitFactory()
    registration = registration_with_rows(window.campaign, unit_a)
    workflow.submit(registration, None)
    report = start_report(window, unit_a, None)
    report.proposals = "Đề xuất bí mật của đơn vị A"
    report.save()
    attachment = ReportAttachment(report=report, original_name="a.pdf", size=len(MINIMAL_PDF))
    attachment.file.save("a.pdf", ContentFile(MINIMAL_PDF), save=False)
    attachment.save()
    workflow.submit(report, None)
    registration.refresh_from_db()
    report.refresh_from_db()
    secrets = [
        registration.reference_code,
        report.reference_code,
        "Cán bộ thử nghiệm 1",
        "Đề xuất bí mật của đơn vị A",
    ]

    client.force_login(officer_for(unit_b))
    url = "/dang-ky-thi-dua/" + path.format(campaign=window.campaign_id, window=window.pk)
    url = url.replace("/tep/1/", f"/tep/{attachment.pk}/")
    response = getattr(client, method)(url, {"action": "submit", "proposals": "Sửa"})
    assert response.status_code in (200, 303, 400, 404), response.status_code
    if response.status_code in (200, 400) and not response.streaming:
        html = response.content.decode()
        for secret in secrets:
            assert secret not in html
    assert not getattr(response, "streaming", False)  # A's file is never sent
    registration.refresh_from_db()
    report.refresh_from_db()
    assert registration.state == report.state == SubmissionState.SUBMITTED
    assert registration.version == report.version == 1
    assert report.proposals == "Đề xuất bí mật của đơn vị A"
    assert ReportAttachment.objects.filter(pk=attachment.pk).exists()
    assert not ResultReport.objects.filter(unit=unit_b, state=SubmissionState.SUBMITTED).exists()
