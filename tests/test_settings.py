"""Settings per environment: production passes `check --deploy` once secret and host are set."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def run_manage(*args, **env):
    skip = {"DJANGO_SETTINGS_MODULE", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    environment = {key: value for key, value in os.environ.items() if key not in skip}
    environment.update(env)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_production_settings_pass_check_deploy():
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DJANGO_SETTINGS_MODULE="portal.settings.production",
        SECRET_KEY="k" * 20 + "0123456789abcdefghijklmnopqrstuvwxyzQWERTYUIOP",
        ALLOWED_HOSTS="thiduakhenthuong.langson.gov.vn",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues (0 silenced)" in result.stdout


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"SECRET_KEY": "", "ALLOWED_HOSTS": "example.vn"}, "SECRET_KEY must be set"),
        ({"SECRET_KEY": "x" * 60, "ALLOWED_HOSTS": ""}, "ALLOWED_HOSTS must list"),
    ],
)
def test_production_settings_refuse_missing_secrets(env, message):
    result = run_manage("check", DJANGO_SETTINGS_MODULE="portal.settings.production", **env)
    assert result.returncode != 0
    assert message in result.stderr


def test_language_time_zone_and_date_formats(settings):
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from django.utils import formats, translation

    assert settings.LANGUAGE_CODE == "vi"
    assert settings.TIME_ZONE == "Asia/Ho_Chi_Minh"
    with translation.override("vi"):
        moment = datetime(2020, 9, 11, 16, 6, tzinfo=ZoneInfo("Asia/Ho_Chi_Minh"))
        assert formats.date_format(moment, "SHORT_DATETIME_FORMAT") == "11/09/2020 16:06"
        assert formats.date_format(moment, "DATE_FORMAT") == "11/09/2020"


def test_redis_cache_is_used_when_redis_url_is_set():
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; sys.path.insert(0, 'site');"
            "from portal.settings import base;"
            "print(base.CACHES['default']['BACKEND'])",
        ],
        cwd=ROOT,
        env={**os.environ, "REDIS_URL": "redis://127.0.0.1:6379/3"},
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.strip() == "core.cache_backends.ResilientRedisCache"


def database_options(**env):
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; sys.path.insert(0, 'site');"
            "from portal.settings import base;"
            "database = base.DATABASES['default'];"
            "print(database['ENGINE'], sorted(database.get('OPTIONS', {}).items()))",
        ],
        cwd=ROOT,
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout.strip()


def test_postgresql_prepares_repeated_statements_unless_told_not_to():
    url = "postgres://tdkt@db-host:5432/tdkt"
    assert database_options(DATABASE_URL=url) == "core.postgresql [('prepare_threshold', 5)]"
    assert database_options(DATABASE_URL=url, DB_PREPARE_THRESHOLD="0") == "core.postgresql []"
    sqlite = database_options(DATABASE_URL="sqlite:///var/test.sqlite3")
    assert sqlite == "django.db.backends.sqlite3 []"


@pytest.mark.django_db
def test_a_served_pages_statements_are_prepared_on_postgresql(client):
    from django.db import connection

    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL only")
    for _ in range(7):  # past the threshold
        assert client.get("/tin-tuc/").status_code == 200
    with connection.cursor() as cursor:
        for _ in range(7):  # any other statement keeps Django's client-side parameters
            cursor.execute("SELECT %s AS not_kept_sql", [1])
        cursor.execute("SELECT statement FROM pg_prepared_statements")
        prepared = [statement for (statement,) in cursor.fetchall()]
    # The pages along the address, with SQL kept by core.compiled; nothing else.
    assert any('"wagtailcore_page"."url_path" IN' in statement for statement in prepared)
    assert not any("not_kept_sql" in statement for statement in prepared)
