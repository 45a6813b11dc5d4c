"""E-mail goes out through a background task, so a mail server that is down delays the
message and loses nothing: a failed send is queued again later with a growing delay.

With the database queue (production), the task waits for `manage.py db_worker`. With the
immediate backend (demo, tests) it runs in the request; a failure there is logged, never
shown to the person, whose submission is already stored."""

import logging
from datetime import timedelta
from urllib.parse import urlsplit, urlunsplit

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone
from django_tasks import default_task_backend, task

logger = logging.getLogger(__name__)

# Callables returning values every e-mail may use, added by the apps that own them in their
# AppConfig.ready() (home gives the standing office's short name): core imports no app.
context_providers = []


def site_url(path_or_url):
    """The absolute address of a path on the site, for e-mails: always on the configured base
    address (BASE_URL, settings.WAGTAILADMIN_BASE_URL), never on the request's Host header,
    which a client chooses (a forged host or port would put its own links in our mail). An
    absolute URL given (a page's full URL) keeps only its path and query."""
    parts = urlsplit(str(path_or_url))
    path = urlunsplit(("", "", parts.path or "/", parts.query, parts.fragment))
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def retry_delay(attempt):
    """EMAIL_RETRY_FIRST_DELAY (2 minutes), then twice as long each time, at most six hours
    between tries."""
    seconds = settings.EMAIL_RETRY_FIRST_DELAY * 2 ** (attempt - 1)
    return timedelta(seconds=min(seconds, 6 * 60 * 60))


@task()
def send_email_task(subject, body, recipients, reply_to=None, attempt=1):
    message = EmailMessage(
        subject=subject.replace("\n", " ")[:200],
        body=body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=list(recipients),
        reply_to=[reply_to] if reply_to else None,
    )
    try:
        message.send(fail_silently=False)
    except Exception:
        can_defer = default_task_backend.supports_defer
        if can_defer and attempt < settings.EMAIL_TASK_ATTEMPTS:
            logger.warning("E-mail %r not sent (try %s); queued again", subject, attempt)
            send_email_task.using(run_after=timezone.now() + retry_delay(attempt)).enqueue(
                subject, body, list(recipients), reply_to, attempt + 1
            )
            return "deferred"
        logger.exception("E-mail %r not sent after %s tries", subject, attempt)
        return "failed"
    return "sent"


def send_templated_email(template_name, context, recipients, reply_to=None):
    """Render `<template_name>_subject.txt` and `<template_name>.txt` and queue the e-mail
    once the surrounding transaction has committed. Every e-mail may use what the
    `context_providers` give (`office_short_name`, from the default site's settings)."""
    recipients = [address for address in recipients if address]
    if not recipients:
        return
    shared = {}
    for provider in context_providers:
        shared.update(provider())
    context = {**shared, **context}
    subject = render_to_string(f"{template_name}_subject.txt", context).strip()
    body = render_to_string(f"{template_name}.txt", context)

    def enqueue():
        try:
            send_email_task.enqueue(subject, body, recipients, reply_to)
        except Exception:  # the queue itself failing must not undo what the person sent
            logger.exception("E-mail %r could not be queued", subject)

    transaction.on_commit(enqueue)
