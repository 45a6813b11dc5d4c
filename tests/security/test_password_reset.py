"""Password reset, on the site and in the admin: limited per address typed and per client
address, and the same work in the request whether the address belongs to an account or not
(one task queued; the lookup and the e-mail happen in the worker). Before, eight requests
queued eight e-mails to one address, and a known address answered measurably slower."""

import pytest
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django_tasks_db.models import DBTaskResult

from core.passwords import send_password_reset_task
from demo import accounts as demo_accounts

pytestmark = pytest.mark.django_db

FORMS = {"site": "/tai-khoan/quen-mat-khau/", "admin": "/admin/password_reset/"}
DONE = {"site": "/tai-khoan/quen-mat-khau/da-gui/", "admin": "/admin/password_reset/done/"}


@pytest.fixture
def known_email(users):
    user = users[demo_accounts.EDITOR]
    user.email = "bien.tap@example.vn"
    user.save(update_fields=["email"])
    return user.email


@pytest.fixture
def database_queue(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def ask(client, where, email, capture, **extra):
    with capture(execute=True):
        return client.post(FORMS[where], {"email": email}, **extra)


@pytest.mark.parametrize("where", FORMS)
def test_eight_requests_for_one_address_send_three_emails(
    client, where, known_email, django_capture_on_commit_callbacks
):
    for number in range(8):
        response = ask(
            client,
            where,
            known_email,
            django_capture_on_commit_callbacks,
            REMOTE_ADDR=f"198.51.100.{number}",
        )
        # Every answer is the same "check your mailbox" page, over the limit too.
        assert response.status_code == 302 and response["Location"] == DONE[where]
    assert len(mail.outbox) == 3
    assert {message.to[0] for message in mail.outbox} == {known_email}


@pytest.mark.parametrize("where", FORMS)
def test_one_client_address_is_limited_across_addresses(
    client, where, database_queue, django_capture_on_commit_callbacks
):
    for number in range(12):
        ask(client, where, f"nguoi{number}@example.vn", django_capture_on_commit_callbacks)
    assert DBTaskResult.objects.filter(task_path__endswith="send_password_reset_task").count() == 10


@pytest.mark.parametrize("where", FORMS)
def test_known_and_unknown_addresses_do_the_same_work_in_the_request(
    client, where, known_email, database_queue, django_capture_on_commit_callbacks
):
    answers, queries = {}, {}
    client.get(FORMS[where])  # the site and the chrome are found once per process, not per ask
    asked = (
        ("known", known_email, "198.51.100.1"),
        ("unknown", "khong.co@example.vn", "198.51.100.2"),
    )
    for label, email, address in asked:
        with CaptureQueriesContext(connection) as captured:
            answers[label] = ask(
                client, where, email, django_capture_on_commit_callbacks, REMOTE_ADDR=address
            )
        queries[label] = [query["sql"].split(" ")[0] for query in captured]
    assert answers["known"]["Location"] == answers["unknown"]["Location"]
    assert queries["known"] == queries["unknown"]  # the same statements, in the same order
    assert not mail.outbox  # nothing looked up or sent in the request
    queued = DBTaskResult.objects.filter(task_path__endswith="send_password_reset_task")
    assert queued.count() == 2
    # The worker: an e-mail for the account (queued in its turn), nothing for the stranger.
    with django_capture_on_commit_callbacks(execute=True):
        for task in queued:
            send_password_reset_task.call(*task.args_kwargs["args"])
    emails = DBTaskResult.objects.filter(task_path="core.mail.send_email_task")
    assert [task.args_kwargs["args"][2] for task in emails] == [[known_email]]
