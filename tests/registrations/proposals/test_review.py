"""The office's review of award proposals in the admin: rounds and a round's proposals with
their clocks, the dossier checklist and "Hồ sơ đầy đủ", a decision per nominee, return with
the nominees' reasons, acceptance only once every nominee is decided, versions, exports, the
work list, and who may see any of it."""

import datetime
import io
import zipfile

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

from consultations.models.calendar import WorkingCalendar
from demo import accounts as demo_accounts
from registrations import workflow
from registrations.models import (
    AwardCriterion,
    DossierCheck,
    NomineeDecision,
    ProposalDocument,
    ProposedNominee,
    SubmissionState,
)
from registrations.proposal_review import clock_for
from registrations.worklist import proposal_work_items
from tests.registrations.factories import UnitFactory, officer_for
from tests.registrations.proposals.factories import (
    ProposalFactory,
    ProposalRoundFactory,
    ProposedNomineeFactory,
    award,
)

pytestmark = pytest.mark.django_db

LOGIN = reverse("wagtailadmin_login")
ADMIN_HOME = reverse("wagtailadmin_home")


def url(name, *args):
    return reverse(f"proposals_office:{name}", args=args)


def messages_of(response):
    return [str(message) for message in get_messages(response.wsgi_request)]


@pytest.fixture
def secretary(client, users):
    client.force_login(users[demo_accounts.SECRETARIAT])
    return client


@pytest.fixture
def proposal_round():
    return ProposalRoundFactory()


@pytest.fixture
def unit():
    return UnitFactory(email="thi-dua@so-thu-nghiem.invalid")


@pytest.fixture
def officer(unit):
    return officer_for(unit)


def add_document(proposal, code, nominee=None, content=b"%PDF-1.4 thu"):
    document = ProposalDocument(
        proposal=proposal,
        nominee=nominee,
        checklist_item=proposal.round.checklist.get(code=code),
        original_name=f"{code}.pdf",
        size=len(content),
    )
    document.file.save(f"{code}.pdf", ContentFile(content), save=False)
    document.save()
    return document


@pytest.fixture
def sent(proposal_round, unit, officer):
    """A proposal with two nominees and its dossier, sent by the unit."""
    proposal = ProposalFactory(round=proposal_round, unit=unit)
    first = ProposedNomineeFactory(proposal=proposal, full_name="Nông Thị Thẩm", sort_order=1)
    second = ProposedNomineeFactory(
        proposal=proposal,
        full_name="Hoàng Văn Định",
        sort_order=2,
        award_form=award("Chiến sĩ thi đua cấp tỉnh"),
    )
    add_document(proposal, "to-trinh")
    add_document(proposal, "bao-cao", nominee=first)
    return workflow.submit(proposal, officer)[0], first, second


def check_all(client, proposal, present=True):
    data = {}
    for item in proposal.round.checklist.all():
        keys = [f"{item.pk}-0"] if not item.per_nominee else []
        if item.per_nominee:
            keys = [f"{item.pk}-{n.pk}" for n in proposal.nominees.all() if item.applies_to(n)]
        for key in keys:
            if present and item.required:
                data[f"present-{key}"] = "on"
            data[f"note-{key}"] = ""
    return client.post(url("proposal_checks", proposal.pk), data)


def decide(client, proposal, nominee, decision, note=""):
    prefix = f"n{nominee.pk}"
    return client.post(
        url("nominee_decision", proposal.pk, nominee.pk),
        {f"{prefix}-decision": decision, f"{prefix}-note": note},
    )


# Who may use the screens ---------------------------------------------------------------------


@pytest.fixture
def all_urls(sent):
    proposal, first, _second = sent
    document = proposal.documents.first()
    item = proposal.round.checklist.first()
    gets = [
        url("index"),
        url("round", proposal.round.pk),
        url("round_export", proposal.round.pk),
        url("round_docx", proposal.round.pk),
        url("proposal", proposal.pk),
        url("proposal_version", proposal.pk, 1),
        url("proposal_document", proposal.pk, document.pk),
    ]
    posts = [
        (url("proposal_checks", proposal.pk), {f"present-{item.pk}-0": "on"}),
        (url("proposal_complete", proposal.pk), {"complete_on": "01/12/2026"}),
        (
            url("nominee_decision", proposal.pk, first.pk),
            {f"n{first.pk}-decision": "not_accepted", f"n{first.pk}-note": "Không"},
        ),
        (url("proposal_return", proposal.pk), {"reason": "Thiếu tờ trình."}),
        (url("proposal_accept", proposal.pk), {}),
    ]
    return {"get": gets, "post": posts, "proposal": proposal}


def assert_untouched(all_urls):
    proposal = all_urls["proposal"]
    proposal.refresh_from_db()
    assert proposal.state == SubmissionState.SUBMITTED
    assert proposal.complete_on is None
    assert not DossierCheck.objects.filter(proposal=proposal).exists()
    assert not proposal.nominees.exclude(decision=NomineeDecision.PENDING).exists()


def test_anonymous_visitors_are_sent_to_the_admin_login(client, all_urls):
    for target in all_urls["get"]:
        response = client.get(target)
        assert response.status_code == 302 and response["Location"].startswith(LOGIN), target
    for target, data in all_urls["post"]:
        response = client.post(target, data)
        assert response.status_code == 302 and response["Location"].startswith(LOGIN), target
    assert_untouched(all_urls)


@pytest.mark.parametrize("who", ["own_officer", "other_officer", "editor", "registrations_only"])
def test_everyone_without_the_review_permission_is_refused(client, users, all_urls, officer, who):
    from django.contrib.auth.models import Permission

    from tests.factories import UserFactory

    if who == "own_officer":
        user, refused_to = officer, LOGIN
    elif who == "other_officer":
        user, refused_to = officer_for(UnitFactory()), LOGIN
    elif who == "editor":
        user, refused_to = users[demo_accounts.EDITOR], ADMIN_HOME
    else:
        # Reviews registrations, not proposals.
        user, refused_to = UserFactory(username="chi-dang-ky"), ADMIN_HOME
        user.user_permissions.add(
            Permission.objects.get(codename="access_admin"),
            Permission.objects.get(codename="review_registration"),
        )
    client.force_login(user)
    for target in all_urls["get"]:
        response = client.get(target)
        assert response.status_code == 302, (who, target)
        assert response["Location"].startswith(refused_to), (who, target)
        assert client.get(target, headers={"x-requested-with": "XMLHttpRequest"}).status_code == 403
    for target, data in all_urls["post"]:
        response = client.post(target, data)
        assert response.status_code == 302 and response["Location"].startswith(refused_to)
        ajax = client.post(target, data, headers={"x-requested-with": "XMLHttpRequest"})
        assert ajax.status_code == 403, (who, target)
    assert_untouched(all_urls)
    assert len(mail.outbox) == 0


def test_the_secretariat_opens_every_screen(secretary, all_urls):
    for target in all_urls["get"]:
        assert secretary.get(target).status_code == 200, target


def test_actions_refuse_get(secretary, all_urls):
    for target, _data in all_urls["post"]:
        assert secretary.get(target).status_code == 405, target


def test_a_document_of_another_proposal_is_not_found_under_this_one(secretary, sent):
    proposal = sent[0]
    other = ProposalFactory(round=proposal.round)
    document = add_document(other, "to-trinh")
    assert secretary.get(url("proposal_document", proposal.pk, document.pk)).status_code == 404
    response = secretary.get(url("proposal_document", other.pk, document.pk))
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")


# The rounds and a round ----------------------------------------------------------------------


def test_rounds_and_round_pages_list_the_proposals(secretary, sent):
    proposal = sent[0]
    response = secretary.get(url("index"))
    assert proposal.round.title in response.content.decode()
    page = secretary.get(url("round", proposal.round.pk)).content.decode()
    assert proposal.unit.name in page
    assert proposal.reference_code in page
    assert "Chưa xác nhận hồ sơ đầy đủ" in page
    filtered = secretary.get(url("round", proposal.round.pk), {"state": "accepted"})
    assert proposal.unit.name not in filtered.content.decode()


def test_an_overdue_clock_is_said_in_words(secretary, sent):
    proposal = sent[0]
    proposal.complete_on = timezone.localdate() - datetime.timedelta(days=60)
    proposal.save()
    page = secretary.get(url("round", proposal.round.pk)).content.decode()
    assert "QUÁ HẠN" in page
    assert "QUÁ HẠN" in secretary.get(url("proposal", proposal.pk)).content.decode()


# The processing clock ------------------------------------------------------------------------


def test_clock_counts_working_days_and_skips_a_holiday(sent):
    proposal = sent[0]
    proposal.round.processing_days = 5
    proposal.complete_on = datetime.date(2026, 11, 30)  # a Monday
    now = timezone.make_aware(datetime.datetime(2026, 12, 4, 12, 0))  # Friday noon
    plain = clock_for(proposal, WorkingCalendar(holidays=[]), now)
    assert (plain.used, plain.due_day) == (4, datetime.date(2026, 12, 4))
    holiday = clock_for(proposal, WorkingCalendar(holidays=[datetime.date(2026, 12, 2)]), now)
    assert (holiday.used, holiday.due_day) == (3, datetime.date(2026, 12, 7))
    assert holiday.remaining == 2 and not holiday.overdue
    later = timezone.make_aware(datetime.datetime(2026, 12, 8, 9, 0))
    assert clock_for(
        proposal, WorkingCalendar(holidays=[datetime.date(2026, 12, 2)]), later
    ).overdue


def test_clock_stops_when_every_nominee_is_settled(sent):
    proposal, first, second = sent
    proposal.complete_on = datetime.date(2026, 1, 5)
    proposal.save()
    assert clock_for(proposal).running
    first.decision = NomineeDecision.NOT_ACCEPTED
    first.save()
    second.closed_reason = "Không đạt số phiếu."
    second.save()
    clock = clock_for(proposal)
    assert not clock.running and not clock.overdue


# The dossier checklist -----------------------------------------------------------------------


def test_checklist_ticks_are_kept_and_complete_needs_every_required_item(secretary, sent):
    proposal = sent[0]
    response = check_all(secretary, proposal, present=False)
    assert response.status_code == 302
    refused = secretary.post(url("proposal_complete", proposal.pk), {"complete_on": "01/12/2026"})
    assert refused.status_code == 400
    assert "Hồ sơ còn thiếu" in refused.content.decode()
    assert 'value="01/12/2026"' in refused.content.decode()  # what was typed stays
    proposal.refresh_from_db()
    assert proposal.complete_on is None

    check_all(secretary, proposal)
    checks = DossierCheck.objects.filter(proposal=proposal)
    # tờ trình, biên bản for the proposal; a báo cáo and a sáng kiến for each of two nominees.
    assert checks.count() == 6 and checks.filter(present=True).count() == 4
    response = secretary.post(url("proposal_complete", proposal.pk), {"complete_on": "01/12/2026"})
    assert response.status_code == 302
    proposal.refresh_from_db()
    assert proposal.complete_on == datetime.date(2026, 12, 1)


def test_a_bad_date_keeps_what_was_typed(secretary, sent):
    proposal = sent[0]
    response = secretary.post(url("proposal_complete", proposal.pk), {"complete_on": "31/02/2026"})
    assert response.status_code == 400
    page = response.content.decode()
    assert "Nhập ngày theo dạng ngày/tháng/năm" in page and 'value="31/02/2026"' in page


def test_a_note_too_long_is_refused_and_nothing_saved(secretary, sent):
    proposal = sent[0]
    item = proposal.round.checklist.get(code="to-trinh")
    response = secretary.post(
        url("proposal_checks", proposal.pk),
        {f"present-{item.pk}-0": "on", f"note-{item.pk}-0": "x" * 501},
    )
    assert response.status_code == 400
    assert not DossierCheck.objects.filter(proposal=proposal).exists()


# Decisions, return and acceptance ------------------------------------------------------------


def test_not_accepted_and_returned_need_a_reason(secretary, sent):
    proposal, first, _second = sent
    for decision in ("not_accepted", "returned"):
        response = decide(secretary, proposal, first, decision)
        assert response.status_code == 400
        assert "Vui lòng nêu lý do." in response.content.decode()
        first.refresh_from_db()
        assert first.decision == NomineeDecision.PENDING
    response = decide(secretary, proposal, first, "accepted")
    assert response.status_code == 302
    first.refresh_from_db()
    assert first.decision == NomineeDecision.ACCEPTED and first.decided_at is not None
    assert first.decided_by.username == demo_accounts.SECRETARIAT


def test_accept_is_refused_while_a_nominee_is_undecided(secretary, sent):
    proposal, first, second = sent
    decide(secretary, proposal, first, "accepted")
    response = secretary.post(url("proposal_accept", proposal.pk), follow=True)
    assert any("chưa có kết quả thẩm định" in text for text in messages_of(response))
    assert second.full_name in " ".join(messages_of(response))
    proposal.refresh_from_db()
    assert proposal.state == SubmissionState.SUBMITTED
    decide(secretary, proposal, second, "returned", "Bổ sung sáng kiến.")
    secretary.post(url("proposal_accept", proposal.pk))
    proposal.refresh_from_db()
    assert proposal.state == SubmissionState.SUBMITTED  # a returned nominee is not decided


def test_accept_once_every_nominee_is_decided(secretary, sent, django_capture_on_commit_callbacks):
    proposal, first, second = sent
    decide(secretary, proposal, first, "accepted")
    decide(secretary, proposal, second, "not_accepted", "Chưa đủ 3 năm Chiến sĩ thi đua cơ sở.")
    with django_capture_on_commit_callbacks(execute=True):
        response = secretary.post(url("proposal_accept", proposal.pk))
    assert response.status_code == 302
    proposal.refresh_from_db()
    assert proposal.state == SubmissionState.ACCEPTED
    assert [message.to for message in mail.outbox] == [proposal.unit.contact_emails()]
    assert "Đã tiếp nhận" in mail.outbox[0].subject
    # Once accepted, decisions are no longer changed here.
    refused = decide(secretary, proposal, first, "not_accepted", "Đổi ý")
    assert refused.status_code == 400
    assert "Chỉ thẩm định được khi hồ sơ đã gửi" in " ".join(messages_of(refused))
    first.refresh_from_db()
    assert first.decision == NomineeDecision.ACCEPTED


def test_return_sends_the_returned_nominees_reasons(
    secretary, sent, django_capture_on_commit_callbacks
):
    proposal, first, second = sent
    proposal.complete_on = timezone.localdate()
    proposal.save()
    decide(secretary, proposal, first, "accepted")
    decide(secretary, proposal, second, "returned", "Thiếu báo cáo thành tích có chữ ký.")
    with django_capture_on_commit_callbacks(execute=True):
        response = secretary.post(
            url("proposal_return", proposal.pk), {"reason": "Bổ sung biên bản."}
        )
    assert response.status_code == 302
    proposal.refresh_from_db()
    assert proposal.state == SubmissionState.RETURNED
    assert proposal.return_reason == (
        "Bổ sung biên bản.\n- Hoàng Văn Định: Thiếu báo cáo thành tích có chữ ký."
    )
    assert proposal.complete_on is None  # the clock starts again once it is complete
    assert "Thiếu báo cáo thành tích có chữ ký." in mail.outbox[0].body
    assert proposal.log_entries.filter(action="returned").exists()


def test_return_without_any_reason_is_refused(secretary, sent):
    proposal = sent[0]
    response = secretary.post(url("proposal_return", proposal.pk), {"reason": "  "})
    assert response.status_code == 400
    assert "Nêu lý do trả lại" in response.content.decode()
    proposal.refresh_from_db()
    assert proposal.state == SubmissionState.SUBMITTED


# The proposal page ---------------------------------------------------------------------------


def test_proposal_page_shows_history_criteria_versions_and_log(secretary, sent, section):
    from tests.news.factories import AwardDecisionPageFactory, AwardeeFactory

    proposal, _first, second = sent
    base = award("Chiến sĩ thi đua cơ sở")
    decision = AwardDecisionPageFactory(
        parent=section("khen-thuong"),
        award_form=base,
        number="77/QĐ-THUNGHIEM",
        signed_on=datetime.date(proposal.round.year - 1, 12, 1),
    )
    AwardeeFactory(decision=decision, full_name=second.full_name, unit=proposal.unit.name)
    AwardCriterion.objects.create(
        award_form=second.award_form,
        kind=AwardCriterion.Kind.CONSECUTIVE_TITLES,
        label="3 năm liên tục Chiến sĩ thi đua cơ sở",
        title=base,
        years=3,
        legal_basis="Điều 23 Luật TĐKT 2022",
        valid_from=datetime.date(2024, 1, 1),
    )
    page = secretary.get(url("proposal", proposal.pk)).content.decode()
    assert "77/QĐ-THUNGHIEM" in page
    assert "Đúng người" in page
    assert "Điều 23 Luật TĐKT 2022" in page
    assert f"thiếu {proposal.round.year - 2}" in page
    assert "Xem lần gửi 1" in page
    version = secretary.get(url("proposal_version", proposal.pk, 1)).content.decode()
    assert second.full_name in version and "Cá nhân" in version


def test_proposal_page_queries_do_not_grow_with_the_nominees(secretary, sent):
    proposal = sent[0]
    target = url("proposal", proposal.pk)
    secretary.get(target)
    with CaptureQueriesContext(connection) as before:
        secretary.get(target)
    for number in range(6):
        nominee = ProposedNomineeFactory(proposal=proposal, full_name=f"Người Thêm {number}")
        add_document(proposal, "bao-cao", nominee=nominee)
        DossierCheck.objects.create(
            proposal=proposal, item=proposal.round.checklist.get(code="bao-cao"), nominee=nominee
        )
    with CaptureQueriesContext(connection) as after:
        response = secretary.get(target)
    assert "Người Thêm 5" in response.content.decode()
    assert len(after) == len(before)


# Exports -------------------------------------------------------------------------------------


def accepted_round(secretary, sent):
    proposal, first, second = sent
    decide(secretary, proposal, first, "accepted")
    decide(secretary, proposal, second, "not_accepted", "Chưa đủ điều kiện.")
    secretary.post(url("proposal_accept", proposal.pk))
    return proposal


def test_export_lists_the_accepted_nominees_with_their_verdicts(secretary, sent):
    proposal = accepted_round(secretary, sent)
    first = sent[1]
    ProposedNominee.objects.filter(pk=first.pk).update(direct_worker=True)
    AwardCriterion.objects.create(
        award_form=first.award_form,
        kind=AwardCriterion.Kind.DOCUMENT,
        label="Có thẻ thử nghiệm",
        document_code="the-dang-vien",
        legal_basis="Văn bản thử nghiệm",
        valid_from=datetime.date(2020, 1, 1),
    )
    response = secretary.get(url("round_export", proposal.round.pk))
    sheet = load_workbook(io.BytesIO(response.content)).active
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    names = [row[3] for row in rows[2:]]
    assert names == [first.full_name]
    assert rows[2][1] == proposal.unit.name
    assert rows[2][8] == "Người lao động trực tiếp"
    assert "hồ sơ chưa có “the-dang-vien”" in rows[2][10]  # not in the round's checklist


def test_docx_lists_the_accepted_nominees(secretary, sent):
    proposal = accepted_round(secretary, sent)
    response = secretary.get(url("round_docx", proposal.round.pk))
    with zipfile.ZipFile(io.BytesIO(response.content)) as archive:
        document = archive.read("word/document.xml").decode()
    assert sent[1].full_name in document and sent[2].full_name not in document
    # An official paper: the national motto beside the council, the list as a table.
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in document and document.count("<w:tbl>") == 2


# The work list -------------------------------------------------------------------------------


def test_work_list_names_waiting_proposals_and_overdue_clocks(users, sent):
    proposal = sent[0]
    request = RequestFactory().get("/admin/")
    request.user = users[demo_accounts.SECRETARIAT]
    labels = {item.label: item for item in proposal_work_items(request)}
    waiting = labels[f"Hồ sơ đề nghị khen thưởng chờ thẩm định – {proposal.round.title}"]
    assert waiting.count >= 1 and waiting.url.endswith("?state=submitted")
    assert "Hồ sơ đề nghị khen thưởng quá thời hạn xử lý" not in labels
    proposal.complete_on = timezone.localdate() - datetime.timedelta(days=60)
    proposal.save()
    overdue = {i.label: i for i in proposal_work_items(request)}[
        "Hồ sơ đề nghị khen thưởng quá thời hạn xử lý"
    ]
    assert overdue.urgent and overdue.links[0][1] == url("proposal", proposal.pk)
    request.user = users[demo_accounts.EDITOR]
    assert proposal_work_items(request) == []


# The secretariat's data ----------------------------------------------------------------------


def test_rounds_criteria_and_thresholds_are_edited_as_snippets(secretary, proposal_round):
    for model in ("proposalround", "awardcriterion", "votethreshold"):
        assert (
            secretary.get(reverse(f"wagtailsnippets_registrations_{model}:list")).status_code == 200
        )
        assert (
            secretary.get(reverse(f"wagtailsnippets_registrations_{model}:add")).status_code == 200
        )
    edit = secretary.get(
        reverse("wagtailsnippets_registrations_proposalround:edit", args=[proposal_round.pk])
    )
    assert "Thành phần hồ sơ" in edit.content.decode()


def test_nominee_of_another_proposal_is_not_decided_through_this_one(secretary, sent):
    proposal = sent[0]
    stranger = ProposedNomineeFactory()
    response = decide(secretary, proposal, stranger, "accepted")
    assert response.status_code == 404
    assert ProposedNominee.objects.get(pk=stranger.pk).decision == NomineeDecision.PENDING


def test_work_list_queries_do_not_grow_with_the_proposals(users, sent, proposal_round):
    request = RequestFactory().get("/admin/")
    request.user = users[demo_accounts.SECRETARIAT]
    proposal_work_items(request)  # warm the holiday cache and the permissions

    def queries():
        with CaptureQueriesContext(connection) as captured:
            items = proposal_work_items(request)
        return len(captured), items

    before, _items = queries()
    long_ago = timezone.localdate() - datetime.timedelta(days=90)
    for _ in range(4):
        unit = UnitFactory()
        proposal = ProposalFactory(round=proposal_round, unit=unit)
        ProposedNomineeFactory(proposal=proposal)
        proposal = workflow.submit(proposal, officer_for(unit))[0]
        proposal.complete_on = long_ago
        proposal.save()
    after, items = queries()
    assert after == before
    overdue = {item.label: item for item in items}["Hồ sơ đề nghị khen thưởng quá thời hạn xử lý"]
    assert overdue.count == 4


def test_round_page_links_to_the_council_only_for_those_who_record_its_vote(
    client, secretary, sent
):
    from django.contrib.auth.models import Permission

    from tests.factories import UserFactory

    proposal_round = sent[0].round
    council = reverse("council:round", args=[proposal_round.pk])
    assert council in secretary.get(url("round", proposal_round.pk)).content.decode()
    reviewer = UserFactory(username="chi-tham-dinh")
    reviewer.user_permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="review_proposal"),
    )
    client.force_login(reviewer)
    response = client.get(url("round", proposal_round.pk))
    assert response.status_code == 200 and council not in response.content.decode()
