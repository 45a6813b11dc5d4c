"""A consultation day against gunicorn on PostgreSQL and Redis: anonymous readers across the
site, weighted as real traffic, while citizens send opinions on the open nominees through the
public form and the secretariat approves one opinion every 10 seconds (each approval changes a
public page, so the page cache has to let go of what it shows).

Who does what:
- readers (READERS threads, READER_RATE requests per second in all): home, nominee pages,
  news (index and articles, the newest read most), consultation index and round, award
  look-ups and searches (a few common names and words read most), in the shares of
  READER_MIX; each request anonymous, with no cookie, over a new connection;
- citizens (CITIZENS threads): open a nominee's opinion form, wait as long as the form asks
  (PUBLIC_FORM_MIN_SECONDS, 3 s; not changed), send it (303 expected), read the confirmation;
  each opinion from an address (X-Forwarded-For, TRUSTED_PROXY_COUNT=1) and an e-mail of its
  own, so the rate limits (10 per address per 10 minutes, 5 per e-mail per hour) stay as
  configured and are not reached: no anti-spam setting is overridden;
- the secretariat: every APPROVE_EVERY seconds the oldest opinion waiting is approved with
  consultations.moderation.approve (the admin's moderation action does the same), in this
  process, through the ORM.
Before the day starts every reader address is requested once (a site that has been running).

What it reports: per kind of request, the count, p50/p95 (ms, measured by the client: connect,
request, whole response) and the X-Cache header's values; the page cache's hit ratio over the
readers' requests (HIT / all of them); the overall p95 (every request, the citizens' too); and
errors: any status other than the expected one (200, or 303 for a sent opinion), or a failed
request. Budgets (MISS does not change the exit code): hit ratio >= 95%; p95 <= 50 ms for each
readers' kind (the pages the cache serves); overall p95 <= 100 ms; no error. The exit code is
non-zero when there is an error or the run breaks.

The site runs as in production (portal.settings.production, DEBUG off, page cache on with
PAGE_CACHE_SECONDS=300, Redis) on gunicorn.conf.py with 2 workers of 4 threads, demo content. The
client runs on the same machine (Python threads), so its own CPU use is in the figures.

Run with `make bench` or `.venv/bin/python bench/consultation_day_bench.py`. It needs the
local PostgreSQL (PGHOST/PGPORT/PGUSER) and Redis (BENCH_REDIS_URL, default
redis://127.0.0.1:6379/12; flushed before and after). The day lasts BENCH_DAY_SECONDS (default
60; with only BENCH_WRK_SECONDS set, 12 times it, at least 30). It creates a database of its
own and drops it at the end.
"""

import http.client
import os
import random
import shutil
import sys
import tempfile
import threading
import time
from collections import Counter, defaultdict
from http.cookies import SimpleCookie
from pathlib import Path
from urllib.parse import urlencode

from harness import (
    flush_cache,
    format_counter,
    free_port,
    percentile,
    report_crash,
    start_gunicorn,
    throwaway_stack,
    wait_until_serving,
)
from opinions_bench import hidden_inputs, open_nominee

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "site"))
sys.path.insert(0, str(ROOT))

WORKERS = 2
THREADS = int(os.environ.get("GUNICORN_THREADS", "4"))  # gunicorn.conf.py's default
REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/12")
_wrk_seconds = os.environ.get("BENCH_WRK_SECONDS")
DAY_SECONDS = int(
    os.environ.get("BENCH_DAY_SECONDS") or (max(30, 12 * int(_wrk_seconds)) if _wrk_seconds else 60)
)
READERS = 8
READER_RATE = 50.0  # requests per second, all readers together
CITIZENS = 2
APPROVE_EVERY = 10.0
FORM_WAIT = 3.3  # seconds: PUBLIC_FORM_MIN_SECONDS (3) and a little
TIMEOUT = 30

# Shares of the readers' requests, as the portal's traffic on a consultation day.
READER_MIX = {
    "home": 20,
    "nominee": 25,
    "news article": 20,
    "news index": 5,
    "consultation": 10,
    "award look-up": 12,
    "search": 8,
}
LOOKUP_NAMES = (
    "nguyen thi",
    "hoang van",
    "luong",
    "nong thi lan",
    "dao van",
    "ha thu",
    "tran",
    "vi duc hai",
    "le thi",
    "pham van",
)
SEARCH_TERMS = ("thi đua", "khen thưởng", "lấy ý kiến", "huân chương", "bằng khen", "điển hình")

# Budgets
HIT_RATIO = 0.95
CACHED_P95_MS = 50.0
OVERALL_P95_MS = 100.0


# Setup -------------------------------------------------------------------------------------


def configure(stack, static_root):
    os.environ.update(
        DJANGO_SETTINGS_MODULE="portal.settings.production",
        DATABASE_URL=stack.url,
        SECRET_KEY="consultation-day-bench-" + "d" * 50,
        ALLOWED_HOSTS="127.0.0.1,localhost,testserver",
        # Plain HTTP on 127.0.0.1 (no proxy says HTTPS): no redirect to HTTPS.
        SECURE_SSL_REDIRECT="0",
        REDIS_URL=REDIS_URL,
        CACHE_KEY_PREFIX="consultation-day",
        MEDIA_ROOT=stack.media_root,
        STATIC_ROOT=static_root,
        LOG_LEVEL="WARNING",
        PAGE_CACHE_SECONDS="300",
        # The citizens' addresses come in X-Forwarded-For, as from nginx.
        TRUSTED_PROXY_COUNT="1",
    )
    os.environ.pop("DEBUG", None)
    for name in ("RATE_COMMENT_PER_IP", "RATE_COMMENT_PER_EMAIL", "PUBLIC_FORM_MIN_SECONDS"):
        os.environ.pop(name, None)  # the configured defaults, so the limits are real


def prepare():
    """Demo content; the readers' addresses per kind (the first ones read most); the open
    nominees; a secretariat member."""
    from django.contrib.auth import get_user_model
    from django.core.management import call_command
    from django.utils import timezone

    from consultations.models import ConsultationIndexPage, ConsultationPage, NomineePage
    from news.models import AwardLookupPage, NewsIndexPage, NewsPage

    call_command("migrate", verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)
    call_command("seed_demo", verbosity=0, stdout=open(os.devnull, "w"))  # noqa: SIM115

    first_nominee, _source = open_nominee()
    now = timezone.now()
    nominees = [
        page
        for page in NomineePage.objects.live().public().order_by("path")
        if page.comments_accepting(now)
    ] or [first_nominee]
    # Each nominee's opinion form (an address of its own, never cached).
    forms = [page.url + page.reverse_subpage("comment_form") for page in nominees]
    lookup = AwardLookupPage.objects.live().public().first()
    news = NewsPage.objects.live().public().order_by("-date", "-pk")[:40]
    consultation = [
        page.url
        for page in [
            *ConsultationIndexPage.objects.live().public(),
            *ConsultationPage.objects.live().public().order_by("-opens_at")[:3],
        ]
    ]
    urls = {
        "home": ["/"],
        "nominee": [page.url for page in nominees],
        "news article": [page.url for page in news],
        "news index": [page.url for page in NewsIndexPage.objects.live().public()],
        "consultation": consultation,
        "award look-up": [lookup.url + "?" + urlencode({"ten": n}) for n in LOOKUP_NAMES],
        "search": ["/tim-kiem/?" + urlencode({"q": term}) for term in SEARCH_TERMS],
    }
    user = get_user_model().objects.create_user(
        username="thu-ky-hoi-dong", email="thu.ky@example.vn", is_staff=True
    )
    return urls, forms, user


# The client --------------------------------------------------------------------------------


class Recorder:
    """Every request: (kind, status, ms, X-Cache), and what failed, from all threads."""

    def __init__(self):
        self.lock = threading.Lock()
        self.requests = []
        self.errors = []

    def add(self, kind, status, ms, cache, expected):
        with self.lock:
            self.requests.append((kind, status, ms, cache))
            if status != expected:
                self.errors.append(f"{kind}: HTTP {status} (expected {expected})")

    def failed(self, kind, error):
        with self.lock:
            self.errors.append(f"{kind}: {type(error).__name__}: {error}")


def request(port, method, url, headers=None, body=None):
    """One request on a new connection: (status, headers, body, ms)."""
    started = time.perf_counter()
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=TIMEOUT)
    try:
        connection.request(method, url, body=body, headers=headers or {})
        response = connection.getresponse()
        content = response.read()
    finally:
        connection.close()
    return response.status, response.headers, content, (time.perf_counter() - started) * 1000


def weighted(items, rng):
    """One of `items`, the first ones more often (1/rank), as readers favour the top ones."""
    return rng.choices(items, weights=[1 / (rank + 1) for rank in range(len(items))])[0]


def reader(number, port, urls, stop, recorder):
    rng = random.Random(number)
    kinds, shares = list(READER_MIX), list(READER_MIX.values())
    interval = READERS / READER_RATE
    next_at = time.monotonic() + rng.random() * interval
    while not stop.is_set():
        delay = next_at - time.monotonic()
        if delay > 0:
            time.sleep(delay)
        next_at += interval
        kind = rng.choices(kinds, weights=shares)[0]
        url = weighted(urls[kind], rng)
        try:
            status, headers, _body, ms = request(port, "GET", url)
        except Exception as error:  # a refused or dropped connection is an error to report
            recorder.failed(kind, error)
            continue
        recorder.add(kind, status, ms, (headers.get("X-Cache") or "-").split()[0].upper(), 200)


def citizen(number, port, forms, stop, recorder, sent):
    """Opens a nominee's form, waits as a person does, sends it, reads the confirmation."""
    rng = random.Random(1000 + number)
    opinion_number = 0
    while not stop.is_set():
        opinion_number += 1
        form_url = rng.choice(forms)
        address = f"10.{40 + number}.{opinion_number // 250}.{opinion_number % 250 + 1}"
        forwarded = {"X-Forwarded-For": address}
        try:
            status, headers, body, ms = request(port, "GET", form_url, forwarded)
            recorder.add("opinion form", status, ms, "-", 200)
            if status != 200:
                continue
            cookies = SimpleCookie()
            for value in headers.get_all("Set-Cookie") or []:
                cookies.load(value)
            hidden = hidden_inputs(body.decode())
            time.sleep(FORM_WAIT)
            data = {
                **hidden,
                "name": f"Người góp ý {number + 1}-{opinion_number}",
                "phone": f"0912 {number:03d} {opinion_number:03d}",
                "email": f"ngay.gop.y.{number}.{opinion_number}@example.vn",
                "address": f"Số {opinion_number} đường Trần Đăng Ninh, Lạng Sơn",
                "stance": rng.choice(("agree", "disagree", "other")),
                "comment": "Tôi đồng ý với đề nghị khen thưởng; thành tích nêu trong hồ sơ đúng.",
                "consent": "on",
                "reply_to": "",
                "website": "",
            }
            post_headers = {
                **forwarded,
                "Content-Type": "application/x-www-form-urlencoded",
                "Cookie": "; ".join(f"{k}={m.value}" for k, m in cookies.items()),
            }
            status, headers, _body, ms = request(
                port, "POST", form_url, post_headers, urlencode(data).encode()
            )
            recorder.add("opinion sent", status, ms, "-", 303)
            if status != 303:
                continue
            with recorder.lock:
                sent.append(data["submission_key"])
            status, _headers, _body, ms = request(port, "GET", headers["Location"], forwarded)
            recorder.add("confirmation", status, ms, "-", 200)
        except Exception as error:
            recorder.failed("citizen", error)


def secretariat(user, stop, approvals, recorder):
    """Approves the oldest opinion waiting, every APPROVE_EVERY seconds."""
    from django.db import close_old_connections, connection

    from consultations import moderation
    from consultations.models import ModerationState, PortalComment

    while not stop.wait(APPROVE_EVERY):
        try:
            close_old_connections()
            waiting = (
                PortalComment.objects.filter(moderation_state=ModerationState.PENDING)
                .exclude(round_id=None)
                .order_by("submit_date", "pk")
                .first()
            )
            if waiting is None:
                approvals.append(None)
                continue
            started = time.perf_counter()
            moderation.approve([waiting], user)
            approvals.append((time.perf_counter() - started) * 1000)
        except Exception as error:
            recorder.failed("approval", error)
    connection.close()  # this thread's own connection


def warm(port, urls, recorder):
    for kind, addresses in urls.items():
        for url in addresses:
            status, _headers, _body, _ms = request(port, "GET", url)
            if status != 200:
                recorder.errors.append(f"warm-up {kind} {url}: HTTP {status}")


def run_day(port, urls, forms, user):
    recorder, stop, approvals, sent = Recorder(), threading.Event(), [], []
    threads = [
        threading.Thread(target=reader, args=(n, port, urls, stop, recorder))
        for n in range(READERS)
    ]
    threads += [
        threading.Thread(target=citizen, args=(n, port, forms, stop, recorder, sent))
        for n in range(CITIZENS)
    ]
    threads.append(threading.Thread(target=secretariat, args=(user, stop, approvals, recorder)))
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    time.sleep(DAY_SECONDS)
    stop.set()
    for thread in threads:
        thread.join(timeout=TIMEOUT + FORM_WAIT + 5)
    return recorder, approvals, sent, time.perf_counter() - started


# Report ------------------------------------------------------------------------------------


def verdict(ok):
    return "PASS" if ok else "MISS"


def report(recorder, approvals, sent, elapsed, forms):
    from consultations.models import PortalComment

    by_kind = defaultdict(list)
    for kind, status, ms, cache in recorder.requests:
        by_kind[kind].append((status, ms, cache))
    readers = [r for r in recorder.requests if r[0] in READER_MIX]
    done = [ms for ms in approvals if ms is not None]
    stored = PortalComment.objects.filter(submission_key__in=sent).count()
    print(
        f"\nA consultation day: {elapsed:.0f} s on gunicorn {WORKERS} workers of {THREADS} threads "
        "(portal.settings.production, page cache on, PostgreSQL, Redis), demo content"
    )
    print(
        f"  readers      {READERS} threads, {len(readers)} requests, {len(readers) / elapsed:.1f} "
        f"req/s (aimed at {READER_RATE:.0f}), each anonymous on a new connection"
    )
    print(
        f"  citizens     {CITIZENS} threads, {len(sent)} opinions sent on "
        f"{len(forms)} nominee(s), {stored} stored"
    )
    print(
        f"  secretariat  {len(done)} opinions approved (one every {APPROVE_EVERY:.0f} s"
        + (
            f", {sum(1 for a in approvals if a is None)} times none waiting"
            if None in approvals
            else ""
        )
        + (f"; approve() took p50 {percentile(done, 0.5):.0f} ms" if done else "")
        + ")"
    )

    print(
        f"\n  {'kind':<16}{'share':>6}{'requests':>9}{'p50 ms':>8}{'p95 ms':>8}{'max ms':>8}"
        f"  {'X-Cache':<26}{'budget':>14}"
    )
    missed = []
    for kind in [*READER_MIX, "opinion form", "opinion sent", "confirmation"]:
        rows = by_kind.get(kind)
        if not rows:
            continue
        times = [ms for _status, ms, _cache in rows]
        p95 = percentile(times, 0.95)
        share = f"{READER_MIX[kind]}%" if kind in READER_MIX else ""
        budget = ""
        if kind in READER_MIX:
            ok = p95 <= CACHED_P95_MS
            budget = f"p95<={CACHED_P95_MS:.0f} {verdict(ok)}"
            if not ok:
                missed.append(f"{kind}: p95 {p95:.0f} ms > {CACHED_P95_MS:.0f} ms")
        caches = Counter(cache for _s, _ms, cache in rows)
        print(
            f"  {kind:<16}{share:>6}{len(rows):>9}{percentile(times, 0.5):>8.1f}{p95:>8.1f}"
            f"{max(times):>8.0f}  {format_counter(caches) if kind in READER_MIX else '':<26}"
            f"{budget:>14}"
        )

    every = [ms for _kind, _status, ms, _cache in recorder.requests]
    overall = percentile(every, 0.95) if every else float("inf")
    hits = sum(1 for r in readers if r[3] == "HIT")
    ratio = hits / len(readers) if readers else 0.0
    print("\nBudgets:")
    for ok, text in (
        (ratio >= HIT_RATIO, f"hit ratio {hits}/{len(readers)} = {ratio:.1%} (>= {HIT_RATIO:.0%})"),
        (overall <= OVERALL_P95_MS, f"overall p95 {overall:.1f} ms (<= {OVERALL_P95_MS:.0f} ms)"),
        (not missed, f"every readers' kind p95 <= {CACHED_P95_MS:.0f} ms"),
        (not recorder.errors, f"errors: {len(recorder.errors)} (must be 0)"),
    ):
        print(f"  {verdict(ok)}  {text}")
        if not ok and text.startswith(("hit ratio", "overall")):
            missed.append(text)
    for error in Counter(recorder.errors).most_common(10):
        print(f"    {error[1]} x {error[0]}")
    print(
        "\nshare: of the readers' requests; p50/p95/max: ms measured by the client (new "
        "connection, request, whole response); X-Cache: the header's values (HIT/MISS/BYPASS); "
        "hit ratio: HIT over all the readers' requests."
    )
    print(f"\nResult: {len(missed)} budget(s) missed, {len(recorder.errors)} error(s)")
    return recorder.errors


def main():
    failures = ["did not run"]
    static_root = tempfile.mkdtemp(prefix="tdkt_day_bench-static-")
    try:
        with throwaway_stack("tdkt_day_bench", REDIS_URL) as stack:
            try:
                configure(stack, static_root)
                import django

                django.setup()
                from django.db import connections

                urls, forms, user = prepare()
                connections.close_all()
                flush_cache(REDIS_URL)

                port = free_port()
                stack.server = start_gunicorn(
                    port,
                    stack.log,
                    WORKERS,
                    env={"PYTHONUNBUFFERED": "1", "GUNICORN_MAX_REQUESTS": "0"},
                )
                wait_until_serving(stack.server, f"http://127.0.0.1:{port}/", WORKERS)
                warmup = Recorder()
                warm(port, urls, warmup)
                if warmup.errors:
                    raise RuntimeError("; ".join(warmup.errors[:5]))
                print(
                    f"Addresses: {sum(len(u) for u in urls.values())} for the readers "
                    f"({', '.join(f'{kind} {len(u)}' for kind, u in urls.items())}); "
                    f"the day lasts {DAY_SECONDS} s",
                    flush=True,
                )
                recorder, approvals, sent, elapsed = run_day(port, urls, forms, user)
                failures = report(recorder, approvals, sent, elapsed, forms)
            except Exception as error:
                failures = report_crash(error, stack.log)
    finally:
        shutil.rmtree(static_root, ignore_errors=True)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
