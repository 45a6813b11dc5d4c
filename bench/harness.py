"""What the load benchmarks share: a throwaway PostgreSQL database, a Redis database flushed
before and after, gunicorn started on a free port with a given number of workers, and the
figures (percentiles, status counts).

The scripts import it as `harness` (it sits next to them, so it is on their path when they run
as `.venv/bin/python bench/<name>.py`)."""

import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from types import SimpleNamespace

ROOT = Path(__file__).resolve().parent.parent


# Database and cache ------------------------------------------------------------------------


def create_database(prefix):
    """A new database `<prefix>_<pid>` on the local PostgreSQL (PGHOST/PGPORT/PGUSER):
    (name, its DATABASE_URL, the server's address for drop_database)."""
    import psycopg

    host = os.environ.get("PGHOST", "127.0.0.1")
    port = os.environ.get("PGPORT", "5432")
    user = os.environ.get("PGUSER", "postgres")
    name = f"{prefix}_{os.getpid()}"
    with psycopg.connect(
        host=host, port=port, user=user, dbname="postgres", autocommit=True, connect_timeout=5
    ) as db:
        db.execute(f'CREATE DATABASE "{name}"')
    return name, f"postgres://{user}@{host}:{port}/{name}", (host, port, user)


def drop_database(name, server):
    import psycopg

    host, port, user = server
    with psycopg.connect(host=host, port=port, user=user, dbname="postgres", autocommit=True) as db:
        db.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def flush_cache(redis_url):
    """Empty the benchmark's own Redis database (the number in `redis_url`)."""
    import redis

    redis.Redis.from_url(redis_url).flushdb()


# The server --------------------------------------------------------------------------------


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_gunicorn(port, log, workers, threads=1, env=None):
    """gunicorn with the repository's gunicorn.conf.py and the current environment (which
    must name the settings, the database and the cache), with `env` on top of it; its output
    goes to `log`."""
    env = {
        **os.environ,
        **(env or {}),
        "HOST": "127.0.0.1",
        "PORT": str(port),
        "WEB_CONCURRENCY": str(workers),
    }
    command = [str(ROOT / ".venv/bin/gunicorn"), "-c", "gunicorn.conf.py"]
    if threads > 1:
        command += ["--threads", str(threads)]
    command.append("portal.wsgi")
    return subprocess.Popen(  # noqa: S603
        command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT
    )


def stop_gunicorn(server):
    if server.poll() is None:
        server.send_signal(signal.SIGTERM)
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def wait_until_serving(server, url, workers, timeout=90):
    """Until the page answers; then once more per worker, so none is cold when the load starts
    (each worker imports the site on its first request)."""
    import requests

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"gunicorn exited with code {server.returncode}")
        try:
            requests.get(url, timeout=timeout)
        except requests.ConnectionError:
            time.sleep(0.3)
            continue
        with ThreadPoolExecutor(workers) as pool:
            list(pool.map(lambda _n: requests.get(url, timeout=timeout), range(workers * 2)))
        return
    raise RuntimeError(f"gunicorn did not answer within {timeout} s")


def log_tail(path, lines=30):
    return Path(path).read_text(errors="replace").splitlines()[-lines:]


# Figures -----------------------------------------------------------------------------------


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def format_counter(counter):
    return ", ".join(f"{status} x {count}" for status, count in sorted(counter.items()))


@contextmanager
def throwaway_stack(prefix, redis_url):
    """A database, a media folder and a server log of the benchmark's own; all removed
    afterwards, with the gunicorn server it started (`stack.server`), whatever happened."""
    name, url, server_address = create_database(prefix)
    stack = SimpleNamespace(
        url=url,
        media_root=tempfile.mkdtemp(prefix=f"{prefix}-media-"),
        log=tempfile.NamedTemporaryFile(  # noqa: SIM115 - closed in the finally below
            prefix=f"{prefix}-gunicorn-", suffix=".log", delete=False
        ),
        server=None,
    )
    try:
        yield stack
    finally:
        if stack.server is not None:
            stop_gunicorn(stack.server)
        if "django" in sys.modules and os.environ.get("DJANGO_SETTINGS_MODULE"):
            from django.db import connections

            connections.close_all()
        drop_database(name, server_address)
        stack.log.close()
        os.unlink(stack.log.name)
        shutil.rmtree(stack.media_root, ignore_errors=True)
        flush_cache(redis_url)


def report_crash(error, log):
    """Say what broke, with the end of the server's log; returns the failures list."""
    print(f"\nFAIL: {error}", file=sys.stderr)
    log.flush()
    print("\n".join(f"    {line}" for line in log_tail(log.name)), file=sys.stderr)
    return [str(error)]
