from wagtail import hooks

from core import audit


@hooks.register("register_log_actions")
def register_audit_actions(actions):
    audit.register(actions)
