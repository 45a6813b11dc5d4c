"""Password reset that gives nothing away and cannot be used to flood a mailbox.

The request does the same work whatever address is typed: it counts the attempt against the
limits per address and per client address (settings.RATE_LIMITS "password-reset-email" and
"password-reset-ip") and queues one background task. The task, in the worker, looks the
address up and sends the e-mail if an account has it. So a known address answers no slower
than an unknown one, and the answer page is the same. Over a limit, nothing is queued and
the answer page is still the same: the person is told to check their mailbox, and an
attacker learns nothing either way.

With the immediate task backend (the demo, tests) the task runs inside the request; in
production the database queue (TASKS_BACKEND=database) keeps it out of the request.
"""

import logging

from django.conf import settings
from django.contrib.auth.tokens import default_token_generator
from django.db import transaction
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.module_loading import import_string
from django_tasks import task

from core import ratelimit
from core.mail import send_templated_email, site_url

logger = logging.getLogger(__name__)

EMAIL_TEMPLATE = "accounts/email/password_reset"


def reset_url(user, confirm_url_name):
    """The one-time link to the set-password page of `confirm_url_name` (Django's token: it
    stops working once the password is set or after PASSWORD_RESET_TIMEOUT)."""
    uid = urlsafe_base64_encode(force_bytes(user.pk))
    token = default_token_generator.make_token(user)
    return site_url(reverse(confirm_url_name, args=[uid, token]))


class QueuedPasswordResetMixin:
    """For a subclass of django.contrib.auth.forms.PasswordResetForm."""

    confirm_url_name = "accounts:password_reset_confirm"

    def save(self, request=None, **_kwargs):
        email = self.cleaned_data["email"]
        address = ratelimit.client_ip(request) if request is not None else ""
        within = ratelimit.hit("password-reset-ip", address)
        within = ratelimit.hit("password-reset-email", email) and within
        if not within:
            logger.warning("Password reset over the limit; nothing queued")
            return
        form_path = f"{type(self).__module__}.{type(self).__qualname__}"
        transaction.on_commit(lambda: _enqueue(form_path, email))

    def send_reset_emails(self):
        """The task's part: an e-mail to each active account with this address."""
        for user in self.get_users(self.cleaned_data["email"]):
            send_templated_email(
                EMAIL_TEMPLATE,
                {
                    "user": user,
                    "reset_url": reset_url(user, self.confirm_url_name),
                    "valid_days": settings.PASSWORD_RESET_TIMEOUT // (24 * 60 * 60),
                    "site_name": settings.WAGTAIL_SITE_NAME,
                },
                [user.email],
            )


def _enqueue(form_path, email):
    try:
        send_password_reset_task.enqueue(form_path, email)
    except Exception:  # the queue failing must not show the person an error page
        logger.exception("Password reset could not be queued")


@task()
def send_password_reset_task(form_path, email):
    form = import_string(form_path)(data={"email": email})
    if form.is_valid():
        form.send_reset_emails()
