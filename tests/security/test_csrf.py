"""CSRF: every POST endpoint of the site, sent without a token or with a forged one, answers
403 and changes nothing. `test_every_view_of_the_project_is_known` walks the URL conf and the
routable pages, so a new view must be classified here (and, if it takes POST, listed in
POST_ENDPOINTS) before the suite passes."""

import pytest
from django.contrib.auth.tokens import default_token_generator
from django.core import mail
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver
from django.utils import timezone
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from wagtail.models import Page

from consultations.models import ModerationLogEntry, PortalComment, Question
from demo import accounts as demo_accounts
from registrations import workflow
from registrations.models import (
    Ballot,
    CouncilMeeting,
    DossierCheck,
    Proposal,
    ProposalDocument,
    ProposedNominee,
    Registration,
    ReportAttachment,
    ResultReport,
    SubmissionLog,
    UnitOfficer,
)
from registrations.views.reports import start_report
from tests.consultations.factories import MINIMAL_PDF
from tests.consultations.helpers import OPINION, READER_COMMENT
from tests.registrations.factories import registration_with_rows
from tests.registrations.proposals.factories import (
    ProposalFactory,
    ProposalRoundFactory,
    ProposedNomineeFactory,
)

pytestmark = pytest.mark.django_db

# A cookie and a token that do not belong together (the same character repeated in both
# would unmask to the same secret and pass).
FORGED_COOKIE, FORGED_TOKEN = "A" * 32, "B" * 32
NEW_PASSWORD = {"new_password1": "Moi@12345678", "new_password2": "Moi@12345678"}
SIGN_IN = {"username": demo_accounts.UNIT_OFFICER, "password": "demo-password-for-tests"}
REASON = {"reason": "spam"}
UNTIL = {"until": "2099-01-01T08:00"}
KEY = {"submission_key": "8d0c1a52-7e0b-4d7e-9a57-1f1b1e4b2c11"}


def state():
    """What a POST could change, compared before and after."""
    from django.contrib.auth import get_user_model

    from award_requests.models import AwardRequest
    from news.models import Awardee, ResistanceAward

    User = get_user_model()
    return {
        "comments": list(
            PortalComment.objects.values_list("pk", "moderation_state", "is_public", "comment")
        ),
        "questions": list(Question.objects.values_list("pk", "state", "answer", "text")),
        "moderation log": ModerationLogEntry.objects.count(),
        "registrations": list(
            Registration.objects.values_list("pk", "state", "signer_name", "reopened_until")
        ),
        "reports": list(ResultReport.objects.values_list("pk", "state", "situation")),
        "attachments": ReportAttachment.objects.count(),
        "submission log": SubmissionLog.objects.count(),
        "users": list(User.objects.values_list("pk", "password", "last_login", "is_active")),
        "officers": UnitOfficer.objects.count(),
        "awardees": Awardee.objects.count(),
        "mails": len(mail.outbox),
        "proposals": list(
            Proposal.objects.values_list("pk", "state", "cover_number", "complete_on")
        ),
        "nominees": list(
            ProposedNominee.objects.values_list("pk", "decision", "full_name", "nominee_page")
        ),
        "proposal documents": ProposalDocument.objects.count(),
        "dossier checks": DossierCheck.objects.count(),
        "meetings": CouncilMeeting.objects.count(),
        "ballots": Ballot.objects.count(),
        "pages": Page.objects.count(),
        "award requests": list(
            AwardRequest.objects.values_list("pk", "status", "answer", "papers_requested")
        ),
        "resistance records": ResistanceAward.objects.count(),
    }


@pytest.fixture
def world(nominee, news_page, story, unit_setting, users):
    """One of everything a POST acts on."""
    window, unit, user = unit_setting["window"], unit_setting["unit"], unit_setting["user"]
    registration = registration_with_rows(window.campaign, unit)
    workflow.submit(registration, user)
    report = start_report(window, unit, user)
    from django.core.files.base import ContentFile

    attachment = ReportAttachment(report=report, original_name="bao-cao.pdf", size=10)
    attachment.file.save("bao-cao.pdf", ContentFile(MINIMAL_PDF), save=False)
    attachment.save()
    draft_campaign = window.campaign
    question = Question.objects.create(name="Hà Văn Lâm", email="lam@example.vn", text="?")
    from django.contrib.contenttypes.models import ContentType
    from django.contrib.sites.models import Site

    comment = PortalComment.objects.create(
        content_type=ContentType.objects.get_for_model(type(nominee)), object_pk=str(nominee.pk),
        site_id=Site.objects.get_current().pk, user_name="Lò Văn A",
        user_email="a@example.vn", comment="Ý kiến", page_id=nominee.pk,
        round_id=nominee.get_parent().pk, is_public=False,
    )  # fmt: skip
    from news.models import AwardDecisionPage

    # An award proposal of the officer's unit, sent, with a nominee, a document and a meeting.
    proposal_round = ProposalRoundFactory()
    proposal = ProposalFactory(round=proposal_round, unit=unit)
    proposed = ProposedNomineeFactory(proposal=proposal)
    document = ProposalDocument(proposal=proposal, original_name="to-trinh.pdf", size=10)
    document.file.save("to-trinh.pdf", ContentFile(MINIMAL_PDF), save=False)
    document.save()
    workflow.submit(proposal, user)
    meeting = CouncilMeeting.objects.create(
        round=proposal_round, held_on=timezone.localdate(), members_total=17, members_present=15
    )
    officer = users[demo_accounts.UNIT_OFFICER]
    from award_requests.models import AwardRequest

    award_request = AwardRequest.objects.create(
        kind="xac_nhan", requester_name="Bế Thị Hoa", requester_phone="0912 345 678",
        relation="con", awardee_name="Bế Văn Lộc", reason="Làm hồ sơ chế độ.",
    )  # fmt: skip
    return {
        "award_request": award_request.pk,
        "proposal_round": proposal_round.pk,
        "proposal": proposal.pk,
        "proposed": proposed.pk,
        "proposal_document": document.pk,
        "meeting": meeting.pk,
        "nominee": nominee.url,
        "news": news_page.url,
        "story": story.url,
        "campaign": draft_campaign.pk,
        "window": window.pk,
        "unit": unit.pk,
        "registration": registration.pk,
        "report": report.pk,
        "attachment": attachment.pk,
        "question": question.pk,
        "comment": comment.pk,
        "decision": AwardDecisionPage.objects.live().first().pk,
        "officer_record": UnitOfficer.objects.get(user=officer).pk,
        "uid": urlsafe_base64_encode(force_bytes(officer.pk)),
        "token": default_token_generator.make_token(officer),
        "officer_user": user,
    }


UNIT_PROPOSAL = "/dang-ky-thi-dua/de-nghi/{proposal_round}/"
OFFICE_PROPOSAL = "/admin/de-nghi-khen-thuong/ho-so/{proposal}/"
# (who posts, URL template, data): every POST endpoint of the site.
POST_ENDPOINTS = [
    ("anonymous", "{nominee}", {**OPINION, **KEY}),
    ("anonymous", "{nominee}binh-luan/", {**OPINION, **KEY}),
    ("anonymous", "{news}", READER_COMMENT),
    ("anonymous", "{news}binh-luan/", READER_COMMENT),
    ("anonymous", "{story}", READER_COMMENT),
    ("anonymous", "{story}binh-luan/", READER_COMMENT),
    ("anonymous", "/hoi-dap/gui-cau-hoi/", {"name": "A", "email": "a@example.vn", "comment": "?"}),
    ("anonymous", "/hoi-dap/tra-cuu/", {"code": "HD-2026-AAAAAA", "email": "a@example.vn"}),
    ("anonymous", "/tra-cuu-y-kien/", {"code": "YK-2026-AAAAAA", "email": "a@example.vn"}),
    ("anonymous", "/tai-khoan/dang-nhap/", SIGN_IN),
    ("anonymous", "/tai-khoan/quen-mat-khau/", {"email": "donvi1@example.invalid"}),
    ("anonymous", "/tai-khoan/dat-mat-khau/{uid}/{token}/", NEW_PASSWORD),
    ("anonymous", "/tai-khoan/dat-mat-khau/{uid}/set-password/", NEW_PASSWORD),
    ("anonymous", "/admin/login/", {**SIGN_IN, "username": "admin"}),
    ("officer", "/tai-khoan/dang-xuat/", {}),
    ("officer", "/dang-ky-thi-dua/dang-ky/{campaign}/", {"signer_name": "Đổi", "action": "save"}),
    ("officer", "/dang-ky-thi-dua/dang-ky/{campaign}/nhap-ca-nhan/", {}),
    ("officer", "/dang-ky-thi-dua/dang-ky/{campaign}/gui/", {}),
    ("officer", "/dang-ky-thi-dua/bao-cao/{window}/gui/", {}),
    ("officer", "/dang-ky-thi-dua/bao-cao/{window}/", {"situation": "Đổi", "action": "save"}),
    ("officer", "/dang-ky-thi-dua/bao-cao/{window}/tep/{attachment}/xoa/", {}),
    ("secretariat", "/admin/logout/", {}),
    ("secretariat", "/admin/bulk/consultations/portalcomment/approve/?id={comment}", {}),
    ("secretariat", "/admin/bulk/consultations/portalcomment/reject/?id={comment}", REASON),
    ("secretariat", "/admin/dang-ky-thi-dua/dang-ky/{registration}/tra-lai/", {"reason": "Thiếu."}),
    ("secretariat", "/admin/dang-ky-thi-dua/dang-ky/{registration}/tiep-nhan/", {}),
    ("secretariat", "/admin/dang-ky-thi-dua/dot/{campaign}/don-vi/{unit}/gia-han/", UNTIL),
    ("secretariat", "/admin/dang-ky-thi-dua/bao-cao/{report}/tra-lai/", {"reason": "Thiếu."}),
    ("secretariat", "/admin/dang-ky-thi-dua/bao-cao/{report}/tiep-nhan/", {}),
    ("secretariat", "/admin/dang-ky-thi-dua/ky-bao-cao/{window}/don-vi/{unit}/gia-han/", {}),
    ("secretariat", "/admin/can-bo-don-vi/them/", {"unit": "{unit}", "username": "m"}),
    ("secretariat", "/admin/can-bo-don-vi/{officer_record}/gui-lai-thu-moi/", {}),
    ("secretariat", "/admin/can-bo-don-vi/nhap-tu-tep/", {}),
    ("secretariat", "/admin/snippets/consultations/question/edit/{question}/", {"answer": "Đổi"}),
    ("superuser", "/admin/snippets/choose/consultations/question/create/", {"text": "Mới"}),
    ("editor", "/admin/khen-thuong/{decision}/nhap-danh-sach/", {}),
    ("secretariat", "/admin/khen-thuong-khang-chien/nhap/", {}),
    # Requests to confirm or re-issue an award: the citizen's form and look-up, the office's steps.
    ("anonymous", "/xac-minh/de-nghi/", {"kind": "xac_nhan", "requester_name": "A"}),
    ("anonymous", "/xac-minh/de-nghi/tra-cuu/", {"code": "XN-2026-AAAAAA", "phone": "0912345678"}),
    ("secretariat", "/admin/de-nghi-xac-nhan/{award_request}/tiep-nhan/", {}),
    ("secretariat", "/admin/de-nghi-xac-nhan/{award_request}/bo-sung/", {"papers": "Bản sao."}),
    ("secretariat", "/admin/de-nghi-xac-nhan/{award_request}/tra-loi/", {"answer": "Đã xác nhận."}),
    ("secretariat", "/admin/de-nghi-xac-nhan/{award_request}/tu-choi/", {"reason": "Không có."}),
    # Award proposals: the unit's pages, the office's review, the council.
    ("officer", UNIT_PROPOSAL, {"cover_number": "Đổi"}),
    ("officer", UNIT_PROPOSAL + "them-nguoi/", {"full_name": "Mới"}),
    ("officer", UNIT_PROPOSAL + "nguoi/{proposed}/", {"full_name": "Đổi"}),
    ("officer", UNIT_PROPOSAL + "nguoi/{proposed}/xoa/", {}),
    ("officer", UNIT_PROPOSAL + "tai-lieu/", {}),
    ("officer", UNIT_PROPOSAL + "tai-lieu/{proposal_document}/xoa/", {}),
    ("officer", UNIT_PROPOSAL + "nhap-danh-sach/", {}),
    ("officer", UNIT_PROPOSAL + "gui/", {}),
    ("secretariat", OFFICE_PROPOSAL + "kiem-tra/", {}),
    ("secretariat", OFFICE_PROPOSAL + "day-du/", {"day": "01/12/2026"}),
    ("secretariat", OFFICE_PROPOSAL + "nguoi/{proposed}/tham-dinh/", {"decision": "accepted"}),
    ("secretariat", OFFICE_PROPOSAL + "tra-lai/", {"reason": "Thiếu."}),
    ("secretariat", OFFICE_PROPOSAL + "tiep-nhan/", {}),
    ("secretariat", "/admin/hoi-dong/dot/{proposal_round}/lay-y-kien/", {}),
    ("secretariat", "/admin/hoi-dong/dot/{proposal_round}/phien-hop/", {"members_total": "17"}),
    ("secretariat", "/admin/hoi-dong/phien-hop/{meeting}/", {}),
    ("secretariat", "/admin/hoi-dong/phien-hop/{meeting}/quyet-dinh/", {}),
]  # fmt: skip


def fill(value, world):
    if isinstance(value, list):
        return [fill(item, world) for item in value]
    return value.format(**world) if isinstance(value, str) else value


@pytest.mark.parametrize(
    ("who", "url", "data"), POST_ENDPOINTS, ids=[f"{w}:{u}" for w, u, _d in POST_ENDPOINTS]
)
def test_post_without_a_valid_token_is_refused(world, role_user, who, url, data):
    for token in ("missing", "forged"):
        post_without_token(world, role_user, who, url, data, token)


def post_without_token(world, role_user, who, url, data, token):
    client = Client(enforce_csrf_checks=True)
    if who == "officer":
        client.force_login(world["officer_user"])
    elif who != "anonymous":
        client.force_login(role_user(who))
    url = fill(url, world)
    data = {key: fill(value, world) for key, value in data.items()}
    if token == "forged":
        client.cookies["csrftoken"] = FORGED_COOKIE
        data["csrfmiddlewaretoken"] = FORGED_TOKEN
    if "set-password" in url:
        # The confirm view keeps the token in the session first (a GET), then the form posts.
        token_url = url.replace("set-password", world["token"])
        assert client.get(token_url).status_code == 302
    before = state()
    response = client.post(url, data)
    assert response.status_code == 403, (url, token, response.status_code)
    assert state() == before, (url, token)
    if who != "anonymous":
        # Still signed in: sign-out needs a valid token too.
        assert "_auth_user_id" in client.session


def test_the_forms_carry_a_token(client, nominee):
    """The other side of the check: the public forms work with the token they render."""
    html = Client(enforce_csrf_checks=True).get(nominee.url + "binh-luan/").content.decode()
    assert 'name="csrfmiddlewaretoken"' in html


# Every view of the project, classified -----------------------------------------------------

# Views of the project's own modules reached through the URL conf (Django's and Wagtail's
# own views are theirs to protect; the admin's snippet and page views are Wagtail's).
GET_ONLY_VIEWS = {
    "core.views.health",
    "sitesearch.views.search",
    "consultations.admin_views.queue.ModerationQueueView",
    "consultations.admin_views.comments.detail",
    "consultations.admin_views.reports.report",
    "consultations.admin_views.questions.question_attachment",
    "news.admin_views.download_template",
    "news.admin_views.download_resistance_template",
    # The resistance-war records' list, with its import button (news.wagtail_hooks).
    "news.wagtail_hooks.IndexView",
    "registrations.admin_views.records.overview",
    "registrations.admin_views.ranking.ranking",
    "registrations.admin_views.ranking.export",
    "registrations.admin_views.records.registration_detail",
    "registrations.admin_views.records.registration_version",
    "registrations.admin_views.records.report_detail",
    "registrations.admin_views.records.report_version",
    "registrations.admin_views.records.report_attachment",
    "registrations.admin_views.officers.officer_list",
    "registrations.admin_views.officers.import_template",
    "registrations.admin_views.proposals.rounds",
    "registrations.admin_views.proposals.round_detail",
    "registrations.admin_views.proposals.round_export",
    "registrations.admin_views.proposals.round_docx",
    "registrations.admin_views.proposals.proposal_detail",
    "registrations.admin_views.proposals.proposal_version",
    "registrations.admin_views.proposals.proposal_document",
    "registrations.admin_views.council.round_view",
    "registrations.admin_views.council.minutes_docx",
    "registrations.admin_views.council.minutes_print",
    "registrations.admin_views.proposal_statistics.statistics",
    "registrations.admin_views.proposal_statistics.statistics_csv",
    # The office's list of questions (Wagtail's snippet index, with exports neutralised).
    "consultations.wagtail_hooks.QuestionIndexView",
    # Wagtail's snippet chooser for models holding personal data, with a permission check.
    "core.admin_permissions.ChooseView",
    "core.admin_permissions.ChooseResultsView",
    "core.admin_permissions.ChosenView",
    "core.admin_permissions.ChosenMultipleView",
    # Wagtail's snippet chooser and list, searching names without diacritics (core.choosers).
    "core.choosers.ChooseView",
    "core.choosers.ChooseResultsView",
    "core.choosers.IndexView",
    # Verifying an award: the record, its sheet and QR codes; the office's sheet of codes.
    "verification.views.index",
    "verification.views.record",
    "verification.views.certificate",
    "verification.views.qr_svg",
    "verification.views.qr_png",
    "verification.admin_views.qr_sheet",
    # Requests to confirm or re-issue an award: the citizen's pages and the office's list.
    "award_requests.views.sent",
    "award_requests.views.status",
    "award_requests.views.reply_file",
    "award_requests.admin_views.detail",
    "award_requests.admin_views.scan",
    "award_requests.admin_views.reply_file",
    "award_requests.wagtail_hooks.AwardRequestIndexView",
    # Its snippet edit view only leads to the request's own page, for GET and POST alike.
    "award_requests.wagtail_hooks.AwardRequestEditView",
    # Open data.
    "opendata.views.index",
    "opendata.views.data",
}
POST_VIEWS = {
    "consultations.views.opinion_status",
    "news.admin_views.import_awardees",
    "news.admin_views.import_resistance_awards",
    "award_requests.views.ask",
    "award_requests.views.track",
    "award_requests.admin_views.acknowledge",
    "award_requests.admin_views.ask_for_papers",
    "award_requests.admin_views.answer",
    "award_requests.admin_views.refuse",
    "core.admin_permissions.CreateView",
    "registrations.admin_views.actions.registration_return",
    "registrations.admin_views.actions.registration_accept",
    "registrations.admin_views.actions.registration_reopen",
    "registrations.admin_views.actions.report_return",
    "registrations.admin_views.actions.report_accept",
    "registrations.admin_views.actions.report_reopen",
    "registrations.admin_views.officers.officer_add",
    "registrations.admin_views.officers.officer_reinvite",
    "registrations.admin_views.officers.officer_import",
    "registrations.admin_views.proposals.proposal_checks",
    "registrations.admin_views.proposals.proposal_complete",
    "registrations.admin_views.proposals.nominee_decision",
    "registrations.admin_views.proposals.proposal_return",
    "registrations.admin_views.proposals.proposal_accept",
    "registrations.admin_views.council.make_consultation",
    "registrations.admin_views.council.meeting_create",
    "registrations.admin_views.council.meeting_view",
    "registrations.admin_views.council.make_decision",
}
# Routes of routable pages: (page model, route name) → whether it takes POST.
PAGE_ROUTES = {
    ("NomineePage", "page"): "post",
    ("NomineePage", "comment_form"): "post",
    ("NomineePage", "comment_sent"): "get",
    ("NewsPage", "page"): "post",
    ("NewsPage", "comment_form"): "post",
    ("NewsPage", "comment_sent"): "get",
    ("ExemplarPage", "page"): "post",
    ("ExemplarPage", "comment_form"): "post",
    ("ExemplarPage", "comment_sent"): "get",
    ("QuestionIndexPage", "list"): "get",
    ("QuestionIndexPage", "ask"): "post",
    ("QuestionIndexPage", "sent"): "get",
    ("QuestionIndexPage", "track"): "post",
    ("RegistrationPortalPage", "index"): "get",
    ("RegistrationPortalPage", "registration"): "post",
    ("RegistrationPortalPage", "registration_import"): "post",
    ("RegistrationPortalPage", "individuals_template"): "get",
    ("RegistrationPortalPage", "registration_send"): "post",
    ("RegistrationPortalPage", "registration_sent"): "get",
    ("RegistrationPortalPage", "registration_print"): "get",
    ("RegistrationPortalPage", "registration_version"): "get",
    ("RegistrationPortalPage", "report"): "post",
    ("RegistrationPortalPage", "report_send"): "post",
    ("RegistrationPortalPage", "report_sent"): "get",
    ("RegistrationPortalPage", "report_print"): "get",
    ("RegistrationPortalPage", "report_version"): "get",
    ("RegistrationPortalPage", "report_attachment"): "get",
    ("RegistrationPortalPage", "report_attachment_delete"): "post",
    ("RegistrationPortalPage", "proposal"): "post",
    ("RegistrationPortalPage", "proposal_nominee_add"): "post",
    ("RegistrationPortalPage", "proposal_nominee"): "post",
    ("RegistrationPortalPage", "proposal_nominee_delete"): "post",
    ("RegistrationPortalPage", "proposal_nominee_report"): "get",
    ("RegistrationPortalPage", "proposal_document_upload"): "post",
    ("RegistrationPortalPage", "proposal_document"): "get",
    ("RegistrationPortalPage", "proposal_document_delete"): "post",
    ("RegistrationPortalPage", "proposal_import"): "post",
    ("RegistrationPortalPage", "nominees_template"): "get",
    ("RegistrationPortalPage", "proposal_send"): "post",
    ("RegistrationPortalPage", "proposal_sent"): "get",
    ("RegistrationPortalPage", "proposal_status"): "get",
    ("RegistrationPortalPage", "proposal_print"): "get",
    ("RegistrationPortalPage", "proposal_version"): "get",
    ("NewsIndexPage", "index"): "get",
    ("NewsIndexPage", "feed"): "get",
    ("ExemplarIndexPage", "index"): "get",
    ("ExemplarIndexPage", "by_locality"): "get",
    ("ExemplarIndexPage", "feed"): "get",
    ("AwardLookupPage", "search"): "get",
    ("AwardLookupPage", "awardee"): "get",
    ("AwardLookupPage", "resistance"): "get",
    ("AwardLookupPage", "export_csv"): "get",
    ("AwardLookupPage", "export_xlsx"): "get",
    ("AwardStatisticsPage", "index"): "get",
    ("AwardStatisticsPage", "export_csv"): "get",
}
PROJECT_MODULES = ("core.", "home.", "sitesearch.", "news.", "exemplars.", "consultations.")
PROJECT_MODULES += ("registrations.", "verification.", "award_requests.", "opendata.")


def project_views(patterns):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            yield from project_views(pattern.url_patterns)
        elif isinstance(pattern, URLPattern):
            callback = getattr(pattern.callback, "view_class", pattern.callback)
            name = f"{callback.__module__}.{getattr(callback, '__qualname__', '')}"
            if name.startswith(PROJECT_MODULES):
                yield name


def test_every_view_of_the_project_is_known():
    found = set(project_views(get_resolver().url_patterns))
    unknown = found - GET_ONLY_VIEWS - POST_VIEWS
    assert not unknown, f"classify these views and test their POST here: {sorted(unknown)}"
    assert found >= POST_VIEWS | GET_ONLY_VIEWS - {"core.views.health"}


def test_every_route_of_the_routable_pages_is_known():
    from wagtail.contrib.routable_page.models import RoutablePageMixin
    from wagtail.models import get_page_models

    found = {}
    for model in get_page_models():
        if issubclass(model, RoutablePageMixin) and not model._meta.abstract:
            for pattern in model.get_subpage_urls():
                if pattern.name == "index_route":  # Wagtail's own: the page as it is served
                    continue
                found[(model.__name__, pattern.name)] = pattern
    unknown = set(found) - set(PAGE_ROUTES)
    assert not unknown, f"classify these routes and test their POST here: {sorted(unknown)}"


def test_every_post_route_is_in_the_list():
    listed = {url for _who, url, _data in POST_ENDPOINTS}
    expected = {
        ("NomineePage", "page"): "{nominee}",
        ("NomineePage", "comment_form"): "{nominee}binh-luan/",
        ("NewsPage", "page"): "{news}",
        ("NewsPage", "comment_form"): "{news}binh-luan/",
        ("ExemplarPage", "page"): "{story}",
        ("ExemplarPage", "comment_form"): "{story}binh-luan/",
        ("QuestionIndexPage", "ask"): "/hoi-dap/gui-cau-hoi/",
        ("QuestionIndexPage", "track"): "/hoi-dap/tra-cuu/",
        ("RegistrationPortalPage", "registration"): "/dang-ky-thi-dua/dang-ky/{campaign}/",
        ("RegistrationPortalPage", "registration_import"): (
            "/dang-ky-thi-dua/dang-ky/{campaign}/nhap-ca-nhan/"
        ),
        ("RegistrationPortalPage", "report"): "/dang-ky-thi-dua/bao-cao/{window}/",
        ("RegistrationPortalPage", "registration_send"): "/dang-ky-thi-dua/dang-ky/{campaign}/gui/",
        ("RegistrationPortalPage", "report_send"): "/dang-ky-thi-dua/bao-cao/{window}/gui/",
        ("RegistrationPortalPage", "report_attachment_delete"): (
            "/dang-ky-thi-dua/bao-cao/{window}/tep/{attachment}/xoa/"
        ),
        ("RegistrationPortalPage", "proposal"): UNIT_PROPOSAL,
        ("RegistrationPortalPage", "proposal_nominee_add"): (UNIT_PROPOSAL + "them-nguoi/"),
        ("RegistrationPortalPage", "proposal_nominee"): (UNIT_PROPOSAL + "nguoi/{proposed}/"),
        ("RegistrationPortalPage", "proposal_nominee_delete"): (
            UNIT_PROPOSAL + "nguoi/{proposed}/xoa/"
        ),
        ("RegistrationPortalPage", "proposal_document_upload"): (UNIT_PROPOSAL + "tai-lieu/"),
        ("RegistrationPortalPage", "proposal_document_delete"): (
            UNIT_PROPOSAL + "tai-lieu/{proposal_document}/xoa/"
        ),
        ("RegistrationPortalPage", "proposal_import"): (UNIT_PROPOSAL + "nhap-danh-sach/"),
        (
            "RegistrationPortalPage",
            "proposal_send",
        ): UNIT_PROPOSAL + "gui/",
    }
    assert set(expected) == {route for route, method in PAGE_ROUTES.items() if method == "post"}
    assert set(expected.values()) <= listed
