from wagtail import hooks

from core import audit
from core.worklist import WorkListPanel


@hooks.register("register_log_actions")
def register_audit_actions(actions):
    audit.register(actions)


@hooks.register("construct_homepage_panels")
def add_work_list(request, panels):
    panels.insert(0, WorkListPanel())
