"""Every address of the admin, walked as every role, with citizens' personal data seeded.

The hand-written table (test_permissions.py) lists the addresses someone thought of; Wagtail
adds many more on its own (a chooser, a usage page, a history, a bulk action and a copy view
for every snippet, reports, API endpoints), and an outside test found one of them (the snippet
chooser) showing citizens' questions to editors. This walk reads the URL patterns themselves,
so an address added by an upgrade or a new model is walked without anyone writing it down:

1. no address answers 500, whoever asks;
2. only the secretariat and the superuser ever receive a byte of the seeded question, opinion
   (text, reference code, name, e-mail, phone, address) or unit registration (the people put
   forward, the signer);
3. the question choosers of the finding, and the bulk delete, refuse editors and approvers
   and serve the secretariat.

The sentinels are plain ASCII on purpose: JSON answers (choosers, the API) escape every
non-ASCII character, and a Vietnamese sentinel would slip through them unseen.
"""

import re

import pytest
from django.apps import apps
from django.conf import settings
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from tests.security.conftest import ROLES

pytestmark = pytest.mark.django_db

WALKED_ROLES = ["anonymous", "norole", *ROLES]
# The only roles whose work is citizens' questions and opinions.
TRUSTED = {"secretariat", "superuser"}
ADMIN_PREFIX = f"{settings.ADMIN_PATH}/"

QUESTION = {
    "name": "Qsentinel Vu Thi Kinh",
    "email": "qsentinel.kinh@example.vn",
    "phone": "0911 447 700",
    "reference_code": "HD-2031-QSNTL7",
    # Short enough to be whole in the question's label (its first 12 words).
    "text": "Qsentinel hoi ve che do khen thuong o xa Canh Gac",
}
OPINION = {
    "user_name": "Osentinel Lo Van Sang",
    "user_email": "osentinel.sang@example.vn",
    "phone": "0988 552 301",
    "address": "Osentinel so 17 ngo Canh Gac",
    "comment": "Osentinel khong dong y vi ho so thieu xac nhan",
    "reference_code": "YK-2031-OSNTL7",
}
# A unit's registration: the people it puts forward, and who signed it.
REGISTRATION = {
    "full_name": "Rsentinel Dinh Thi Hoa",
    "signer_name": "Rsentinel Nong Van Ky",
}
# A unit's award proposal: a person it puts forward, with the year of birth of the dossier.
PROPOSAL = {"full_name": "Psentinel Hoang Van Thu", "summary": "Psentinel thanh tich rieng"}
COVER_NUMBER = "Psentinel-12/TTr"
# A citizen's request to confirm or re-issue an award: who asks, how to reach them, the awardee.
AWARD_REQUEST = {
    "requester_name": "Asentinel Be Thi Hoa",
    "requester_phone": "0915 227 604",
    "requester_email": "asentinel.hoa@example.vn",
    "requester_address": "Asentinel thon Na Lang",
    "awardee_name": "Asentinel Be Van Loc",
    "reason": "Asentinel can xac nhan de lam ho so che do",
}
SENTINELS = [
    *QUESTION.values(),
    *OPINION.values(),
    *REGISTRATION.values(),
    *PROPOSAL.values(),
    COVER_NUMBER,
    *AWARD_REQUEST.values(),
]

# Wagtail's own "is error reporting working?" address raises on purpose.
RAISES_ON_PURPOSE = {"wagtailadmin_error_test"}
# Signing out would end the walk's session: walked with a client of its own.
SIGNS_OUT = {"wagtailadmin_logout"}

# The question chooser's views named in the finding.
FINDING = [
    "/{admin}/snippets/choose/consultations/question/",
    "/{admin}/snippets/choose/consultations/question/results/",
    "/{admin}/snippets/choose/consultations/question/chosen/{question}/",
    "/{admin}/snippets/choose/consultations/question/chosen-multiple/?id={question}",
]


ARGUMENT = re.compile(r"<(?:\w+:)?(\w+)>|\(\?P<(\w+)>")


def admin_patterns(patterns=None, prefix="", namespace=""):
    """(route, qualified name, path argument names) of every pattern under the admin, through
    every include."""
    if patterns is None:
        patterns = get_resolver().url_patterns
    for entry in patterns:
        route = prefix + str(entry.pattern)
        if isinstance(entry, URLResolver):
            inner = namespace
            if entry.namespace:
                inner = f"{namespace}:{entry.namespace}" if namespace else entry.namespace
            yield from admin_patterns(entry.url_patterns, route, inner)
        elif isinstance(entry, URLPattern) and route.startswith(ADMIN_PREFIX):
            name = entry.name and (f"{namespace}:{entry.name}" if namespace else entry.name)
            yield route, name, argument_names(route)


def argument_names(route):
    # <converter:name> of a route, (?P<name>...) of a regular expression.
    return [first or second for first, second in ARGUMENT.findall(route)]


@pytest.fixture
def seeded(nominee, unit_setting, users):
    """The sentinel question, opinion and registration, with what makes them show up elsewhere:
    a public page the question points to, a history entry of the office's edit, the opinion's
    references to the nominee and the round, the registration sent to the office."""
    from django.core.files.base import ContentFile
    from django.utils import timezone
    from wagtail.log_actions import log

    from award_requests.models import AwardRequest
    from consultations.models import (
        AnsweredQuestionPage,
        PortalComment,
        Question,
        QuestionIndexPage,
        QuestionTopic,
    )
    from registrations import workflow
    from registrations.models import CouncilMeeting, ProposalDocument, RegisteredIndividual
    from tests.registrations.factories import registration_with_rows
    from tests.registrations.proposals.factories import (
        ProposalFactory,
        ProposalRoundFactory,
        ProposedNomineeFactory,
    )

    secretary = users[ROLES["secretariat"]]
    public_page = QuestionIndexPage.objects.first().add_child(
        instance=AnsweredQuestionPage(
            title="Cau hoi da tra loi (ban cong khai)",
            slug="cau-hoi-cong-khai-cua-bai-kiem-tra",
            kind="question",
            question_text="Ban cong khai, da luoc thong tin ca nhan.",
            answer="<p>Tra loi cong khai.</p>",
            asked_on=timezone.localdate(),
            answered_on=timezone.localdate(),
        )
    )
    question = Question.objects.create(
        **QUESTION,
        topic=QuestionTopic.objects.first(),
        consent_at=timezone.now(),
        assigned_to=secretary,
        public_page=public_page,
        internal_notes="Ghi chu noi bo",
    )
    question.attachment.save("dinh-kem.txt", ContentFile(QUESTION["text"].encode()))
    log(instance=question, action="wagtail.edit", user=secretary)
    comment = PortalComment.objects.create(
        **OPINION,
        content_type_id=nominee.content_type_id,
        object_pk=str(nominee.pk),
        site_id=1,
        page_id=nominee.pk,
        round_id=nominee.get_parent().pk,
        stance="disagree",
        # As the form saves it: not public until the secretariat approves it.
        is_public=False,
        consent_at=timezone.now(),
    )
    registration = registration_with_rows(
        unit_setting["campaign"], unit_setting["unit"], signer_name=REGISTRATION["signer_name"]
    )
    RegisteredIndividual.objects.create(
        registration=registration,
        full_name=REGISTRATION["full_name"],
        title=unit_setting["campaign"].individual_titles.first(),
    )
    workflow.submit(registration, unit_setting["user"])
    proposal = ProposalFactory(
        round=ProposalRoundFactory(), unit=unit_setting["unit"], cover_number=COVER_NUMBER
    )
    proposed = ProposedNomineeFactory(proposal=proposal, **PROPOSAL)
    document = ProposalDocument(proposal=proposal, nominee=proposed, original_name="a.pdf", size=9)
    document.file.save("bao-cao.pdf", ContentFile(PROPOSAL["summary"].encode()), save=False)
    document.save()
    workflow.submit(proposal, unit_setting["user"])
    meeting = CouncilMeeting.objects.create(
        round=proposal.round, held_on=timezone.localdate(), members_total=17, members_present=15
    )
    award_request = AwardRequest.objects.create(
        **AWARD_REQUEST, kind="xac_nhan", relation="con", awardee_birth_year=1941
    )
    award_request.identity_scan.save("giay-to.pdf", ContentFile(b"%PDF-1.4 Asentinel"))
    return {
        "award_request": award_request,
        "proposal": proposal,
        "proposed": proposed,
        "proposal_document": document,
        "meeting": meeting,
        "question": question,
        "comment": comment,
        "public_page": public_page,
        "registration": registration,
    }


@pytest.fixture
def walk_ids(seeded, nominee, unit_setting, users, home_page):
    """A real id for every kind of path argument the admin's patterns take; the nominee's
    page is in the approval workflow, so its workflow views have something to show."""
    from django.contrib.auth.models import Group
    from wagtail.contrib.redirects.models import Redirect
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import Collection, GroupApprovalTask, Site, Workflow

    from home.roles import SECRETARIAT
    from news.models import AwardDecisionPage
    from registrations.models import ReportAttachment, SubmissionVersion, UnitOfficer

    editor = users[ROLES["editor"]]
    revision = nominee.save_revision(user=editor)
    workflow_state = nominee.get_workflow().start(nominee, editor)
    report_version = SubmissionVersion.objects.filter(report__isnull=False).first()
    attachment = ReportAttachment.objects.first()
    redirect = Redirect.objects.create(
        old_path="/trang-cu-cua-bai-kiem-tra", redirect_page=home_page
    )
    return {
        "page": nominee.pk,
        "home": home_page.pk,
        "round": nominee.get_parent().pk,
        "decision": AwardDecisionPage.objects.live().first().pk,
        "public_page": seeded["public_page"].pk,
        "question": seeded["question"].pk,
        "comment": seeded["comment"].pk,
        "revision": revision.pk,
        "task_state": workflow_state.current_task_state.pk,
        "workflow_state": workflow_state.pk,
        "task": GroupApprovalTask.objects.first().pk,
        "workflow": Workflow.objects.filter(active=True).first().pk,
        "site": Site.objects.get(is_default_site=True).pk,
        "collection": Collection.get_first_root_node().pk,
        "document": get_document_model().objects.first().pk,
        "image": get_image_model().objects.first().pk,
        "redirect": redirect.pk,
        "user": unit_setting["user"].pk,
        "secretary": users[ROLES["secretariat"]].pk,
        "topic": seeded["question"].topic_id,
        "group": Group.objects.get(name=SECRETARIAT).pk,
        "registration": seeded["registration"].pk,
        "report": report_version.report_id,
        "attachment_report": attachment.report_id,
        "attachment": attachment.pk,
        "campaign": unit_setting["campaign"].pk,
        "window": unit_setting["window"].pk,
        "unit": unit_setting["unit"].pk,
        "officer": UnitOfficer.objects.get(user=unit_setting["user"]).pk,
        "proposal": seeded["proposal"].pk,
        "proposal_round": seeded["proposal"].round_id,
        "proposed": seeded["proposed"].pk,
        "proposal_document": seeded["proposal_document"].pk,
        "meeting": seeded["meeting"].pk,
        "award_request": seeded["award_request"].pk,
    }


def snippet_pk(namespace, ids):
    """The object of a snippet's (or its chooser's) views: the sentinels for their models, the
    first row otherwise."""
    label = namespace.removeprefix("wagtailsnippetchoosers_").removeprefix("wagtailsnippets_")
    # App labels may hold "_" themselves (award_requests): the longest that starts the label.
    app_label = max(
        (config.label for config in apps.get_app_configs() if label.startswith(config.label + "_")),
        key=len,
    )
    model_name = label.removeprefix(app_label + "_")
    if (app_label, model_name) == ("consultations", "question"):
        return ids["question"]
    if (app_label, model_name) == ("award_requests", "awardrequest"):
        return ids["award_request"]
    model = apps.get_model(app_label, model_name)
    first = model._default_manager.order_by("pk").first()
    return first.pk if first else 1


# (namespace or name, argument) -> key of walk_ids or a fixed value; looked up before GENERIC.
BY_VIEW = {
    ("consultations_admin:detail", "pk"): "comment",
    ("consultations_admin:question_attachment", "pk"): "question",
    ("registrations_office", "pk"): "registration",
    ("registrations_office:report", "pk"): "report",
    ("registrations_office:report_version", "pk"): "report",
    ("registrations_office:report_return", "pk"): "report",
    ("registrations_office:report_accept", "pk"): "report",
    ("registrations_office:report_attachment", "pk"): "attachment_report",
    ("registrations_officers", "pk"): "officer",
    ("proposals_office", "pk"): "proposal",
    ("proposals_office:round", "pk"): "proposal_round",
    ("proposals_office:round_export", "pk"): "proposal_round",
    ("proposals_office:round_docx", "pk"): "proposal_round",
    ("proposals_office", "nominee_id"): "proposed",
    ("proposals_office", "document_id"): "proposal_document",
    ("council", "pk"): "proposal_round",
    ("council:meeting", "pk"): "meeting",
    ("council:minutes_docx", "pk"): "meeting",
    ("council:minutes_print", "pk"): "meeting",
    ("council:make_decision", "pk"): "meeting",
    ("wagtailsites", "pk"): "site",
    ("wagtailusers_users", "pk"): "user",
    ("wagtailusers_groups", "pk"): "group",
    ("wagtailadmin_collections", "pk"): "collection",
    ("wagtailadmin_workflows", "pk"): "workflow",
    ("wagtailadmin_workflows:edit_task", "pk"): "task",
    ("wagtailadmin_workflows:disable_task", "pk"): "task",
    ("wagtailadmin_workflows:enable_task", "pk"): "task",
    ("wagtailsettings", "pk"): "site",
    ("wagtailadmin_api:documents", "pk"): "document",
    ("wagtailadmin_api:images", "pk"): "image",
    ("wagtaildocs_chooser", "pk"): "document",
    ("wagtailimages_chooser", "pk"): "image",
    ("wagtailforms", "page_id"): "home",
    ("news_import_awardees", "page_id"): "decision",
    ("verification_qr_sheet", "page_id"): "decision",
    ("award_requests_admin", "pk"): "award_request",
}
FIXED = {
    ("wagtailsettings", "app_name"): "home",
    ("wagtailsettings", "model_name"): "portalsettings",
    ("wagtailadmin_tag_model_autocomplete", "app_name"): "taggit",
    ("wagtailadmin_tag_model_autocomplete", "model_name"): "tag",
    ("wagtailadmin_workflows", "app_label"): "wagtailcore",
    ("wagtailadmin_workflows", "model_name"): "groupapprovaltask",
    ("wagtailadmin_editing_sessions", "app_label"): "wagtailcore",
    ("wagtailadmin_editing_sessions", "model_name"): "page",
    ("wagtailadmin_api:pages", "action_name"): "copy",
}
GENERIC = {
    "pk": "page",
    "page_id": "page",
    "page_pk": "page",
    "parent_page_id": "page",
    "page_to_move_id": "page",
    "object_id": "page",
    "destination_id": "home",
    "revision_id": "revision",
    "task_state_id": "task_state",
    "workflow_state_id": "workflow_state",
    "task_id": "task",
    "workflow_pk": "workflow",
    "collection_id": "collection",
    "document_id": "document",
    "doc_id": "document",
    "image_id": "image",
    "redirect_id": "redirect",
    "round_id": "round",
    "campaign_id": "campaign",
    "window_id": "window",
    "unit_id": "unit",
    "attachment_id": "attachment",
}
GENERIC_FIXED = {
    "revision_id_a": "earliest",
    "revision_id_b": "latest",
    "action_name": "approve",
    "content_type_app_name": "consultations",
    "content_type_model_name": "nomineepage",
    "app_label": "consultations",
    "model_name": "nomineepage",
    "filter_spec": "fill-80x80",
    "number": 1,
    "fmt": "xlsx",
    "uidb64": "MQ",
    "token": "set-password",
}


def argument_value(name, argument, ids):
    """A sensible value for one path argument of the pattern `name`: by the view, then by
    its namespace, then by the argument's name alone; 1 when nothing is known."""
    namespace = name.rpartition(":")[0]
    if namespace.startswith(("wagtailsnippets_", "wagtailsnippetchoosers_")):
        return snippet_pk(namespace, ids)
    for scope in (name, namespace):
        if (scope, argument) in BY_VIEW:
            return ids[BY_VIEW[scope, argument]]
        if (scope, argument) in FIXED:
            return FIXED[scope, argument]
    if argument in GENERIC:
        return ids[GENERIC[argument]]
    return GENERIC_FIXED.get(argument, 1)


def bulk_action_urls(ids):
    """The bulk-action address takes the model and the action: every registered action of the
    models holding personal data, and of the page tree, with the sentinel selected."""
    from wagtail.admin.views.bulk_action.registry import bulk_action_registry

    urls = []
    targets = [("consultations", "question", ids["question"]), ("wagtailcore", "page", ids["page"])]
    for app_label, model_name, pk in targets:
        for action_class in bulk_action_registry.get_bulk_actions_for_model(app_label, model_name):
            url = reverse(
                "wagtail_bulk_action", args=[app_label, model_name, action_class.action_type]
            )
            urls.append(f"{url}?id={pk}")
    # A comment is no snippet: the dispatcher must find no action for it.
    urls.append(
        reverse("wagtail_bulk_action", args=["consultations", "portalcomment", "delete"])
        + f"?id={ids['comment']}"
    )
    return urls


# More addresses of a pattern, besides the one its arguments give: other objects (dict of
# arguments) or a query string (str, formatted with walk_ids).
VARIANTS = {
    "wagtailsnippetchoosers_consultations_question:chosen_multiple": ["?id={question}"],
    "wagtailsnippetchoosers_consultations_question:choose_results": ["?q=HD-2031"],
    "wagtailsnippets_consultations_question:list": ["?export=csv", "?export=xlsx"],
    "wagtailadmin_reports:site_history": ["?export=csv", "?export=xlsx"],
    "wagtailadmin_reports:site_history_results": ["?label=HD-2031"],
    "wagtailadmin_api:pages:find": ["?id={page}"],
    "wagtailadmin_api:documents:find": ["?id={document}"],
    "wagtailadmin_api:images:find": ["?id={image}"],
    # Who points at the question's public page, at the round and the nominee's page.
    "wagtailadmin_pages:usage": [{"page_id": "public_page"}, {"page_id": "round"}],
    "wagtailadmin_pages:edit": [{"page_id": "round"}],
    "wagtailadmin_pages:history": [{"page_id": "public_page"}],
    "wagtailsnippets_consultations_questiontopic:usage": [{"pk": "topic"}],
    "wagtailusers_users:usage": [{"pk": "secretary"}],
}


def walk_urls(ids):
    """(pattern route, address) for every admin pattern; a pattern may give several."""
    walked = []
    names = set()
    for route, name, arguments in admin_patterns():
        names.add(name)
        if name == "wagtail_bulk_action":
            walked += [(route, url) for url in bulk_action_urls(ids)]
            continue
        if name is None:
            # Unnamed: the admin's own 404 test page and its catch-all.
            walked.append((route, "/" + route.replace("^.*/$", "no-such-admin-page/")))
            continue
        kwargs = {argument: argument_value(name, argument, ids) for argument in arguments}
        url = reverse(name, kwargs=kwargs)
        walked.append((route, url))
        for variant in VARIANTS.get(name, []):
            if isinstance(variant, str):
                walked.append((route, url + variant.format(**ids)))
            else:
                other = {key: ids[value] for key, value in variant.items()}
                walked.append((route, reverse(name, kwargs={**kwargs, **other})))
    assert not set(VARIANTS) - names, "VARIANTS names a pattern that is gone"
    return walked


def body_of(response):
    if getattr(response, "streaming", False):
        # Reading to the end closes the response through the test client's wrapper; closing it
        # again would send request_finished, which closes the test's PostgreSQL connection.
        return b"".join(response.streaming_content)
    return response.content


def fetch(client, url):
    """(status, body); an exception raised by the view counts as the 500 it would be."""
    try:
        response = client.get(url)
    except Exception as error:  # any crash is the finding
        return 500, repr(error).encode()
    return response.status_code, body_of(response)


@pytest.mark.parametrize("role", WALKED_ROLES)
def test_admin_walk(role, as_role, walk_ids):
    client = as_role(role)
    patterns = len(list(admin_patterns()))
    urls = walk_urls(walk_ids)
    errors, leaks = [], []
    for _route, url in urls:
        name = get_resolver().resolve(url.split("?")[0]).view_name
        if name in RAISES_ON_PURPOSE:
            continue
        status, body = fetch(as_role(role) if name in SIGNS_OUT else client, url)
        if status >= 500:
            errors.append(f"{status} {url}: {body[:300]!r}")
        if role not in TRUSTED:
            found = [value for value in SENTINELS if value.encode() in body]
            if found:
                leaks.append(f"{status} {url}: {found}")
    print(f"\n{role}: {patterns} admin URL patterns walked ({len(urls)} addresses)")
    # Losing the admin's includes would make an empty walk pass: there are ~390 patterns.
    assert patterns > 300, f"only {patterns} admin URL patterns found"
    assert not errors, f"{role}: server errors at\n" + "\n".join(errors)
    assert not leaks, f"{role}: personal data at\n" + "\n".join(leaks)


def refused(response):
    """The admin's refusal: 403, or the redirect to its dashboard (with a message)."""
    return response.status_code == 403 or (
        response.status_code == 302
        and response["Location"].rstrip("/") == f"/{settings.ADMIN_PATH}"
    )


@pytest.mark.parametrize(
    ("role", "allowed"),
    [("editor", False), ("approver", False), ("secretariat", True), ("superuser", True)],
)
def test_question_choosers_serve_only_the_secretariat(role, allowed, as_role, walk_ids):
    client = as_role(role)
    code = QUESTION["reference_code"].encode()
    for template in FINDING:
        url = template.format(admin=settings.ADMIN_PATH, **walk_ids)
        # As a link, and as the chooser's modal asks (a script: 403 rather than a redirect).
        for headers in ({}, {"X-Requested-With": "XMLHttpRequest"}):
            response = client.get(url, headers=headers)
            if allowed:
                assert response.status_code == 200, url
                assert code in response.content, url
            else:
                assert refused(response), f"{role} {url} {headers}: {response.status_code}"
                assert code not in response.content, url


@pytest.mark.parametrize("role", ["editor", "approver"])
def test_bulk_delete_of_a_question_is_refused_to_editors(role, as_role, walk_ids):
    url = reverse("wagtail_bulk_action", args=["consultations", "question", "delete"])
    response = as_role(role).get(f"{url}?id={walk_ids['question']}")
    assert refused(response)
    assert QUESTION["reference_code"].encode() not in response.content


# Snippets whose contact fields are an office's, published on the site: not personal data.
ORGANISATIONAL = {"registrations.unit"}
CONTACT_FIELDS = {"email", "user_email", "phone", "address", "ip_address"}


def test_snippets_with_contact_fields_use_the_personal_data_viewset():
    """A new snippet holding someone's e-mail, phone or address gets the permission-checked
    chooser and bulk delete only by deriving from PersonalDataSnippetViewSet: say so early."""
    from wagtail.snippets.models import get_snippet_models

    from core.admin_permissions import PersonalDataSnippetViewSet

    unchecked = [
        model._meta.label_lower
        for model in get_snippet_models()
        if CONTACT_FIELDS & {field.name for field in model._meta.get_fields()}
        and model._meta.label_lower not in ORGANISATIONAL
        and not isinstance(model.snippet_viewset, PersonalDataSnippetViewSet)
    ]
    assert not unchecked
    assert "consultations.question" in [
        model._meta.label_lower
        for model in get_snippet_models()
        if isinstance(model.snippet_viewset, PersonalDataSnippetViewSet)
    ]
