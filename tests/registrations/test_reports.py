"""Result reports: actual values per pledged indicator, self-scores bounded by the cluster's
criteria and totalled, PDF attachments checked by content and never served to others."""

from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from registrations import workflow
from registrations.models import CriterionScore, ResultReport, SubmissionState
from tests.consultations.factories import MINIMAL_PDF
from tests.registrations.factories import (
    ClusterFactory,
    ReportWindowFactory,
    UnitFactory,
    criteria_for,
    officer_for,
    registration_with_rows,
)
from tests.registrations.helpers import form_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def setting(client):
    """A unit with an accepted registration (three indicators), in a cluster with a
    criteria table of 30 + 50 + 20 points, and an open report window."""
    window = ReportWindowFactory()
    unit = UnitFactory(name="Ủy ban nhân dân huyện Thử Nghiệm")
    cluster = ClusterFactory(members=[unit])
    criteria = criteria_for(cluster)
    registration = registration_with_rows(window.campaign, unit)
    workflow.submit(registration, None)
    workflow.accept(registration, None)
    client.force_login(officer_for(unit))
    return {"window": window, "unit": unit, "cluster": cluster, "criteria": criteria}


def report_url(window, suffix=""):
    return f"/dang-ky-thi-dua/bao-cao/{window.pk}/{suffix}"


def filled_report(client, window, criteria, points=("25", "40,5", "20"), **changes):
    page = client.get(report_url(window))
    assert page.status_code == 200
    data = form_data(page.content.decode(), "bao-cao-form")
    data.update(
        {
            "situation": "Đơn vị có 45 cán bộ, công chức; địa bàn rộng, giao thông khó khăn.",
            "results": "Hoàn thành 100% nhiệm vụ chính trị được giao trong 6 tháng đầu năm.",
            "strengths": "Cải cách hành chính có chuyển biến rõ.",
            "limitations": "Một số chỉ tiêu còn chậm.",
            "causes": "Nguồn lực hạn chế.",
            "lessons": "Phát huy vai trò người đứng đầu.",
            "proposals": "Đề nghị hỗ trợ kinh phí chuyển đổi số.",
            "results-0-actual_value": "99",
            "results-1-actual_value": "7",
            "results-2-actual_value": "13,5",
            "action": "save",
        }
    )
    for criterion, value in zip(criteria, points, strict=True):
        data[f"scores-criterion_{criterion.pk}"] = value
    data.update(changes)
    return data


def test_report_with_actuals_scores_and_total(client, setting, django_capture_on_commit_callbacks):
    window, criteria = setting["window"], setting["criteria"]
    data = filled_report(client, window, criteria, action="submit")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(report_url(window), data)
        assert response["Location"] == report_url(window, "gui/")  # confirm first
        response = client.post(response["Location"])
    assert response.status_code == 303
    report = ResultReport.objects.get(window=window, unit=setting["unit"])
    assert report.state == SubmissionState.SUBMITTED
    assert report.reference_code.startswith("BC-")
    assert report.score_total == Decimal("85.5")
    assert report.cluster == setting["cluster"]
    actuals = [r.actual_value for r in report.indicator_results.all()]
    assert actuals == [Decimal("99"), Decimal("7"), Decimal("13.5")]
    version = report.versions.get()
    assert version.data["score_total"] == "85.50"
    assert version.data["narrative"]["proposals"].startswith("Đề nghị hỗ trợ")
    printed = client.get(report_url(window, "ban-in/")).content.decode()
    assert "BÁO CÁO KẾT QUẢ THI ĐUA" in printed and "85,5" in printed


@pytest.mark.parametrize(
    "points, message",
    [
        (("31", "40", "20"), "Tối đa 30"),
        (("-1", "40", "20"), "Điểm không được âm."),
        (("abc", "40", "20"), "Nhập một số"),
    ],
)
def test_scores_are_bounded_by_each_criterion(client, setting, points, message):
    window, criteria = setting["window"], setting["criteria"]
    response = client.post(report_url(window), filled_report(client, window, criteria, points))
    assert response.status_code == 400
    html = response.content.decode()
    assert message in html
    assert points[0] in html  # kept as typed
    assert not CriterionScore.objects.filter(report__unit=setting["unit"]).exists()


def test_submitting_needs_every_criterion_scored(client, setting):
    window, criteria = setting["window"], setting["criteria"]
    data = filled_report(client, window, criteria, ("20", "", "10"), action="submit")
    response = client.post(report_url(window), data)
    assert response.status_code == 400
    assert "Cần chấm điểm khi gửi báo cáo." in response.content.decode()
    # A draft may leave one out; the total counts what is there.
    data["action"] = "save"
    assert client.post(report_url(window), data).status_code == 303
    assert ResultReport.objects.get(window=window).score_total == Decimal("30")


def test_attachments_are_pdf_only_and_private(client, setting, users):
    window, criteria = setting["window"], setting["criteria"]
    data = filled_report(client, window, criteria)
    data["attachment"] = SimpleUploadedFile("bao-cao.pdf", b"MZ\x90\x00 not a pdf")
    response = client.post(report_url(window), data)
    assert response.status_code == 400
    assert "Chỉ nhận tệp PDF" in response.content.decode()

    data = filled_report(client, window, criteria)
    data["attachment"] = SimpleUploadedFile("Bảng tổng hợp ../../etc.pdf", MINIMAL_PDF)
    assert client.post(report_url(window), data).status_code == 303
    report = ResultReport.objects.get(window=window)
    attachment = report.attachments.get()
    assert "/" not in attachment.original_name and ".." not in attachment.file.name
    download = client.get(report_url(window, f"tep/{attachment.pk}/"))
    assert download.status_code == 200
    assert download["Content-Type"] == "application/pdf"
    assert download["Content-Disposition"].startswith("attachment")
    assert b"".join(download.streaming_content).startswith(b"%PDF-")

    # Another unit's officer, with the same address, gets nothing.
    other = UnitFactory()
    client.force_login(officer_for(other))
    assert client.get(report_url(window, f"tep/{attachment.pk}/")).status_code == 404
    assert client.post(report_url(window, f"tep/{attachment.pk}/xoa/")).status_code == 404
    assert report.attachments.count() == 1
    # Nor does a visitor: the file is not under the public media.
    client.logout()
    response = client.get(report_url(window, f"tep/{attachment.pk}/"))
    assert response.status_code == 302
    assert client.get("/media/" + attachment.file.name).status_code == 404


def test_another_units_rows_cannot_be_changed_through_the_form(client, setting):
    window, criteria = setting["window"], setting["criteria"]
    other = UnitFactory()
    registration = registration_with_rows(window.campaign, other)
    workflow.submit(registration, None)
    from registrations.views.reports import start_report

    theirs = start_report(window, other, None)
    their_result = theirs.indicator_results.first()
    data = filled_report(client, window, criteria)
    data["results-0-id"] = str(their_result.pk)
    data["results-0-actual_value"] = "1"
    client.post(report_url(window), data)
    their_result.refresh_from_db()
    assert their_result.actual_value is None


def test_the_report_closes_at_its_deadline(client, setting):
    import datetime

    from django.utils import timezone

    window, criteria = setting["window"], setting["criteria"]
    data = filled_report(client, window, criteria, action="submit")
    window.deadline = timezone.now() - datetime.timedelta(seconds=1)
    window.save()
    response = client.post(report_url(window), data)
    assert response.status_code == 403
    html = response.content.decode()
    assert "Đã quá hạn" in html and "Đề nghị hỗ trợ kinh phí chuyển đổi số." in html
    assert ResultReport.objects.get(window=window).state == SubmissionState.DRAFT


def test_a_draft_report_follows_later_pledges_and_cluster(client):
    """Started before the unit joined a cluster and before its returned registration gained an
    indicator: the draft picks both up."""
    from registrations.models import PledgedIndicator

    window = ReportWindowFactory()
    unit = UnitFactory()
    registration = registration_with_rows(window.campaign, unit, indicators=1)
    client.force_login(officer_for(unit))
    client.get(report_url(window))
    report = ResultReport.objects.get(window=window, unit=unit)
    assert report.cluster is None and report.indicator_results.count() == 1

    cluster = ClusterFactory(year=window.campaign.year, members=[unit])
    criteria_for(cluster)
    PledgedIndicator.objects.create(
        registration=registration, content="Chỉ tiêu bổ sung", measure="%", planned_value=50
    )
    html = client.get(report_url(window)).content.decode()
    report.refresh_from_db()
    assert report.cluster == cluster
    assert report.indicator_results.count() == 2
    assert "Chỉ tiêu bổ sung" in html and "Tiêu chí 1" in html
