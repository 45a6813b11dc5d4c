from wagtail import hooks

from core import audit
from core.admin_permissions import PersonalDataDeleteBulkAction
from core.worklist import WorkListPanel


@hooks.register("register_log_actions")
def register_audit_actions(actions):
    audit.register(actions)


@hooks.register("construct_homepage_panels")
def add_work_list(request, panels):
    panels.insert(0, WorkListPanel())


@hooks.register("construct_help_menu")
def keep_local_help(request, menu_items):
    """Wagtail's own help items open its English guide and release notes on the web; staff
    work offline from them and in Vietnamese, so only the local items stay."""
    menu_items[:] = [
        item
        for item in menu_items
        if item.name != "editor-guide" and not item.name.startswith("whats-new-in-wagtail")
    ]


# After Wagtail's own bulk delete (order 0), so for models holding personal data it replaces it.
hooks.register("register_bulk_action", PersonalDataDeleteBulkAction, order=100)
