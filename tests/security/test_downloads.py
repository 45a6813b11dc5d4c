"""Path traversal and other people's files on every download: documents under /tai-lieu/,
question attachments (office), report attachments (the unit's own and the office's), the
import templates and the static files. Encoded "..", absolute paths and other objects' ids
answer 403/404 (or the sign-in), never a file from outside the storage."""

import pytest
from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.utils import timezone
from wagtail.documents.models import Document

from consultations.models import Question
from registrations import workflow
from registrations.models import ReportAttachment, ResultReport
from registrations.views.reports import start_report
from tests.consultations.factories import MINIMAL_PDF
from tests.registrations.factories import (
    ClusterFactory,
    ReportWindowFactory,
    UnitFactory,
    officer_for,
    registration_with_rows,
)
from tests.security.payloads import text_of

pytestmark = pytest.mark.django_db

TRAVERSALS = [
    "..%2F..%2F..%2Fetc%2Fpasswd",
    "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
    "%2e%2e/%2e%2e/etc/passwd",
    "..%5C..%5Cportal%5Csettings%5Cbase.py",
    "%252e%252e%252fetc%252fpasswd",
    "/etc/passwd",
    "%2Fetc%2Fpasswd",
    "....//....//etc/passwd",
    "..%00.pdf",
]
OUTSIDE = (b"root:x:0:0", b"SECRET_KEY", b"DATABASES")


def assert_refused(response, url, allowed=(400, 403, 404), client=None):
    if response.status_code == 301 and client is not None:
        # Django adds the missing slash: a redirect on this site, refused in turn.
        location = response["Location"]
        assert location.startswith("/") and not location.startswith("//"), location
        response = client.get(location)
    assert response.status_code in allowed, (url, response.status_code)
    content = text_of(response).encode() if response.status_code != 200 else b""
    for marker in OUTSIDE:
        assert marker not in content, url


@pytest.fixture
def document():
    document = Document(title="Mẫu báo cáo thành tích")
    document.file.save("mau-bao-cao.pdf", ContentFile(MINIMAL_PDF), save=False)
    document.save()
    return document


@pytest.mark.parametrize("evil", TRAVERSALS)
def test_documents_serve_only_their_own_file(client, document, evil):
    assert client.get(f"/tai-lieu/{document.pk}/{document.filename}").status_code == 200
    for url in (
        f"/tai-lieu/{document.pk}/{evil}",
        f"/tai-lieu/{document.pk}/{evil}/{document.filename}",
        f"/tai-lieu/{evil}/{document.filename}",
        f"/tai-lieu/{document.pk + 10_000}/{document.filename}",
    ):
        assert_refused(client.get(url), url, client=client)


@pytest.mark.parametrize("evil", TRAVERSALS)
def test_static_and_media_addresses(client, evil):
    for url in (f"/static/{evil}", f"/static/css/{evil}", f"/media/{evil}"):
        assert_refused(client.get(url), url, client=client)


@pytest.fixture
def question_with_attachment():
    question = Question.objects.create(
        name="Hà Văn Lâm", email="lam@example.vn", text="Câu hỏi.", consent_at=timezone.now()
    )
    question.attachment.save("dinh-kem.pdf", SimpleUploadedFile("x.pdf", MINIMAL_PDF))
    return question


def test_question_attachments_by_id_only(secretary, question_with_attachment):
    base = "/admin/y-kien/cau-hoi/"
    assert secretary.get(f"{base}{question_with_attachment.pk}/tep-dinh-kem/").status_code == 200
    without = Question.objects.create(name="A", email="a@example.vn", text="?")
    for url in [
        f"{base}{without.pk}/tep-dinh-kem/",
        f"{base}{question_with_attachment.pk + 10_000}/tep-dinh-kem/",
        *(f"{base}{evil}/tep-dinh-kem/" for evil in TRAVERSALS),
        f"{base}{question_with_attachment.pk}/tep-dinh-kem/{TRAVERSALS[0]}",
    ]:
        assert_refused(secretary.get(url), url, client=secretary)


def test_a_question_attachment_is_stored_under_the_servers_name(client):
    """Whatever the file is called on the citizen's computer, it is stored inside the private
    storage under a name the server makes."""
    from tests.consultations.helpers import form_fields

    page = client.get("/hoi-dap/gui-cau-hoi/")
    upload = SimpleUploadedFile("../../../../tmp/../etc/passwd.pdf", MINIMAL_PDF)
    data = {
        **form_fields(page.content.decode()),
        "kind": "question",
        "name": "Đinh Văn Tuấn",
        "email": "tuan.dinh@example.vn",
        "comment": "Câu hỏi có tệp kèm.",
        "consent": "on",
        "attachment": upload,
    }
    assert client.post("/hoi-dap/gui-cau-hoi/", data).status_code == 303
    question = Question.objects.get(email="tuan.dinh@example.vn")
    stored = question.attachment.path
    assert ".." not in question.attachment.name and "passwd" not in question.attachment.name
    assert stored.startswith(str(settings.PRIVATE_MEDIA_ROOT))


@pytest.fixture
def two_units_reports(client):
    """Units A and B with a report each and one PDF each, in an open window."""
    window = ReportWindowFactory()
    reports = {}
    for label in ("a", "b"):
        unit = UnitFactory()
        ClusterFactory(members=[unit])
        user = officer_for(unit)
        registration = registration_with_rows(window.campaign, unit)
        workflow.submit(registration, user)
        workflow.accept(registration, user)
        report = start_report(window, unit, user)
        attachment = ReportAttachment(
            report=report, original_name="../../bao-cao.pdf", size=len(MINIMAL_PDF)
        )
        attachment.file.save(f"bao-cao-{label}.pdf", ContentFile(MINIMAL_PDF), save=False)
        attachment.save()
        reports[label] = {"report": report, "user": user, "attachment": attachment}
    return window, reports


def test_report_attachments_of_the_unit_and_the_office(two_units_reports, secretary):
    window, reports = two_units_reports
    a, b = reports["a"], reports["b"]
    officer = Client()
    officer.force_login(a["user"])
    own = f"/dang-ky-thi-dua/bao-cao/{window.pk}/tep/{a['attachment'].pk}/"
    response = officer.get(own)
    assert response.status_code == 200
    # The person's file name is only a label: no path reaches the download's name.
    assert "attachment" in response["Content-Disposition"]
    assert (
        ".." not in response["Content-Disposition"]
        and "/" not in (response["Content-Disposition"].split("filename", 1)[1])
    )
    unit_urls = [
        f"/dang-ky-thi-dua/bao-cao/{window.pk}/tep/{b['attachment'].pk}/",
        f"/dang-ky-thi-dua/bao-cao/{window.pk + 10_000}/tep/{a['attachment'].pk}/",
        *(f"/dang-ky-thi-dua/bao-cao/{window.pk}/tep/{evil}/" for evil in TRAVERSALS),
        f"/dang-ky-thi-dua/bao-cao/{window.pk}/tep/{a['attachment'].pk}/{TRAVERSALS[0]}",
    ]
    for url in unit_urls:
        assert_refused(officer.get(url), url, client=officer)

    office = "/admin/dang-ky-thi-dua/bao-cao/"
    a_pk, b_pk = a["report"].pk, b["report"].pk
    assert secretary.get(f"{office}{a_pk}/tep/{a['attachment'].pk}/").status_code == 200
    for url in [
        f"{office}{a_pk}/tep/{b['attachment'].pk}/",  # B's file through A's report
        f"{office}{b_pk + 10_000}/tep/{b['attachment'].pk}/",
        *(f"{office}{a_pk}/tep/{evil}/" for evil in TRAVERSALS),
    ]:
        assert_refused(secretary.get(url), url, client=secretary)


def test_a_report_attachment_uploaded_with_a_path_is_stored_under_the_servers_name(
    unit_setting,
):
    window, unit = unit_setting["window"], unit_setting["unit"]
    registration = registration_with_rows(window.campaign, unit)
    workflow.submit(registration, None)
    workflow.accept(registration, None)
    officer = Client()
    officer.force_login(unit_setting["user"])
    url = f"/dang-ky-thi-dua/bao-cao/{window.pk}/"
    from tests.registrations.helpers import form_data

    data = form_data(officer.get(url).content.decode(), "bao-cao-form")
    data["attachment"] = SimpleUploadedFile(
        "..\\..\\..\\etc\\passwd.pdf", MINIMAL_PDF, content_type="application/pdf"
    )
    assert officer.post(url, data).status_code == 303
    attachment = ResultReport.objects.get(window=window, unit=unit).attachments.get()
    assert ".." not in attachment.file.name and "\\" not in attachment.original_name
    assert "/" not in attachment.original_name
    assert attachment.file.path.startswith(str(settings.PRIVATE_MEDIA_ROOT))


def test_templates_and_exports_take_no_file_names(client, secretary, unit_setting):
    for url in (
        "/admin/khen-thuong/mau-danh-sach.%2e%2e",
        "/admin/khen-thuong/mau-danh-sach.py",
        "/admin/khen-thuong/mau-danh-sach.xlsx%2F..%2F..%2Fetc%2Fpasswd",
        "/admin/can-bo-don-vi/nhap-tu-tep/mau.xlsx%2F..%2Fbase.py",
        "/dang-ky-thi-dua/mau-danh-sach-ca-nhan/..%2F..%2Fetc%2Fpasswd",
        "/tra-cuu/tai-ve/..%2F..%2Fetc%2Fpasswd/",
        "/thong-ke/tai-ve/%2e%2e/",
    ):
        assert_refused(secretary.get(url), url, client=secretary)
    assert secretary.get("/admin/khen-thuong/mau-danh-sach.csv").status_code == 200
    # The office's workbook is chosen by ids; someone else's or a missing one is not found.
    missing = {"campaign": "999999", "window": "../../etc/passwd"}
    response = secretary.get("/admin/dang-ky-thi-dua/xuat-excel/", missing)
    assert response.status_code in (200, 404)
