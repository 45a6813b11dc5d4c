"""Staff actions reach Wagtail's audit log ("Lịch sử thao tác"): moderation with its reason,
reviews of registrations, officer invitations, imports and every export of personal data."""

from io import BytesIO

import pytest
from django.contrib.contenttypes.models import ContentType
from openpyxl import load_workbook
from wagtail.models import ModelLogEntry, PageLogEntry

from consultations import moderation
from consultations.models import PortalComment, Question
from demo import accounts as demo_accounts
from registrations import workflow
from registrations.accounts import create_officer, invite_officer
from registrations.importing import units as unit_import
from registrations.models import Unit
from tests.consultations.test_moderation import opinion
from tests.registrations.factories import (
    CampaignFactory,
    UnitFactory,
    officer_for,
    registration_with_rows,
)
from tests.registrations.test_accounts import row, upload

pytestmark = pytest.mark.django_db


def entries(instance):
    return list(
        ModelLogEntry.objects.filter(
            content_type=ContentType.objects.get_for_model(instance), object_id=str(instance.pk)
        ).order_by("pk")
    )


def model_entries(model, action):
    return ModelLogEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(ContentType),
        object_id=str(ContentType.objects.get_for_model(model).pk),
        action=action,
    )


@pytest.fixture
def nominees(section):
    from tests.consultations.factories import ConsultationPageFactory, NomineePageFactory

    consultation = ConsultationPageFactory(parent=section("lay-y-kien"))
    return [NomineePageFactory(parent=consultation)]


def test_every_moderation_step_is_in_the_audit_log(nominees, users):
    secretary = users[demo_accounts.SECRETARIAT]
    first, second, third = (opinion(nominees[0], n) for n in range(3))
    moderation.approve([first], secretary)
    moderation.reject([second], secretary, "abusive", "Lời lẽ xúc phạm")
    moderation.mark_for_verification([third], secretary)
    moderation.reply_officially(first, secretary, "Hội đồng đã tiếp thu.")

    assert [(e.action, e.user) for e in entries(first)] == [
        ("tdkt.moderation.approve", secretary),
        ("tdkt.moderation.reply", secretary),
    ]
    (rejected,) = entries(second)
    assert rejected.action == "tdkt.moderation.reject"
    assert rejected.data == {"reason": "abusive", "note": "Lời lẽ xúc phạm"}
    assert second.reference_code in rejected.label
    assert entries(third)[0].action == "tdkt.moderation.verify"


def test_the_site_history_shows_staff_actions_in_vietnamese(client, nominees, users):
    moderation.reject([opinion(nominees[0], 1)], users[demo_accounts.SECRETARIAT], "spam")
    client.force_login(users["admin"])
    html = client.get("/admin/reports/site-history/").content.decode()
    assert "Không đăng ý kiến" in html


def test_reviews_of_registrations_are_in_the_audit_log(users):
    campaign, unit = CampaignFactory(), UnitFactory()
    officer = officer_for(unit)
    registration = workflow.submit(registration_with_rows(campaign, unit), officer)[0]
    workflow.return_for_changes(
        registration, users[demo_accounts.SECRETARIAT], "Thiếu danh sách cá nhân."
    )
    actions = [(e.action, e.user) for e in entries(registration)]
    assert actions == [
        ("tdkt.submission.submitted", officer),
        ("tdkt.submission.returned", users[demo_accounts.SECRETARIAT]),
    ]
    assert entries(registration)[1].data == {"note": "Thiếu danh sách cá nhân."}


def test_invitations_and_unit_imports_are_in_the_audit_log(rf, users):
    request = rf.post("/")
    request.user = users[demo_accounts.SECRETARIAT]
    officer = create_officer(UnitFactory(), "Đinh Văn Hùng", "dinh.hung.audit", "h@example.vn")
    invite_officer(officer, request)
    (invited,) = entries(officer)
    assert (
        invited.action == "tdkt.officer.invited"
        and invited.user == users[demo_accounts.SECRETARIAT]
    )
    assert "Đinh Văn Hùng" in invited.label

    upload_file = upload([row("KT-AUDIT", "Sở Kiểm thử Nhật ký")])
    planned, errors = unit_import.validate(unit_import.read_rows(upload_file))
    assert not errors
    unit_import.save(planned, request)
    (imported,) = model_entries(Unit, "tdkt.import")
    assert imported.user == users[demo_accounts.SECRETARIAT]
    assert imported.data == {"created": 1, "updated": 0, "officers": 0}


def test_exports_of_personal_data_are_in_the_audit_log_and_laid_out(client, nominees, users):
    opinion(nominees[0], 1)
    client.force_login(users[demo_accounts.SECRETARIAT])
    response = client.get("/admin/y-kien/", {"export": "xlsx", "moderation_state": ""})
    assert response.status_code == 200
    assert 'filename="y-kien-va-binh-luan-kiem-duyet-' in response["Content-Disposition"]
    sheet = load_workbook(BytesIO(response.content)).worksheets[0]
    assert sheet["A1"].value.startswith("Ý kiến và bình luận kiểm duyệt (xuất lúc ")
    assert sheet["A2"].value == "Mã" and sheet["A2"].font.bold and sheet.freeze_panes == "A3"
    assert sheet.cell(row=3, column=11).number_format == "DD/MM/YYYY HH:MM"
    (exported,) = model_entries(PortalComment, "tdkt.export")
    assert exported.user == users[demo_accounts.SECRETARIAT] and exported.data["format"] == "xlsx"
    assert exported.data["rows"] == PortalComment.objects.filter(is_official_reply=False).count()

    client.get("/admin/snippets/consultations/question/", {"export": "csv"})
    assert model_entries(Question, "tdkt.export").get().data["format"] == "csv"

    consultation = nominees[0].get_parent()
    client.get(f"/admin/y-kien/bao-cao/{consultation.pk}/xlsx/")
    assert (
        PageLogEntry.objects.get(page=consultation, action="tdkt.export").user
        == users[demo_accounts.SECRETARIAT]
    )

    campaign = CampaignFactory()
    response = client.get("/admin/dang-ky-thi-dua/xuat-excel/", {"campaign": campaign.pk})
    assert response.status_code == 200
    assert entries(campaign)[-1].action == "tdkt.export"
