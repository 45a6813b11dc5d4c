"""Without Redis, sign-in lockouts and rate limits are counted where every worker process and
app server sees them: in the database. Before, they were in each process's local memory, so
with two gunicorn workers an account locked after nine failures instead of five.

bin/check-scale-out also checks it on two real gunicorn workers without Redis."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.test import Client

from core import lockout, ratelimit
from core.models import RateCounter

ROOT = Path(__file__).resolve().parent.parent.parent
SITE_LOGIN = "/tai-khoan/dang-nhap/"
LOCKED = "Tài khoản tạm khoá"


def settings_value(name, **env):
    environment = {
        key: value for key, value in os.environ.items() if key not in {"REDIS_URL", "RATE_COUNTERS"}
    }
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            f"import sys; sys.path.insert(0, 'site'); from portal.settings import base; "
            f"print(base.{name})",
        ],
        cwd=ROOT,
        env={**environment, **env},
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout.strip()


def test_the_database_counts_when_redis_is_not_configured():
    assert settings_value("RATE_COUNTERS") == "database"
    assert settings_value("RATE_COUNTERS", REDIS_URL="redis://127.0.0.1:6379/3") == "cache"


@pytest.mark.django_db
def test_failures_counted_by_different_workers_add_up_to_one_lock(settings):
    """Each failure lands on a worker whose own memory knows nothing of the others (the local
    cache is emptied between attempts): five failures still lock the account."""
    assert settings.RATE_COUNTERS == "database"
    get_user_model().objects.create_user("canbo.thu", password="mat-khau-dung-123")
    for _ in range(settings.SIGN_IN_MAX_FAILURES):
        cache.clear()  # another worker process: another local memory
        Client().post(SITE_LOGIN, {"username": "canbo.thu", "password": "sai"})
    cache.clear()
    assert lockout.seconds_locked("canbo.thu", None) > 0
    right = Client().post(SITE_LOGIN, {"username": "canbo.thu", "password": "mat-khau-dung-123"})
    assert LOCKED in right.content.decode()
    assert RateCounter.objects.filter(key__startswith="lockout:").exists()


@pytest.mark.django_db
def test_rate_limits_hold_across_workers_too(settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "question-ip": (3, 600)}
    answers = []
    for _ in range(4):
        cache.clear()
        answers.append(ratelimit.hit("question-ip", "203.0.113.50"))
    assert answers == [True, True, True, False]
    assert ratelimit.count("question-ip", "203.0.113.50") == 4


@pytest.mark.django_db
def test_a_finished_window_starts_again_and_old_rows_are_cleared(settings, monkeypatch):
    from datetime import timedelta

    from django.utils import timezone

    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "question-ip": (2, 600)}
    assert ratelimit.hit("question-ip", "a") and ratelimit.hit("question-ip", "a")
    assert not ratelimit.hit("question-ip", "a")
    later = timezone.now() + timedelta(seconds=601)
    monkeypatch.setattr("core.ratelimit.timezone.now", lambda: later)
    assert ratelimit.hit("question-ip", "b")  # starting b's window clears a's finished one
    assert ratelimit.count("question-ip", "a") == 0
    assert ratelimit.hit("question-ip", "a")
    assert RateCounter.objects.count() == 2
