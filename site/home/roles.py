"""The council's roles as Django groups, their permissions and the publication workflow.

`manage.py setup_roles` applies this; it is idempotent and safe to run on every deploy.
"""

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Task,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

EDITORS = "Biên tập viên"
APPROVERS = "Lãnh đạo Ban (duyệt đăng)"
SECRETARIAT = "Thường trực Hội đồng"
UNIT_OFFICERS = "Cán bộ thi đua đơn vị"

# Created by Wagtail's own migrations; replaced by the roles above.
WAGTAIL_DEFAULT_GROUPS = ["Editors", "Moderators"]
WAGTAIL_DEFAULT_WORKFLOW = "Moderators approval"

WORKFLOW_NAME = "Duyệt đăng hai bước"
APPROVAL_TASK_NAME = "Lãnh đạo Ban duyệt"

# Page permissions on the site's home page (and so on every section below it).
PAGE_PERMISSIONS = {
    EDITORS: ["add_page", "change_page"],
    APPROVERS: ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
    SECRETARIAT: ["add_page", "change_page", "publish_page"],
}
MEDIA_PERMISSIONS = {
    EDITORS: [
        "add_image",
        "change_image",
        "choose_image",
        "add_document",
        "change_document",
        "choose_document",
    ],
    APPROVERS: [
        "add_image",
        "change_image",
        "choose_image",
        "add_document",
        "change_document",
        "choose_document",
    ],
    SECRETARIAT: [
        "add_image",
        "change_image",
        "choose_image",
        "add_document",
        "change_document",
        "choose_document",
    ],
}
EDIT = ("add", "change", "view")
MANAGE = ("add", "change", "delete", "view")


def model_permissions(app_label, models, actions):
    return [f"{app_label}.{action}_{model}" for model in models for action in actions]


# Model permissions: "app_label.codename".
MODEL_PERMISSIONS = {
    EDITORS: [
        "wagtailadmin.access_admin",
        # The lists editors pick from while writing.
        *model_permissions("news", ["newscategory", "issuingbody"], EDIT),
        *model_permissions("exemplars", ["exemplargroup"], EDIT),
    ],
    APPROVERS: ["wagtailadmin.access_admin"],
    SECRETARIAT: [
        "wagtailadmin.access_admin",
        "home.change_portalsettings",
        # The open data's licence (Cài đặt → Dữ liệu mở).
        "opendata.change_opendatalicence",
        *model_permissions("home", ["locality"], MANAGE),
        # Units' registration: units, officers, clusters and campaigns, and the office's review.
        *model_permissions("registrations", ["unit", "unitofficer"], EDIT),
        *model_permissions("registrations", ["cluster", "campaign", "unitkind"], MANAGE),
        "registrations.review_registration",
        # Award proposals: the rounds, their criteria and the council's thresholds; the
        # review of dossiers and the council's vote.
        *model_permissions(
            "registrations", ["proposalround", "awardcriterion", "votethreshold"], MANAGE
        ),
        "registrations.review_proposal",
        "registrations.record_council_vote",
        # The award catalogue, the targets and the lists editors pick from.
        *model_permissions(
            "news",
            ["awardform", "awardtarget", "decisionlevel", "newscategory", "issuingbody"],
            MANAGE,
        ),
        *model_permissions("exemplars", ["exemplargroup"], MANAGE),
        # The resistance-war award records, imported from the office's register.
        *model_permissions("news", ["resistanceaward"], MANAGE),
        # Consultations: the holiday calendar, and moderating every comment of the site.
        *model_permissions("consultations", ["holiday", "questiontopic"], MANAGE),
        "consultations.moderate_portalcomment",
        # Citizens' questions: handled and answered, never added or deleted in the admin.
        "consultations.change_question",
        "consultations.view_question",
        # The register of personal data breaches: kept, never deleted, by the office alone.
        *model_permissions("breaches", ["breach"], EDIT),
        # Personal-data requests: handled, never added or deleted in the admin.
        "privacy.change_datarequest",
        "privacy.view_datarequest",
        # Requests to confirm or re-issue an award: handled, never added or deleted in the
        # admin; their deadlines, legal basis and retention kept up to date.
        "award_requests.change_awardrequest",
        "award_requests.view_awardrequest",
        *model_permissions("award_requests", ["kindrule"], MANAGE),
    ],
    UNIT_OFFICERS: [],
}
MEDIA_APPS = {"image": "wagtailimages", "document": "wagtaildocs"}


def _permission(app_label, codename):
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def _media_permission(codename):
    return _permission(MEDIA_APPS[codename.split("_", 1)[1]], codename)


@transaction.atomic
def setup_roles(home_page=None):
    """Create or update the groups, their permissions and the workflow on `home_page`."""
    groups = {name: Group.objects.get_or_create(name=name)[0] for name in MODEL_PERMISSIONS}

    for name, perms in MODEL_PERMISSIONS.items():
        groups[name].permissions.set([_permission(*perm.split(".", 1)) for perm in perms])

    root_collection = Collection.get_first_root_node()
    for name, codenames in MEDIA_PERMISSIONS.items():
        for codename in codenames:
            GroupCollectionPermission.objects.get_or_create(
                group=groups[name],
                collection=root_collection,
                permission=_media_permission(codename),
            )

    if home_page is None:
        home_page = Page.objects.filter(depth=2).first()
    if home_page is None:
        return groups

    for name, codenames in PAGE_PERMISSIONS.items():
        for codename in codenames:
            GroupPagePermission.objects.get_or_create(
                group=groups[name], page=home_page, permission=_permission("wagtailcore", codename)
            )

    task = GroupApprovalTask.objects.filter(name=APPROVAL_TASK_NAME).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=APPROVAL_TASK_NAME)
    task.groups.set([groups[APPROVERS]])
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME, defaults={"active": True})
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    WorkflowPage.objects.update_or_create(page=home_page, defaults={"workflow": workflow})
    retire_wagtail_defaults()
    return groups


# Wagtail's starter rows, renamed (retire_wagtail_defaults).
RETIRED_WORKFLOW_NAME = "Quy trình mẫu của Wagtail (không dùng)"
RETIRED_TASK_NAME = "Bước duyệt mẫu của Wagtail (không dùng)"
ROOT_PAGE_TITLE = "Gốc"
ROOT_COLLECTION_NAME = "Thư mục gốc"


def retire_wagtail_defaults():
    """Wagtail's starter groups carry page permissions on the whole tree; unless someone was
    put in them, remove them so the council's roles are the only ones. Its starter workflow
    and task are switched off (kept for their history) and, like the tree's root and the root
    collection, given Vietnamese names: staff meet them in choosers, reports and filters."""
    Group.objects.filter(name__in=WAGTAIL_DEFAULT_GROUPS, user__isnull=True).delete()
    Workflow.objects.filter(name=WAGTAIL_DEFAULT_WORKFLOW).update(
        active=False, name=RETIRED_WORKFLOW_NAME
    )
    Task.objects.filter(name=WAGTAIL_DEFAULT_WORKFLOW).update(active=False, name=RETIRED_TASK_NAME)
    Page.objects.filter(depth=1, title="Root").update(
        title=ROOT_PAGE_TITLE, draft_title=ROOT_PAGE_TITLE
    )
    Collection.objects.filter(depth=1, name="Root").update(name=ROOT_COLLECTION_NAME)
