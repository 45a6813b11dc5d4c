"""The admin home's "Việc cần xử lý": what waits for each role, each line linking to the list
already filtered, in a constant number of queries."""

import datetime

import pytest
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from consultations.models import (
    ConsultationPage,
    PortalComment,
    Question,
    QuestionState,
    WorkingCalendar,
)
from consultations.worklist import question_deadlines
from core.worklist import work_items
from demo import accounts as demo_accounts
from registrations import workflow
from tests.consultations.factories import ConsultationPageFactory, NomineePageFactory
from tests.consultations.test_moderation import opinion
from tests.factories import NewsPageFactory
from tests.registrations.factories import (
    CampaignFactory,
    UnitFactory,
    officer_for,
    registration_with_rows,
)

pytestmark = pytest.mark.django_db


def items_for(user):
    request = RequestFactory().get("/admin/")
    request.user = user
    return {item.label: item for item in work_items(request)}


def open_round(section, closes_in):
    now = timezone.now()
    return ConsultationPageFactory(
        parent=section("lay-y-kien"),
        opens_at=now - datetime.timedelta(days=20),
        closes_at=now + closes_in,
    )


def question(days_ago, state=QuestionState.RECEIVED):
    return Question.objects.create(
        name="Lò Thị Mai",
        email="mai@example.vn",
        text="Xin hỏi về hồ sơ đề nghị khen thưởng.",
        state=state,
        submitted_at=timezone.now() - datetime.timedelta(days=days_ago),
    )


def test_calendar_start_for_mirrors_earliest_closing():
    calendar = WorkingCalendar(holidays=[datetime.date(2026, 9, 2)])
    tz = timezone.get_current_timezone()
    end = datetime.datetime(2026, 9, 8, 10, 0, tzinfo=tz)  # a Tuesday
    start = calendar.start_for(end, 3)
    # Back over Mon 7, the weekend, Fri 4, Thu 3 (Wed 2 is a holiday): Thu 3, 10:00.
    assert start == datetime.datetime(2026, 9, 3, 10, 0, tzinfo=tz)
    assert calendar.earliest_closing(start, 3) == end
    assert calendar.working_days_between(start, end) == 3


def test_the_secretariat_sees_what_waits_with_links(section, users):
    PortalComment.objects.update(moderation_state="approved")
    Question.objects.update(state=QuestionState.ANSWERED)
    soon = open_round(section, datetime.timedelta(hours=20))
    later = open_round(section, datetime.timedelta(days=30))
    for number in range(3):
        opinion(NomineePageFactory(parent=soon), number)
    opinion(NomineePageFactory(parent=later), 9)
    overdue_before, near_before = question_deadlines()
    late = question(0)
    Question.objects.filter(pk=late.pk).update(
        submitted_at=overdue_before - datetime.timedelta(hours=1)
    )
    near = question(0)
    Question.objects.filter(pk=near.pk).update(
        submitted_at=near_before - datetime.timedelta(hours=1)
    )
    question(0)  # just arrived: not listed
    campaign, unit = CampaignFactory(), UnitFactory()
    workflow.submit(registration_with_rows(campaign, unit), officer_for(unit))

    items = items_for(users[demo_accounts.SECRETARIAT])
    waiting = items[f"Ý kiến chờ kiểm duyệt – {soon.title}"]
    assert waiting.count == 3 and waiting.url == f"/admin/y-kien/?round={soon.pk}"
    assert waiting.urgent and waiting.detail.startswith("đóng lúc ")
    assert not items[f"Ý kiến chờ kiểm duyệt – {later.title}"].urgent
    closing = items[f"Đợt lấy ý kiến sắp đóng – {soon.title}"]
    assert closing.url == f"/admin/y-kien/bao-cao/{soon.pk}/"
    overdue = items["Câu hỏi, kiến nghị quá hạn trả lời"]
    assert overdue.count == 1 and overdue.url.endswith("?deadline=qua-han")
    assert items["Câu hỏi, kiến nghị sắp đến hạn trả lời"].count == 1
    sent = items[f"Bản đăng ký thi đua chờ xem xét – {campaign.title}"]
    assert sent.count == 1 and f"campaign={campaign.pk}&status=da-gui" in sent.url
    # Urgent lines come first.
    labels = list(items)
    assert labels.index(waiting.label) < labels.index(sent.label)


def test_each_line_opens_its_list_filtered(client, section, users):
    Question.objects.update(state=QuestionState.ANSWERED)
    overdue_before, _near = question_deadlines()
    late = question(0)
    Question.objects.filter(pk=late.pk).update(
        submitted_at=overdue_before - datetime.timedelta(hours=2)
    )
    fresh = question(0)
    client.force_login(users[demo_accounts.SECRETARIAT])
    html = client.get(
        items_for(users[demo_accounts.SECRETARIAT])["Câu hỏi, kiến nghị quá hạn trả lời"].url
    )
    assert late.reference_code in html.content.decode()
    assert fresh.reference_code not in html.content.decode()

    home = client.get("/admin/").content.decode()
    assert "Việc cần xử lý" in home and "Câu hỏi, kiến nghị quá hạn trả lời" in home


def test_editors_and_approvers_see_their_pages(section, users):
    editor, approver = users[demo_accounts.EDITOR], users[demo_accounts.APPROVER]
    draft = NewsPageFactory(parent=section("tin-tuc"), title="Bản nháp tin hội nghị", live=False)
    draft.save_revision(user=editor)
    sent = NewsPageFactory(parent=section("tin-tuc"), title="Tin gửi duyệt", live=False)
    sent.save_revision(user=editor)
    sent.get_workflow().start(sent, editor)

    drafts = items_for(editor)["Bản nháp của bạn chưa xuất bản"]
    assert ("Bản nháp tin hội nghị", f"/admin/pages/{draft.pk}/edit/") in drafts.links
    assert "Tin gửi duyệt" not in [title for title, _url in drafts.links]
    waiting = items_for(approver)["Trang chờ bạn phê duyệt"]
    assert ("Tin gửi duyệt", f"/admin/pages/{sent.pk}/edit/") in waiting.links
    assert waiting.urgent
    assert "Trang chờ bạn phê duyệt" not in items_for(editor)
    # Neither sees the secretariat's lines.
    assert not any("kiểm duyệt" in label for label in items_for(editor))


def test_a_unit_officer_and_an_editor_see_no_office_work(users):
    for username in (demo_accounts.UNIT_OFFICER, demo_accounts.EDITOR):
        labels = list(items_for(users[username]))
        assert not [label for label in labels if "đăng ký thi đua" in label or "Câu hỏi" in label]


def test_the_work_list_runs_a_constant_number_of_queries(section, users):
    secretary = users[demo_accounts.SECRETARIAT]

    def queries():
        items_for(secretary)  # warm caches (holidays, content types, permissions)
        with CaptureQueriesContext(connection) as captured:
            items_for(secretary)
        return len(captured)

    rounds = [open_round(section, datetime.timedelta(days=d)) for d in (1, 5)]
    opinion(NomineePageFactory(parent=rounds[0]), 1)
    before = queries()
    for consultation in [
        *rounds,
        *(open_round(section, datetime.timedelta(days=d)) for d in (2, 9)),
    ]:
        for number in range(3):
            opinion(NomineePageFactory(parent=consultation), number)
    for days_ago in (0, 20, 30):
        question(days_ago)
    for _ in range(3):
        campaign, unit = CampaignFactory(), UnitFactory()
        workflow.submit(registration_with_rows(campaign, unit), officer_for(unit))
    after = queries()
    assert after == before, (before, after)
    assert ConsultationPage.objects.count() >= 4
    print(f"work list queries (secretariat): {after}")
