"""The council office's review in the admin: overview and statuses, a record in full, return,
accept and reopen, the clusters' ranking, the council's workbook, and who may see any of it."""

import datetime
from decimal import Decimal
from io import BytesIO

import pytest
from django.contrib.messages import get_messages
from django.core import mail
from django.core.files.base import ContentFile
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook

from demo import accounts as demo_accounts
from registrations import workflow
from registrations.admin_views.urls import OfficeMenuItem
from registrations.models import (
    CriterionScore,
    IndicatorResult,
    Registration,
    ReportAttachment,
    ResultReport,
    SubmissionLog,
    SubmissionState,
)
from registrations.review import OfficeStatus
from registrations.views.reports import start_report
from tests.factories import UserFactory
from tests.registrations.factories import (
    CampaignFactory,
    ClusterFactory,
    ReportWindowFactory,
    UnitFactory,
    criteria_for,
    officer_for,
    registration_with_rows,
)

pytestmark = pytest.mark.django_db

DAY = datetime.timedelta(days=1)
LOGIN = reverse("wagtailadmin_login")
ADMIN_HOME = reverse("wagtailadmin_home")


def url(name, *args):
    return reverse(f"registrations_office:{name}", args=args)


def local_input(value):
    """What a datetime-local field sends: the province's wall-clock time."""
    return timezone.localtime(value).strftime("%Y-%m-%dT%H:%M")


def message_texts(response):
    return [str(message) for message in get_messages(response.wsgi_request)]


def close(period):
    """Move a campaign's or window's deadline into the past (it opened before)."""
    period.deadline = timezone.now() - datetime.timedelta(hours=1)
    period.save(update_fields=["deadline"])


@pytest.fixture
def secretary(client, users):
    client.force_login(users[demo_accounts.SECRETARIAT])
    return client


@pytest.fixture
def campaign():
    return CampaignFactory()


@pytest.fixture
def unit():
    return UnitFactory()


@pytest.fixture
def officer(unit):
    return officer_for(unit)


@pytest.fixture
def submitted(campaign, unit, officer):
    registration = registration_with_rows(campaign, unit)
    return workflow.submit(registration, officer)[0]


def sent_report(window, unit, officer, points=(Decimal("20"), Decimal("40"))):
    """A report started and sent as the unit would: indicator rows, scores, one PDF."""
    report = start_report(window, unit, officer)
    for result in report.indicator_results.all():
        result.actual_value = Decimal("95")
        result.save()
    for criterion, value in zip(report.cluster.criteria.all(), points, strict=False):
        CriterionScore.objects.create(report=report, criterion=criterion, points=value)
    attachment = ReportAttachment(report=report, original_name="bao-cao.pdf", size=12)
    attachment.file.save("thu-nghiem.pdf", ContentFile(b"%PDF-1.4 thu"), save=False)
    attachment.save()
    report.situation = "Đơn vị có 120 cán bộ."
    report.save()
    return workflow.submit(report, officer)[0]


# Who may use the office's views ------------------------------------------------------------


@pytest.fixture
def office_urls(campaign, unit, officer, submitted):
    cluster = ClusterFactory(members=[unit])
    criteria_for(cluster)
    window = ReportWindowFactory(campaign=campaign)
    report = sent_report(window, unit, officer)
    other = UnitFactory()
    get_urls = [
        url("index"),
        url("index") + f"?campaign={campaign.pk}&window={window.pk}",
        url("ranking") + f"?campaign={campaign.pk}&window={window.pk}",
        url("export") + f"?campaign={campaign.pk}&window={window.pk}",
        url("registration", submitted.pk),
        url("registration_version", submitted.pk, 1),
        url("registration_reopen", campaign.pk, other.pk),
        url("report", report.pk),
        url("report_version", report.pk, 1),
        url("report_attachment", report.pk, report.attachments.get().pk),
        url("report_reopen", window.pk, other.pk),
    ]
    post_urls = [
        (url("registration_return", submitted.pk), {"reason": "Thiếu chỉ tiêu."}),
        (url("registration_accept", submitted.pk), {}),
        (url("report_return", report.pk), {"reason": "Thiếu số liệu."}),
        (url("report_accept", report.pk), {}),
        (
            url("registration_reopen", campaign.pk, other.pk),
            {"until": local_input(timezone.now() + 5 * DAY)},
        ),
        (
            url("report_reopen", window.pk, other.pk),
            {"until": local_input(timezone.now() + 5 * DAY)},
        ),
    ]
    return {"get": get_urls, "post": post_urls, "records": [submitted, report]}


def assert_untouched(office_urls):
    for record in office_urls["records"]:
        record.refresh_from_db()
        assert record.state == SubmissionState.SUBMITTED
    assert not Registration.objects.filter(reopened_until__isnull=False).exists()
    assert not ResultReport.objects.filter(reopened_until__isnull=False).exists()


def test_anonymous_visitors_are_sent_to_the_admin_login(client, office_urls):
    for target in office_urls["get"]:
        response = client.get(target)
        assert response.status_code == 302, target
        assert response["Location"].startswith(LOGIN), target
    for target, data in office_urls["post"]:
        response = client.post(target, data)
        assert response.status_code == 302 and response["Location"].startswith(LOGIN), target
    assert_untouched(office_urls)


@pytest.mark.parametrize(
    ("username", "has_admin"),
    [
        (demo_accounts.EDITOR, True),
        (demo_accounts.APPROVER, True),
        (demo_accounts.UNIT_OFFICER, False),
        ("khongnhom", False),
    ],
)
def test_everyone_but_the_secretariat_is_refused(client, users, office_urls, username, has_admin):
    user = users.get(username) or UserFactory(username=username)
    if username == "khongnhom":
        assert not user.groups.exists() and not user.is_staff
    client.force_login(user)
    # The admin answers a refusal with a redirect and a message (to its home page for staff,
    # to the login for accounts without admin access); scripts get the bare 403.
    refused_to = ADMIN_HOME if has_admin else LOGIN
    for target in office_urls["get"]:
        response = client.get(target)
        assert response.status_code == 302, (username, target)
        assert response["Location"].startswith(refused_to), (username, target)
        assert client.get(target, headers={"x-requested-with": "XMLHttpRequest"}).status_code == 403
    for target, data in office_urls["post"]:
        response = client.post(target, data)
        assert response.status_code == 302 and response["Location"].startswith(refused_to)
        ajax = client.post(target, data, headers={"x-requested-with": "XMLHttpRequest"})
        assert ajax.status_code == 403, (username, target)
    assert_untouched(office_urls)
    assert len(mail.outbox) == 0


def test_the_secretariat_sees_every_office_page(secretary, office_urls):
    for target in office_urls["get"]:
        assert secretary.get(target).status_code == 200, target


def test_the_menu_item_shows_only_with_the_review_permission(users):
    item = OfficeMenuItem("Xét duyệt đăng ký thi đua", url("index"))
    request = RequestFactory().get("/admin/")
    for username, shown in [
        (demo_accounts.SECRETARIAT, True),
        ("admin", True),
        (demo_accounts.EDITOR, False),
    ]:
        request.user = users[username]
        assert item.is_shown(request) is shown, username


# Return, accept, reopen --------------------------------------------------------------------


def test_return_with_reason_lets_the_unit_edit_again(
    secretary, users, submitted, django_capture_on_commit_callbacks
):
    detail = url("registration", submitted.pk)
    with django_capture_on_commit_callbacks(execute=True):
        response = secretary.post(
            url("registration_return", submitted.pk),
            {"reason": "Bổ sung chỉ tiêu về cải cách hành chính.", "next": detail + "?a=1"},
        )
    assert response.status_code == 302 and response["Location"] == detail + "?a=1"
    submitted.refresh_from_db()
    assert submitted.state == SubmissionState.RETURNED
    assert submitted.return_reason == "Bổ sung chỉ tiêu về cải cách hành chính."
    assert submitted.is_editable()
    entry = submitted.log_entries.get(action=SubmissionLog.Action.RETURNED)
    assert entry.user == users[demo_accounts.SECRETARIAT]
    assert entry.note == "Bổ sung chỉ tiêu về cải cách hành chính."
    message = mail.outbox[-1]
    assert message.to == submitted.unit.contact_emails()
    assert "Bổ sung chỉ tiêu về cải cách hành chính." in message.body
    assert submitted.reference_code in message.subject
    assert f"/dang-ky-thi-dua/dang-ky/{submitted.campaign_id}/" in message.body

    html = secretary.get(detail).content.decode()
    assert "Trả lại" in html and "Bổ sung chỉ tiêu về cải cách hành chính." in html


def test_return_needs_a_reason_and_keeps_the_typed_date(secretary, submitted):
    until = local_input(timezone.now() + 3 * DAY)
    response = secretary.post(url("registration_return", submitted.pk), {"until": until})
    assert response.status_code == 400
    assert "Vui lòng nêu lý do trả lại." in response.content.decode()
    assert f'value="{until}"' in response.content.decode()
    submitted.refresh_from_db()
    assert submitted.state == SubmissionState.SUBMITTED


def test_return_after_the_deadline_needs_a_new_date(secretary, campaign, submitted):
    close(campaign)
    reason = "Thiếu chữ ký của thủ trưởng."
    detail = url("registration", submitted.pk)
    response = secretary.post(
        url("registration_return", submitted.pk), {"reason": reason, "next": detail}
    )
    assert response.status_code == 400
    assert f'name="next" value="{detail}"' in response.content.decode()
    assert any("Đã quá hạn: hãy chọn hạn nộp lại" in text for text in message_texts(response))
    assert reason in response.content.decode()  # what the office typed stays
    submitted.refresh_from_db()
    assert submitted.state == SubmissionState.SUBMITTED
    assert not submitted.log_entries.filter(action=SubmissionLog.Action.RETURNED).exists()

    until = timezone.now() + 4 * DAY
    response = secretary.post(
        url("registration_return", submitted.pk), {"reason": reason, "until": local_input(until)}
    )
    assert response.status_code == 302
    submitted.refresh_from_db()
    assert submitted.state == SubmissionState.RETURNED
    assert submitted.reopened_until.strftime("%Y%m%d%H%M") == until.strftime("%Y%m%d%H%M")
    assert submitted.is_editable()


def test_accept_and_accepting_twice_is_refused_politely(
    secretary, users, submitted, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = secretary.post(
            url("registration_accept", submitted.pk), {"next": "https://ke-gian.example/"}
        )
    # Only addresses on this site: anything else goes back to the record.
    assert response["Location"] == url("registration", submitted.pk)
    submitted.refresh_from_db()
    assert submitted.state == SubmissionState.ACCEPTED and submitted.accepted_at
    entry = submitted.log_entries.get(action=SubmissionLog.Action.ACCEPTED)
    assert entry.user == users[demo_accounts.SECRETARIAT]
    assert "Đã tiếp nhận" in mail.outbox[-1].subject
    assert mail.outbox[-1].to == submitted.unit.contact_emails()

    response = secretary.post(url("registration_accept", submitted.pk))
    assert response.status_code == 302
    assert "Chỉ tiếp nhận được bản đã gửi, đang chờ duyệt." in message_texts(response)


def test_a_report_is_shown_in_full_and_can_be_returned(
    secretary, campaign, unit, officer, submitted
):
    cluster = ClusterFactory(members=[unit])
    criteria_for(cluster)
    window = ReportWindowFactory(campaign=campaign)
    report = sent_report(window, unit, officer)
    html = secretary.get(url("report", report.pk)).content.decode()
    assert "Đơn vị có 120 cán bộ." in html
    assert "Chỉ tiêu thử nghiệm 1" in html and "95" in html
    assert "60 / 100" in html  # self-score total against the cluster's maximum
    attachment = report.attachments.get()
    assert url("report_attachment", report.pk, attachment.pk) in html
    download = secretary.get(url("report_attachment", report.pk, attachment.pk))
    assert download["Content-Disposition"].startswith("attachment")
    assert b"".join(download.streaming_content) == b"%PDF-1.4 thu"

    version = secretary.get(url("report_version", report.pk, 1)).content.decode()
    assert "Đơn vị có 120 cán bộ." in version and "bao-cao.pdf" in version

    until = local_input(timezone.now() + 2 * DAY)
    response = secretary.post(
        url("report_return", report.pk), {"reason": "Thiếu minh chứng.", "until": until}
    )
    assert response.status_code == 302
    report.refresh_from_db()
    assert report.state == SubmissionState.RETURNED and report.is_editable()


def test_reopen_a_late_unit_that_never_started(secretary, users, campaign, unit):
    close(campaign)
    ClusterFactory(members=[unit])
    overview = url("index") + f"?campaign={campaign.pk}"
    rows = secretary.get(overview).context["rows"]
    assert [(row.unit, row.status) for row in rows] == [(unit, OfficeStatus.OVERDUE)]

    until = timezone.now() + 7 * DAY
    response = secretary.post(
        url("registration_reopen", campaign.pk, unit.pk),
        {"until": local_input(until), "next": overview},
    )
    assert response.status_code == 302 and response["Location"] == overview
    registration = Registration.objects.get(campaign=campaign, unit=unit)
    assert registration.state == SubmissionState.DRAFT
    assert registration.is_editable()
    actions = list(registration.log_entries.values_list("action", "user"))
    secretary_pk = users[demo_accounts.SECRETARIAT].pk
    assert actions == [
        (SubmissionLog.Action.CREATED, secretary_pk),
        (SubmissionLog.Action.REOPENED, secretary_pk),
    ]
    rows = secretary.get(overview).context["rows"]
    assert [row.status for row in rows] == [OfficeStatus.NOT_SENT]


def test_reopen_a_report_starts_it_as_the_unit_would(secretary, campaign, unit, submitted):
    Registration.objects.filter(pk=submitted.pk).update(state=SubmissionState.ACCEPTED)
    ClusterFactory(members=[unit])
    window = ReportWindowFactory(campaign=campaign)
    close(window)
    until = local_input(timezone.now() + 3 * DAY)
    response = secretary.post(url("report_reopen", window.pk, unit.pk), {"until": until})
    assert response.status_code == 302
    report = ResultReport.objects.get(window=window, unit=unit)
    assert report.registration == submitted and report.cluster is not None
    assert report.indicator_results.count() == 3
    assert report.is_editable()


def test_reopen_is_refused_for_a_sent_record_and_a_past_date(secretary, campaign, submitted):
    reopen = url("registration_reopen", campaign.pk, submitted.unit_id)
    assert "không gia hạn được" in secretary.get(reopen).content.decode()
    response = secretary.post(reopen, {"until": local_input(timezone.now() + DAY)})
    assert response.status_code == 400
    assert any("hãy trả lại kèm lý do" in text for text in message_texts(response))
    submitted.refresh_from_db()
    assert submitted.reopened_until is None

    other = UnitFactory()
    response = secretary.post(
        url("registration_reopen", campaign.pk, other.pk),
        {"until": local_input(timezone.now() - DAY)},
    )
    assert response.status_code == 400
    # The refused extension leaves no draft behind.
    assert not Registration.objects.filter(campaign=campaign, unit=other).exists()


# Statuses ------------------------------------------------------------------------------------


def test_statuses_of_every_unit_with_late_ones(secretary, campaign):
    names = ["A nộp đúng hạn", "B nộp muộn", "C nháp quá hạn", "D chưa có gì", "E trả lại"]
    units = {name[0]: UnitFactory(name=name) for name in names}
    units["F"] = UnitFactory(name="F được gia hạn")
    units["G"] = UnitFactory(name="G đã tiếp nhận")
    ClusterFactory(members=list(units.values()))
    outsider = UnitFactory(name="H ngoài khối")
    now = timezone.now()
    deadline = now - DAY
    campaign.deadline = deadline
    campaign.save()

    def record(key, state, **fields):
        return Registration.objects.create(
            campaign=campaign, unit=units[key], state=state, **fields
        )

    record("A", SubmissionState.SUBMITTED, submitted_at=deadline - DAY)
    record("B", SubmissionState.SUBMITTED, submitted_at=now, reopened_until=now + DAY)
    record("C", SubmissionState.DRAFT)
    record("E", SubmissionState.RETURNED, reopened_until=now + 2 * DAY)
    record("F", SubmissionState.DRAFT, reopened_until=now + 2 * DAY)
    record("G", SubmissionState.ACCEPTED, submitted_at=deadline - DAY)
    Registration.objects.create(
        campaign=campaign, unit=outsider, state=SubmissionState.RETURNED, reopened_until=now - DAY
    )

    response = secretary.get(url("index") + f"?campaign={campaign.pk}")
    statuses = {row.unit.name[0]: (row.status, row.is_late) for row in response.context["rows"]}
    assert statuses == {
        "A": (OfficeStatus.SUBMITTED, False),
        "B": (OfficeStatus.SUBMITTED, True),
        "C": (OfficeStatus.OVERDUE, False),
        "D": (OfficeStatus.OVERDUE, False),
        "E": (OfficeStatus.RETURNED, False),
        "F": (OfficeStatus.NOT_SENT, False),
        "G": (OfficeStatus.ACCEPTED, False),
        "H": (OfficeStatus.OVERDUE, False),
    }
    counts = {item["status"]: item["count"] for item in response.context["counts"]}
    assert counts == {
        OfficeStatus.NOT_SENT: 1,
        OfficeStatus.OVERDUE: 3,
        OfficeStatus.SUBMITTED: 2,
        OfficeStatus.RETURNED: 1,
        OfficeStatus.ACCEPTED: 1,
    }
    html = response.content.decode()
    assert "nộp muộn" in html and "Quá hạn" in html

    overdue = secretary.get(url("index") + f"?campaign={campaign.pk}&status=qua-han")
    assert sorted(row.unit.name[0] for row in overdue.context["rows"]) == ["C", "D", "H"]


def test_the_cluster_filter_and_a_report_window(secretary, campaign):
    first, second = UnitFactory(), UnitFactory()
    cluster = ClusterFactory(members=[first])
    ClusterFactory(members=[second])
    window = ReportWindowFactory(campaign=campaign)
    ResultReport.objects.create(
        window=window, unit=first, state=SubmissionState.SUBMITTED, submitted_at=timezone.now()
    )
    response = secretary.get(
        url("index") + f"?campaign={campaign.pk}&window={window.pk}&cluster={cluster.pk}"
    )
    rows = response.context["rows"]
    assert [(row.unit, row.status) for row in rows] == [(first, OfficeStatus.SUBMITTED)]
    assert url("report", rows[0].record.pk) in response.content.decode()


def test_unknown_filter_values_fall_back_instead_of_failing(secretary, campaign):
    for query in ["?campaign=abc", "?campaign=999999&window=x", "?status=zzz&cluster=-1"]:
        assert secretary.get(url("index") + query).status_code == 200, query


# Ranking -------------------------------------------------------------------------------------


def test_ranking_with_ties_totals_and_unsent_reports(secretary, campaign):
    units = [UnitFactory(name=f"Đơn vị xếp hạng {letter}") for letter in "ABCDE"]
    cluster = ClusterFactory(members=units)
    criteria_for(cluster)  # 30 + 50 + 20
    window = ReportWindowFactory(campaign=campaign)
    for unit, state, total in [
        (units[0], SubmissionState.SUBMITTED, "90"),
        (units[1], SubmissionState.ACCEPTED, "85.5"),
        (units[2], SubmissionState.SUBMITTED, "90"),
        (units[3], SubmissionState.DRAFT, "99"),  # not sent: not ranked
    ]:
        ResultReport.objects.create(window=window, unit=unit, state=state, score_total=total)

    response = secretary.get(url("ranking") + f"?campaign={campaign.pk}&window={window.pk}")
    (item,) = response.context["clusters"]
    assert item["max_total"] == Decimal("100")
    ranked = [(entry.unit.name[-1], entry.rank, entry.score) for entry in item["entries"]]
    assert ranked == [
        ("A", 1, Decimal("90")),
        ("C", 1, Decimal("90")),
        ("B", 3, Decimal("85.5")),
        ("D", None, None),
        ("E", None, None),
    ]
    html = response.content.decode()
    assert "85,5" in html and "100" in html


def test_ranking_defaults_to_the_latest_opened_window(secretary, campaign):
    ReportWindowFactory(campaign=campaign, opens_at=timezone.now() - 9 * DAY)
    latest = ReportWindowFactory(campaign=campaign, opens_at=timezone.now() - DAY)
    ReportWindowFactory(
        campaign=campaign,
        opens_at=timezone.now() + 30 * DAY,
        deadline=timezone.now() + 40 * DAY,
    )
    response = secretary.get(url("ranking") + f"?campaign={campaign.pk}")
    assert response.context["window"] == latest


# The council's workbook ----------------------------------------------------------------------


def sheet_rows(workbook, title):
    """The sheet's headings and rows, below its title row ("what, exported when")."""
    rows = [list(row) for row in workbook[title].iter_rows(values_only=True)]
    assert rows[0][0].startswith("Đăng ký thi đua – ") and "(xuất lúc " in rows[0][0]
    return rows[1:]


def test_the_council_workbook(secretary, campaign):
    long_name = "Khối các cơ quan Đảng/đoàn thể và doanh nghiệp nhà nước tỉnh"
    alpha, beta = UnitFactory(name="An Bình"), UnitFactory(name="=Bảo Lâm")
    gamma = UnitFactory(name="Cao Lộc")
    first = ClusterFactory(name=long_name, members=[alpha, beta])
    criteria_for(first)
    ClusterFactory(name="Cụm thi đua số 2", members=[gamma])
    outsider = UnitFactory(name="Doanh nghiệp ngoài khối")
    window = ReportWindowFactory(campaign=campaign)

    sent = registration_with_rows(
        campaign, alpha, individuals=2, state=SubmissionState.SUBMITTED, submitted_at=timezone.now()
    )
    other_title = campaign.individual_titles.exclude(pk=sent.individuals.first().title_id).first()
    sent.individuals.create(full_name="Lê Văn Cường", position="Trưởng phòng", title=other_title)
    registration_with_rows(campaign, beta, individuals=1, state=SubmissionState.ACCEPTED)
    registration_with_rows(campaign, gamma, individuals=4)  # a draft: content not exported
    registration_with_rows(
        campaign, outsider, individuals=0, indicators=1, state=SubmissionState.SUBMITTED
    )
    report = ResultReport.objects.create(
        window=window, unit=alpha, state=SubmissionState.SUBMITTED, score_total="88"
    )
    indicator = sent.indicators.first()
    IndicatorResult.objects.create(
        report=report, indicator=indicator, actual_value="97.5", note="Vượt kế hoạch"
    )

    response = secretary.get(url("export") + f"?campaign={campaign.pk}&window={window.pk}")
    assert response.status_code == 200
    workbook = load_workbook(BytesIO(response.content))
    first_title = "Khối các cơ quan Đảng-đoàn thể"
    assert workbook.sheetnames == [
        "Cụm thi đua số 2",
        first_title,
        "Ngoài cụm, khối",
        "Cá nhân theo danh hiệu",
        "Chỉ tiêu",
    ]
    assert all(len(title) <= 31 for title in workbook.sheetnames)

    header, *rows = sheet_rows(workbook, first_title)
    assert header[:6] == [
        "STT",
        "Đơn vị",
        "Trạng thái đăng ký",
        "Gửi lúc",
        "Danh hiệu tập thể đăng ký",
        "Số cá nhân đăng ký",
    ]
    assert header[6:] == ["Trạng thái báo cáo", "Tổng điểm tự chấm", "Xếp hạng trong cụm, khối"]
    by_unit = {row[1]: row for row in rows}
    # A formula-like name is a string cell, shown as typed (tests/security/test_exports.py).
    assert set(by_unit) == {"An Bình", "=Bảo Lâm"}
    assert by_unit["An Bình"][2] == "Đã gửi"
    assert by_unit["An Bình"][4] == str(sent.collective_titles.get())
    assert by_unit["An Bình"][5] == 3
    assert by_unit["An Bình"][6:] == ["Đã gửi", 88, 1]
    assert by_unit["=Bảo Lâm"][2] == "Đã tiếp nhận"
    assert by_unit["=Bảo Lâm"][6] == "Chưa gửi" and by_unit["=Bảo Lâm"][8] is None

    _header, draft_row = sheet_rows(workbook, "Cụm thi đua số 2")
    assert draft_row[1:3] == ["Cao Lộc", "Chưa gửi"] and draft_row[5] is None
    assert [row[1] for row in sheet_rows(workbook, "Ngoài cụm, khối")[1:]] == [
        "Doanh nghiệp ngoài khối"
    ]

    header, *people = sheet_rows(workbook, "Cá nhân theo danh hiệu")
    assert header == ["Danh hiệu", "Đơn vị", "Họ và tên", "Chức vụ, nơi công tác"]
    assert len(people) == 4  # the draft's four individuals are not there
    titles = [row[0] for row in people]
    assert titles == sorted(titles, key=titles.index)  # each title's people together
    assert ["Lê Văn Cường", "Trưởng phòng"] in [row[2:] for row in people]

    header, *indicators = sheet_rows(workbook, "Chỉ tiêu")
    assert header[4] == f"Thực hiện ({window.title})"
    assert len(indicators) == 3 + 3 + 1
    measured = [row for row in indicators if row[4] is not None]
    assert measured == [["An Bình", indicator.content, "%", 90, 97.5, None, "Vượt kế hoạch"]]


def test_the_workbook_for_a_campaign_alone(secretary, campaign, submitted):
    ClusterFactory(members=[submitted.unit])
    response = secretary.get(url("export") + f"?campaign={campaign.pk}")
    workbook = load_workbook(BytesIO(response.content))
    header, row = sheet_rows(workbook, workbook.sheetnames[0])
    assert len(header) == 6 and row[1] == submitted.unit.name and row[2] == "Đã gửi"


# Queries -------------------------------------------------------------------------------------


def add_units(campaign, window, cluster, count):
    """Units in every state, each with a registration and a report."""
    states = [
        SubmissionState.DRAFT,
        SubmissionState.SUBMITTED,
        SubmissionState.RETURNED,
        SubmissionState.ACCEPTED,
    ]
    for index in range(count):
        unit = UnitFactory()
        cluster.members.add(unit)
        state = states[index % len(states)]
        submitted_at = timezone.now() if state != SubmissionState.DRAFT else None
        Registration.objects.create(
            campaign=campaign, unit=unit, state=state, submitted_at=submitted_at
        )
        if index % 3:
            ResultReport.objects.create(
                window=window, unit=unit, state=state, submitted_at=submitted_at
            )


def count_queries(client, target):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(target)
    assert response.status_code == 200
    return len(queries), len(response.context["rows"])


def test_the_overview_runs_the_same_queries_for_3_or_12_units(secretary, campaign):
    cluster = ClusterFactory()
    window = ReportWindowFactory(campaign=campaign)
    targets = [
        url("index") + f"?campaign={campaign.pk}",
        url("index") + f"?campaign={campaign.pk}&window={window.pk}&status=da-gui",
    ]
    add_units(campaign, window, cluster, 3)
    count_queries(secretary, targets[0])  # the first request also finds the site (core.chrome)
    small = [count_queries(secretary, target) for target in targets]
    add_units(campaign, window, cluster, 9)
    large = [count_queries(secretary, target) for target in targets]
    assert [rows for _queries, rows in small] == [3, 1]
    assert [rows for _queries, rows in large] == [12, 3]
    assert [queries for queries, _rows in small] == [queries for queries, _rows in large]
