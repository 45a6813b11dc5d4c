"""Roles, admin access and the two-step publication workflow."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import Page, WorkflowState

from demo import accounts as demo_accounts
from home.roles import APPROVERS, EDITORS, SECRETARIAT, UNIT_OFFICERS
from news.models import NewsPage
from tests.factories import NewsPageFactory

pytestmark = pytest.mark.django_db

ADMIN = "/admin/"
SETTINGS_URL = "/admin/settings/home/portalsettings/"


def test_the_roles_exist_with_their_members(users):
    assert users[demo_accounts.EDITOR].groups.filter(name=EDITORS).exists()
    assert users[demo_accounts.APPROVER].groups.filter(name=APPROVERS).exists()
    assert users[demo_accounts.SECRETARIAT].groups.filter(name=SECRETARIAT).exists()
    assert users[demo_accounts.UNIT_OFFICER].groups.filter(name=UNIT_OFFICERS).exists()
    assert (
        users[demo_accounts.UNIT_OFFICER].unit_officer.unit
        != users[demo_accounts.OTHER_UNIT_OFFICER].unit_officer.unit
    )


def test_admin_requires_sign_in(client):
    response = client.get(ADMIN)
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


@pytest.mark.parametrize("username", [demo_accounts.UNIT_OFFICER, demo_accounts.OTHER_UNIT_OFFICER])
def test_unit_officers_cannot_enter_the_admin(client, users, username):
    client.force_login(users[username])
    response = client.get(ADMIN)
    assert response.status_code in (302, 403)
    if response.status_code == 302:
        assert "/admin/login/" in response["Location"]


@pytest.mark.parametrize(
    "username", [demo_accounts.EDITOR, demo_accounts.APPROVER, demo_accounts.SECRETARIAT, "admin"]
)
def test_staff_roles_enter_the_admin_in_vietnamese(client, users, username):
    client.force_login(users[username])
    response = client.get(ADMIN)
    assert response.status_code == 200
    assert 'lang="vi"' in response.content.decode()


@pytest.mark.parametrize(
    ("username", "allowed"),
    [
        (demo_accounts.EDITOR, False),
        (demo_accounts.APPROVER, False),
        (demo_accounts.UNIT_OFFICER, False),
        (demo_accounts.SECRETARIAT, True),
        ("admin", True),
    ],
)
def test_only_the_secretariat_edits_site_settings(client, users, username, allowed):
    client.force_login(users[username])
    response = client.get(SETTINGS_URL, follow=False)
    if allowed:
        assert response.status_code in (200, 302)
        if response.status_code == 302:  # redirects to the default site's settings
            assert client.get(response["Location"]).status_code == 200
    else:
        assert response.status_code in (302, 403)
        if response.status_code == 302:
            final = client.get(response["Location"])
            assert final.status_code in (200, 403)
            assert "portalsettings" not in final.request["PATH_INFO"]


def test_editors_cannot_publish_but_approvers_can(users, home_page):
    news = NewsPage.objects.live().first()
    editor_perms = news.permissions_for_user(users[demo_accounts.EDITOR])
    approver_perms = news.permissions_for_user(users[demo_accounts.APPROVER])
    assert editor_perms.can_edit()
    assert not editor_perms.can_publish()
    assert approver_perms.can_publish()
    assert not news.permissions_for_user(users[demo_accounts.UNIT_OFFICER]).can_edit()


def test_editor_submits_and_approver_publishes(users, home_page):
    index = home_page.get_children().get(slug="tin-tuc")
    page = NewsPageFactory(parent=index, title="Tin chờ duyệt", live=False)
    workflow = page.get_workflow()
    assert workflow is not None and workflow.name == "Duyệt đăng hai bước"

    revision = page.save_revision(user=users[demo_accounts.EDITOR])
    state = workflow.start(page, users[demo_accounts.EDITOR])
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    task_state = state.current_task_state
    task = task_state.task.specific
    assert not task.user_can_access_editor(page, users[demo_accounts.UNIT_OFFICER])
    actions = [name for name, *_ in task.get_actions(page, users[demo_accounts.APPROVER])]
    assert "approve" in actions
    assert task.get_actions(page, users[demo_accounts.EDITOR]) == []

    task.on_action(task_state, users[demo_accounts.APPROVER], "approve")
    page.refresh_from_db()
    state.refresh_from_db()
    assert page.live
    assert state.status == WorkflowState.STATUS_APPROVED
    assert page.live_revision_id == revision.pk


def test_setup_roles_is_idempotent(home_page):
    from home.roles import setup_roles

    before = {group.name: group.permissions.count() for group in Group.objects.all()}
    setup_roles(Page.objects.get(pk=home_page.pk))
    after = {group.name: group.permissions.count() for group in Group.objects.all()}
    assert before == after


def edit_url(page):
    return f"/admin/pages/{page.pk}/edit/"


@pytest.mark.parametrize(
    ("username", "can_edit"),
    [
        ("admin", True),
        (demo_accounts.EDITOR, True),
        (demo_accounts.APPROVER, True),
        (demo_accounts.SECRETARIAT, True),
        (demo_accounts.UNIT_OFFICER, False),
    ],
)
def test_page_editor_opens_only_for_staff_roles(client, users, username, can_edit):
    news = NewsPage.objects.live().first()
    client.force_login(users[username])
    response = client.get(edit_url(news))
    if can_edit:
        assert response.status_code == 200
        assert "Ngày đăng" in response.content.decode()
    else:
        assert response.status_code in (302, 403)


def test_anonymous_visitor_is_sent_to_sign_in_from_every_admin_view(client):
    news = NewsPage.objects.live().first()
    for url in (ADMIN, edit_url(news), SETTINGS_URL, "/admin/pages/", "/admin/users/"):
        response = client.get(url)
        assert response.status_code == 302, url
        assert "/admin/login/" in response["Location"], url


@pytest.mark.parametrize(
    "username",
    [
        demo_accounts.EDITOR,
        demo_accounts.APPROVER,
        demo_accounts.SECRETARIAT,
        demo_accounts.UNIT_OFFICER,
    ],
)
def test_only_superusers_manage_accounts(client, users, username):
    client.force_login(users[username])
    response = client.get("/admin/users/")
    assert response.status_code in (302, 403)


def test_wagtail_starter_groups_and_workflow_are_retired():
    from wagtail.models import Workflow

    assert not Group.objects.filter(name__in=["Editors", "Moderators"]).exists()
    from wagtail.models import Collection, Page, Task

    assert not Workflow.objects.filter(name="Moderators approval", active=True).exists()
    assert Workflow.objects.filter(name="Duyệt đăng hai bước", active=True).count() == 1
    # Staff meet the starter rows in choosers and reports: Vietnamese names, switched off.
    assert not Task.objects.filter(name="Moderators approval").exists()
    assert not Task.objects.filter(active=True).exclude(name="Lãnh đạo Ban duyệt").exists()
    assert Page.objects.get(depth=1).title == "Gốc"
    assert Collection.get_first_root_node().name == "Thư mục gốc"


@pytest.mark.parametrize(
    ("username", "url", "allowed"),
    [
        (demo_accounts.SECRETARIAT, "/admin/snippets/news/awardform/", True),
        (demo_accounts.SECRETARIAT, "/admin/snippets/news/awardtarget/", True),
        (demo_accounts.SECRETARIAT, "/admin/snippets/news/decisionlevel/", True),
        (demo_accounts.SECRETARIAT, "/admin/snippets/registrations/unitkind/", True),
        (demo_accounts.EDITOR, "/admin/snippets/news/decisionlevel/", False),
        (demo_accounts.APPROVER, "/admin/snippets/registrations/unitkind/", False),
        (demo_accounts.UNIT_OFFICER, "/admin/snippets/news/decisionlevel/", False),
        (demo_accounts.EDITOR, "/admin/snippets/news/awardtarget/", False),
        (demo_accounts.EDITOR, "/admin/snippets/news/newscategory/", True),
        (demo_accounts.APPROVER, "/admin/snippets/news/awardform/", False),
        (demo_accounts.UNIT_OFFICER, "/admin/snippets/news/awardform/", False),
    ],
)
def test_catalogue_and_targets_are_kept_by_the_secretariat(client, users, username, url, allowed):
    client.force_login(users[username])
    response = client.get(url)
    assert (response.status_code == 200) is allowed


@pytest.mark.parametrize(
    ("username", "url", "allowed"),
    [
        (demo_accounts.SECRETARIAT, "/admin/snippets/home/locality/", True),
        (demo_accounts.EDITOR, "/admin/snippets/home/locality/", False),
        (demo_accounts.EDITOR, "/admin/snippets/exemplars/exemplargroup/", True),
        (demo_accounts.OTHER_UNIT_OFFICER, "/admin/snippets/exemplars/exemplargroup/", False),
    ],
)
def test_localities_and_groups_permissions(client, users, username, url, allowed):
    client.force_login(users[username])
    assert (client.get(url).status_code == 200) is allowed


@pytest.mark.parametrize(
    ("model_path", "parent_slug"),
    [
        ("news.NewsPage", "tin-tuc"),
        ("news.LegalDocumentPage", "van-ban"),
        ("news.AwardDecisionPage", "khen-thuong"),
        ("exemplars.ExemplarPage", "guong-dien-hinh"),
        ("exemplars.MovementPage", "phong-trao"),
    ],
)
def test_editors_open_the_add_and_edit_forms_of_every_content_type(
    client, users, section, model_path, parent_slug
):
    from django.apps import apps

    model = apps.get_model(model_path)
    parent = section(parent_slug)
    client.force_login(users[demo_accounts.EDITOR])
    app_label, model_name = model._meta.app_label, model._meta.model_name
    add = client.get(f"/admin/pages/add/{app_label}/{model_name}/{parent.pk}/")
    assert add.status_code == 200
    existing = model.objects.child_of(parent).first()
    assert client.get(f"/admin/pages/{existing.pk}/edit/").status_code == 200
