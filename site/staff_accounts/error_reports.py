"""Server errors reach people: e-mail to ADMINS (Django's AdminEmailHandler) in production,
and Sentry when SENTRY_DSN is set. Neither carries what citizens typed.

Imported by the settings, so nothing here touches models or settings at import time."""

import hashlib
import logging

from django.views.debug import SafeExceptionReporterFilter

REPEAT_SECONDS = 600


class PersonalDataReporterFilter(SafeExceptionReporterFilter):
    """Error reports (the e-mail to ADMINS) leave out every posted value: the public forms
    carry citizens' names, phones and addresses. Field names stay, to show which form it was.
    Only while DEBUG is off, as Django's own filter."""

    def get_post_parameters(self, request):
        if request is None or not self.is_active(request):
            return super().get_post_parameters(request)
        return dict.fromkeys(request.POST, self.cleansed_substitute)


class RepeatedErrorFilter(logging.Filter):
    """One e-mail per kind of error per REPEAT_SECONDS: when the database is down every
    request fails alike, and the admins need one message, not thousands. The shared cache
    remembers what was sent, so all app servers hold back together; without a cache, all pass."""

    def filter(self, record):
        from django.core.cache import cache

        if record.exc_info and record.exc_info[0] is not None:
            error = record.exc_info[1]
            kind = f"{type(error).__module__}.{type(error).__qualname__}:{str(error)[:200]}"
        else:
            kind = f"{record.name}:{record.msg}"
        try:
            key = "error-mail:" + hashlib.sha256(kind.encode()).hexdigest()[:32]
            return cache.add(key, 1, REPEAT_SECONDS)
        except Exception:  # a cache outage must not swallow the error report
            return True


def with_error_mail(logging_config):
    """LOGGING plus e-mail to ADMINS of every error django.request logs (500s), once per kind
    of error per REPEAT_SECONDS. The console keeps everything it had."""
    config = {**logging_config}
    config["filters"] = {
        **config.get("filters", {}),
        "require_debug_false": {"()": "django.utils.log.RequireDebugFalse"},
        "once_in_a_while": {"()": "staff_accounts.error_reports.RepeatedErrorFilter"},
    }
    config["handlers"] = {
        **config.get("handlers", {}),
        "mail_admins": {
            "level": "ERROR",
            "class": "django.utils.log.AdminEmailHandler",
            "filters": ["require_debug_false", "once_in_a_while"],
            "include_html": False,
        },
    }
    loggers = {**config.get("loggers", {})}
    # Django's own default logging mails ADMINS from the "django" logger too; naming the
    # logger here replaces its handlers, so each error is mailed once, through the filters.
    django_logger = {"level": "INFO", **loggers.get("django", {})}
    django_logger["handlers"] = [
        name for name in django_logger.get("handlers", []) if name != "mail_admins"
    ]
    loggers["django"] = django_logger
    request_logger = {**loggers.get("django.request", {})}
    request_logger["handlers"] = [*request_logger.get("handlers", []), "mail_admins"]
    loggers["django.request"] = request_logger
    config["loggers"] = loggers
    return config


def parse_admins(value):
    """ADMINS="Tên <a@b>, Tên khác <c@d>" (or bare addresses) as Django's [(name, address)]."""
    from email.utils import getaddresses

    return [(name, address) for name, address in getaddresses([value or ""]) if "@" in address]


# Request parts that may carry personal data; Sentry gets none of them.
REQUEST_KEYS_DROPPED = ("data", "cookies", "query_string", "env")


def scrub(event, hint):
    """Sentry's before_send: no user, no client address, no posted data, cookies or query
    string (searches and lookups carry names and e-mail), headers without cookies or
    forwarded addresses."""
    event.pop("user", None)
    request = event.get("request")
    if isinstance(request, dict):
        for key in REQUEST_KEYS_DROPPED:
            request.pop(key, None)
        headers = request.get("headers")
        if isinstance(headers, dict):
            request["headers"] = {
                name: value
                for name, value in headers.items()
                if name.lower() not in {"cookie", "x-forwarded-for", "x-real-ip", "authorization"}
            }
        if isinstance(request.get("url"), str):
            request["url"] = request["url"].split("?", 1)[0]
    return event


def init_sentry(dsn, environment="production", release=""):
    """Sentry for errors only (no performance tracing), without personal data."""
    import sentry_sdk
    from sentry_sdk.integrations.django import DjangoIntegration

    sentry_sdk.init(
        dsn=dsn,
        environment=environment or "production",
        release=release or None,
        integrations=[DjangoIntegration()],
        send_default_pii=False,
        max_request_body_size="never",
        include_local_variables=False,
        traces_sample_rate=0,
        before_send=scrub,
    )
