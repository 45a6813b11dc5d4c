"""Load benchmark of every public page type against gunicorn on PostgreSQL, compared with a bare
Django view measured in the same run, and with nginx's cache (deploy/nginx.conf) in front.

For each page type (home, a standard page, the news index and an article, documents, decisions
and the one with the largest awardee list, exemplars, movements, consultation rounds, a
nominee, questions and an answered one, the award look-up, the search, the statistics):
- uncached req/s: wrk against gunicorn with PAGE_CACHE_SECONDS=0 (every request renders);
- in process: the median wall time of one request through Django's test client (page cache
  off, other caches warm; the database's time is in it) and its query count, at demo size and
  at bulk size (10,000 news, 2,000 decisions, 100,000 awardees, search index rebuilt);
- cached req/s: wrk against gunicorn with the page cache on (PAGE_CACHE_SECONDS=300, Redis),
  with the X-Cache header (HIT/MISS/BYPASS) of the warm-up requests;
- each req/s as a share of the bare view's ("x bare").
Then nginx runs in front of the cached server with a configuration generated from
deploy/nginx.conf (bench/nginx_front.py) and a few pages are loaded through it, without and
with gzip (Accept-Encoding), against the same bare view.

The bare view (bench/bare_settings.py): a view returning three bytes through minimal
middleware (SecurityMiddleware and CommonMiddleware; no app, database, session or cache), on a
gunicorn of its own with the same gunicorn.conf.py and worker count as the site. It runs for
the whole benchmark and is loaded before, between and after the site's servers; the median of
those runs is the ceiling. For information, `/__bare__/` of bench/bench_urls.py (the same view
through the site's whole middleware) is loaded on the site's server too.

Budgets (a missed budget prints MISS; it does not change the exit code):
- uncached >= 10% of the bare view's req/s; cached >= 70% of it;
- in process: median <= 12 ms and <= 8 queries for every page type at both sizes, except the
  search and the award look-up: <= 20 ms at bulk size;
- through nginx's cache: >= 5x the bare view's req/s.
The exit code is non-zero when a response is not 200, a request fails, or the run breaks.

The site runs as in production: portal.settings.production (DEBUG off, static files collected
and served by WhiteNoise) through bench/bench_settings.py; gunicorn.conf.py with 2 threaded
workers, worker recycling off. wrk (bin/ensure-wrk), nginx (bin/ensure-nginx), gunicorn,
PostgreSQL and Redis share the machine's CPUs: the figures are those of one machine loaded by
its own client.

Run with `make bench` or `.venv/bin/python bench/pages_bench.py`. It needs the local
PostgreSQL (PGHOST/PGPORT/PGUSER, default 127.0.0.1:5432 postgres) and Redis
(BENCH_REDIS_URL, default redis://127.0.0.1:6379/11; that database is flushed before and
after). BENCH_WRK_SECONDS sets the length of each wrk run (default 5). It creates a database
of its own and drops it at the end.
"""

import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from urllib.parse import urlencode

from harness import (
    flush_cache,
    format_counter,
    free_port,
    report_crash,
    start_gunicorn,
    stop_gunicorn,
    throwaway_stack,
    wait_until_serving,
)
from nginx_front import CACHE_STATUS, NginxFront

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
sys.path.insert(0, str(ROOT / "site"))
sys.path.insert(0, str(ROOT))

WORKERS = 2
THREADS = int(os.environ.get("GUNICORN_THREADS", "4"))  # gunicorn.conf.py's default
WRK_THREADS = 2
WRK_CONNECTIONS = 16
WRK_SECONDS = int(os.environ.get("BENCH_WRK_SECONDS", "5"))
WRK_SCRIPT = BENCH / "wrk_report.lua"
WARMUP_REQUESTS = 10
IN_PROCESS_RUNS = 8  # the first warms caches; the median of the others is reported
REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/11")
SETTINGS = "bench_settings"
BARE_SETTINGS = "bare_settings"
BARE = "/__bare__/"
LOOKUP_NAME = "nguyen thi"
SEARCH_TERMS = "thi đua"

# Budgets
UNCACHED_SHARE = 0.10
CACHED_SHARE = 0.70
PAGE_MS = 12.0
PAGE_QUERIES = 8
SLOW_KINDS_MS = 20.0  # search and award look-up, at bulk size
SLOW_KINDS = ("award look-up", "search")
NGINX_TIMES = 5.0
NGINX_PAGES = ("home", "news article", "decision (largest)")

SITE_MODES = {
    "uncached": {"PAGE_CACHE_SECONDS": "0"},
    "cached": {"PAGE_CACHE_SECONDS": "300"},
}
SERVER_ENV = {
    "PYTHONUNBUFFERED": "1",  # the access log reaches the file as requests are answered
    # gunicorn.conf.py recycles a worker every ~2,000 requests (a memory bound). At the bare
    # view's thousands of requests per second that is a restart every second or two, and the
    # run would measure Django starting up; the benchmark turns recycling off.
    "GUNICORN_MAX_REQUESTS": "0",
}
ACCESS_LINE = re.compile(r'"[A-Z]+ (\S+) [^"]*" (\d{3}) ')


# Setup -------------------------------------------------------------------------------------


def configure(stack, static_root):
    """Production settings from the environment, as a deployment would give them."""
    os.environ.update(
        DJANGO_SETTINGS_MODULE=SETTINGS,
        DATABASE_URL=stack.url,
        SECRET_KEY="pages-bench-" + "s" * 50,
        ALLOWED_HOSTS="127.0.0.1,localhost,testserver",
        SECURE_SSL_REDIRECT="0",
        REDIS_URL=REDIS_URL,
        CACHE_KEY_PREFIX="pages-bench",
        MEDIA_ROOT=stack.media_root,
        STATIC_ROOT=static_root,
        LOG_LEVEL="WARNING",
        # In this process (in-process timings) pages are always rendered; each server sets
        # its own.
        PAGE_CACHE_SECONDS="0",
    )
    os.environ.pop("DEBUG", None)


def quiet():
    return open(os.devnull, "w")  # noqa: SIM115 - closed with the process


def chosen_pages():
    """label -> address of one page of each public type, read from the content (the largest
    decision, the newest news...), and label -> what to say about it. A type with no live page
    in the content is left out."""
    from django.db.models import Count

    from consultations.models import (
        AnsweredQuestionPage,
        ConsultationIndexPage,
        ConsultationPage,
        NomineePage,
        QuestionIndexPage,
    )
    from exemplars.models import ExemplarIndexPage, ExemplarPage, MovementIndexPage, MovementPage
    from home.models import StandardPage
    from news.models import (
        AwardDecisionIndexPage,
        AwardDecisionPage,
        AwardLookupPage,
        AwardStatisticsPage,
        DocumentIndexPage,
        LegalDocumentPage,
        NewsIndexPage,
        NewsPage,
    )

    def first(model, *order):
        return model.objects.live().public().order_by(*(order or ("path",))).first()

    decision = (
        AwardDecisionPage.objects.live()
        .public()
        .annotate(awardee_count=Count("awardees"))
        .order_by("-awardee_count", "pk")
        .first()
    )
    round_page = first(ConsultationPage, "-numchild", "path")
    lookup = first(AwardLookupPage)
    found = {
        "home": ("/", None),
        "standard page": (first(StandardPage), None),
        "news index": (first(NewsIndexPage), None),
        "news article": (first(NewsPage, "-date", "pk"), "the newest"),
        "documents index": (first(DocumentIndexPage), None),
        "document": (first(LegalDocumentPage, "-pk"), None),
        "decisions index": (first(AwardDecisionIndexPage), None),
        "decision (largest)": (
            decision,
            decision and f"{decision.awardee_count} awardees",
        ),
        "exemplar index": (first(ExemplarIndexPage), None),
        "exemplar": (first(ExemplarPage), None),
        "movement index": (first(MovementIndexPage), None),
        "movement": (first(MovementPage), None),
        "consultation index": (first(ConsultationIndexPage), None),
        "consultation round": (round_page, round_page and f"{round_page.numchild} nominees"),
        "nominee": (first(NomineePage), None),
        "questions index": (first(QuestionIndexPage), None),
        "answered question": (first(AnsweredQuestionPage, "-pk"), None),
        "award look-up": (
            lookup and lookup.url + "?" + urlencode({"ten": LOOKUP_NAME}),
            f"a common name: {LOOKUP_NAME}",
        ),
        "search": ("/tim-kiem/?" + urlencode({"q": SEARCH_TERMS}), f"common words: {SEARCH_TERMS}"),
        "statistics": (first(AwardStatisticsPage), None),
    }
    pages, notes = {}, {}
    for label, (page, note) in found.items():
        if page is None:
            continue
        pages[label] = page if isinstance(page, str) else page.url
        if note:
            notes[label] = note
    return pages, notes


def in_process(pages):
    """Per page: the median wall time (ms) of one request through the test client, caches
    warm (the first request is not counted), and the queries of the last request."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client()
    figures = {}
    for label, url in pages.items():
        spent = []
        for _attempt in range(IN_PROCESS_RUNS):
            with CaptureQueriesContext(connection) as queries:
                started = time.perf_counter()
                response = client.get(url)
                spent.append((time.perf_counter() - started) * 1000)
            if response.status_code != 200:
                raise RuntimeError(f"GET {url} in process: HTTP {response.status_code}")
        figures[label] = {"ms": statistics.median(spent[1:]), "queries": len(queries)}
    return figures


def seed():
    """Demo content and its in-process figures, then the bulk data (searchable) and its."""
    from django.core.management import call_command
    from django.db import connection

    from news.models import Awardee, NewsPage

    started = time.perf_counter()
    call_command("migrate", verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)
    call_command("seed_demo", verbosity=0, stdout=quiet())
    demo_pages, demo_notes = chosen_pages()
    demo_figures = in_process(demo_pages)
    print(
        f"demo content: {NewsPage.objects.count()} news, {Awardee.objects.count()} awardees "
        f"({time.perf_counter() - started:.0f} s with migrate and collectstatic)",
        flush=True,
    )

    started = time.perf_counter()
    call_command("seed_bulk", stdout=quiet())
    bulk_seconds = time.perf_counter() - started
    # Bulk pages are written without search-index entries: index them, so the search page
    # searches 12,000 pages, not the demo's.
    started = time.perf_counter()
    call_command("update_index", verbosity=0, stdout=quiet())
    # VACUUM as well: GIN indexes keep fresh entries in a pending list, read whole by every
    # search until VACUUM (autovacuum, in production) merges it.
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")
    pages, notes = chosen_pages()
    bulk_figures = in_process(pages)
    print(
        f"bulk content: {NewsPage.objects.count()} news, {Awardee.objects.count()} awardees "
        f"(seed_bulk {bulk_seconds:.0f} s, update_index and VACUUM ANALYZE "
        f"{time.perf_counter() - started:.0f} s)",
        flush=True,
    )
    demo = {"pages": demo_pages, "notes": demo_notes, "figures": demo_figures}
    bulk = {"pages": pages, "notes": notes, "figures": bulk_figures}
    return demo, bulk


# Measuring ---------------------------------------------------------------------------------


def cpu_times():
    """(busy, total) jiffies of the whole machine, from /proc/stat."""
    fields = [int(value) for value in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    idle = fields[3] + (fields[4] if len(fields) > 4 else 0)
    return sum(fields) - idle, sum(fields)


def background_busy(seconds=2.0):
    """How busy the machine's CPUs are with none of the benchmark's load running (other
    processes sharing it), over `seconds`."""
    busy_before, total_before = cpu_times()
    time.sleep(seconds)
    busy_after, total_after = cpu_times()
    return (busy_after - busy_before) / max(1, total_after - total_before)


def children_cpu():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_wrk(url, headers=()):
    """One wrk run: figures from wrk_report.lua, the machine's CPU use and wrk's own."""
    command = [
        "wrk",
        f"-t{WRK_THREADS}",
        f"-c{WRK_CONNECTIONS}",
        f"-d{WRK_SECONDS}s",
        "--timeout",
        "30s",
        "--latency",
        "-s",
        str(WRK_SCRIPT),
    ]
    for header in headers:
        command += ["-H", header]
    command.append(url)
    busy_before, total_before = cpu_times()
    wrk_before = children_cpu()
    started = time.perf_counter()
    done = subprocess.run(  # noqa: S603
        command, capture_output=True, text=True, timeout=WRK_SECONDS + 60, check=False
    )
    elapsed = time.perf_counter() - started
    wrk_cpu = children_cpu() - wrk_before
    busy_after, total_after = cpu_times()
    report = re.search(r"^REPORT (.*)$", done.stdout, re.MULTILINE)
    if done.returncode != 0 or not report:
        raise RuntimeError(f"wrk failed on {url}: {done.stdout[-500:]} {done.stderr[-500:]}")
    figures = {key: float(value) for key, value in re.findall(r"(\w+)=([\d.]+)", report[1])}
    per_second = re.search(r"Requests/sec:\s+([\d.]+)", done.stdout)
    return {
        "rps": float(per_second[1]) if per_second else figures["requests"] / elapsed,
        "requests": int(figures["requests"]),
        "bytes_per_request": figures["bytes"] / max(1, figures["requests"]),
        "p50": figures["p50_us"] / 1000,
        "p95": figures["p95_us"] / 1000,
        "errors": {
            kind: int(figures[f"err_{kind}"])
            for kind in ("connect", "read", "write", "status", "timeout")
            if figures[f"err_{kind}"]
        },
        "cpu": (busy_after - busy_before) / max(1, total_after - total_before),
        "wrk_cpu": wrk_cpu / elapsed,
    }


def access_statuses(log_path, offset):
    """Statuses logged since `offset` (gunicorn's access log is in its server log; nginx's has
    the same request-and-status shape), and the new offset."""
    with open(log_path, "rb") as log:
        log.seek(offset)
        text = log.read().decode(errors="replace")
        end = log.tell()
    return Counter(status for _path, status in ACCESS_LINE.findall(text)), end


def warm_up(url, cache_header, headers=None):
    """WARMUP_REQUESTS requests one at a time: statuses and the cache header's values seen."""
    import requests

    statuses, cache = Counter(), Counter()
    with requests.Session() as session:
        for _n in range(WARMUP_REQUESTS):
            response = session.get(url, allow_redirects=False, timeout=60, headers=headers)
            statuses[str(response.status_code)] += 1
            cache[response.headers.get(cache_header, "-").split()[0].upper()] += 1
            session.cookies.clear()  # every request anonymous and cookie-free, as wrk's
    return statuses, cache


def load(label, group, url, log_path, cache_header="X-Cache", headers=()):
    """Warm one address up, load it with wrk, read the statuses the server logged."""
    statuses, cache = warm_up(url, cache_header, dict(h.split(": ", 1) for h in headers))
    time.sleep(0.3)
    offset = os.path.getsize(log_path)
    figures = run_wrk(url, headers)
    time.sleep(0.5)  # the workers' last access-log lines
    logged, _end = access_statuses(log_path, offset)
    run = {
        "label": label,
        "group": group,
        "url": url,
        **figures,
        "warm_statuses": statuses,
        "cache": cache,
        "logged": logged,
    }
    print(
        f"  {group:<11}{label:<28}{figures['rps']:>9.1f} req/s  p50 {figures['p50']:>6.1f} ms  "
        f"p95 {figures['p95']:>7.1f} ms  {cache_header} {format_counter(cache)}",
        flush=True,
    )
    return run


class Servers:
    """The bare server (for the whole run) and the site's server of the current mode."""

    def __init__(self, stack):
        self.stack = stack
        self.pythonpath = os.pathsep.join(filter(None, [str(BENCH), os.environ.get("PYTHONPATH")]))
        self.bare_log = tempfile.NamedTemporaryFile(  # noqa: SIM115 - closed in stop()
            prefix="tdkt_pages_bench-bare-", suffix=".log", delete=False
        )
        self.bare = None
        self.bare_url = None

    def start_bare(self):
        port = free_port()
        self.bare_url = f"http://127.0.0.1:{port}"
        self.bare = start_gunicorn(
            port,
            self.bare_log,
            WORKERS,
            env={
                **SERVER_ENV,
                "PYTHONPATH": self.pythonpath,
                "DJANGO_SETTINGS_MODULE": BARE_SETTINGS,
            },
        )
        wait_until_serving(self.bare, self.bare_url + BARE, WORKERS)

    def load_bare(self, moment):
        return load(f"bare view ({moment})", "bare", self.bare_url + BARE, self.bare_log.name)

    def start_site(self, mode):
        port = free_port()
        self.stack.server = start_gunicorn(
            port,
            self.stack.log,
            WORKERS,
            env={**SITE_MODES[mode], **SERVER_ENV, "PYTHONPATH": self.pythonpath},
        )
        flush_cache(REDIS_URL)
        base_url = f"http://127.0.0.1:{port}"
        wait_until_serving(self.stack.server, base_url + BARE, WORKERS)
        return port, base_url

    def stop_site(self):
        stop_gunicorn(self.stack.server)
        self.stack.server = None

    def stop(self):
        if self.bare is not None:
            stop_gunicorn(self.bare)
            self.bare = None
        self.bare_log.close()
        os.unlink(self.bare_log.name)


def measure(servers, pages):
    """Every run: the bare view, each page uncached, each page cached, a few through nginx."""
    runs = []
    idle_busy = background_busy()
    print(
        f"  before the servers start: CPUs {idle_busy:.0%} busy with other work, "
        "load average {:.1f} {:.1f} {:.1f}".format(*os.getloadavg()),
        flush=True,
    )
    servers.start_bare()
    runs.append(servers.load_bare("first"))
    for mode in SITE_MODES:
        port, base_url = servers.start_site(mode)
        log = servers.stack.log.name
        if mode == "uncached":
            runs.append(load("bare view, whole stack", mode, base_url + BARE, log))
        for label, url in pages.items():
            runs.append(load(label, mode, base_url + url, log))
        if mode == "cached":
            runs += through_nginx(servers.stack, port, pages)
        servers.stop_site()
        runs.append(servers.load_bare(f"after {mode}"))
    return runs


def through_nginx(stack, app_port, pages):
    """A few cached pages through nginx with deploy/nginx.conf's cache, without and with gzip."""
    runs = []
    with NginxFront(free_port(), app_port, stack.media_root, purge_port=free_port()) as front:
        log = os.path.join(front.workdir, "access.log")
        for label in NGINX_PAGES:
            if label not in pages:
                continue
            for group, encoding in (("nginx", "identity"), ("nginx gzip", "gzip")):
                headers = (f"Accept-Encoding: {encoding}",)
                url = front.base_url + pages[label]
                runs.append(load(label, group, url, log, CACHE_STATUS, headers))
    return runs


# Report ------------------------------------------------------------------------------------


def cache_column(run):
    """The cache header's values on the warm-up requests, e.g. "1M 19H" or "20B"."""
    cache = run["cache"]
    if set(cache) == {"-"}:
        return "none"
    order = ("MISS", "HIT", "BYPASS", "EXPIRED", "STALE", "UPDATING")
    named = sorted(cache, key=lambda value: order.index(value) if value in order else 9)
    return " ".join(f"{cache[value]}{value[0]}" for value in named)


def non_200(run):
    """What went wrong on a run: statuses other than 200 (warm-up and access log) and wrk's
    socket errors and timeouts."""
    problems = []
    for where, counter in (("warm-up", run["warm_statuses"]), ("load", run["logged"])):
        others = {status: n for status, n in counter.items() if status != "200"}
        if others:
            problems.append(f"{where}: {format_counter(others)}")
    if run["errors"]:
        problems.append("wrk: " + ", ".join(f"{k} {v}" for k, v in run["errors"].items()))
    if not run["logged"].get("200"):
        problems.append("no request logged by the server")
    return problems


COLUMN_WIDTHS = (9, 10, 6, 8)  # of the budget columns


def verdict(ok):
    return "PASS" if ok else "MISS"


def ms_budget(label, size):
    return SLOW_KINDS_MS if size == "bulk" and label in SLOW_KINDS else PAGE_MS


def report(runs, demo, bulk):
    """The table per page type; returns the missed budgets."""
    cpus = os.cpu_count()
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else cpus
    print(
        f"\nPublic pages: wrk {WRK_THREADS} threads, {WRK_CONNECTIONS} connections, "
        f"{WRK_SECONDS} s per address; gunicorn {WORKERS} workers of {THREADS} threads "
        "(gunicorn.conf.py, worker recycling off), portal.settings.production (DEBUG off), "
        "PostgreSQL, Redis. "
        f"CPUs: {cpus} ({usable} usable), shared by wrk, nginx, gunicorn, PostgreSQL and Redis."
    )
    print("\nAddresses (bulk size):")
    for label, url in bulk["pages"].items():
        note = bulk["notes"].get(label)
        print(f"  {label:<20}{url}" + (f"  ({note})" if note else ""))
        if demo["pages"].get(label) != url:
            print(f"  {'  at demo size':<20}{demo['pages'].get(label, 'none')}")

    bare_runs = [r["rps"] for r in runs if r["group"] == "bare"]
    ceiling = statistics.median(bare_runs)
    whole = next((r["rps"] for r in runs if r["label"] == "bare view, whole stack"), None)
    print(
        f"\nBare view (minimal middleware, bench/bare_settings.py): {ceiling:.0f} req/s "
        f"(median of {', '.join(f'{rps:.0f}' for rps in bare_runs)})"
        + (
            f"; the same view through the site's whole middleware: {whole:.0f} req/s "
            f"({whole / ceiling:.2f} x bare)"
            if whole
            else ""
        )
    )
    by = {(r["group"], r["label"]): r for r in runs}
    header = (
        f"\n{'page':<20}{'uncached':>9}{'x bare':>7} |{'demo ms':>8}{'q':>4} |{'bulk ms':>8}"
        f"{'q':>4} |{'cached':>8}{'x bare':>7}{'X-Cache':>9} |"
        f"{'unc>=10%':>9}{'cach>=70%':>10}{'ms':>6}{'queries':>8}"
    )
    print(header)
    print("-" * (len(header) - 1))
    missed = []
    for label in bulk["pages"]:
        uncached, cached = by[("uncached", label)], by[("cached", label)]
        d, b = demo["figures"].get(label), bulk["figures"][label]
        ms_ok = b["ms"] <= ms_budget(label, "bulk") and (
            d is None or d["ms"] <= ms_budget(label, "demo")
        )
        queries_ok = b["queries"] <= PAGE_QUERIES and (d is None or d["queries"] <= PAGE_QUERIES)
        unc_ratio, cach_ratio = uncached["rps"] / ceiling, cached["rps"] / ceiling
        checks = {
            f"uncached >= {UNCACHED_SHARE:.0%} of bare": unc_ratio >= UNCACHED_SHARE,
            f"cached >= {CACHED_SHARE:.0%} of bare": cach_ratio >= CACHED_SHARE,
            "in-process ms": ms_ok,
            f"queries <= {PAGE_QUERIES}": queries_ok,
        }
        names = [name for name, ok in checks.items() if not ok]
        if names:
            missed.append(f"{label}: {', '.join(names)}")
        demo_ms = f"{d['ms']:>8.1f}{d['queries']:>4}" if d else f"{'-':>8}{'-':>4}"
        print(
            f"{label:<20}{uncached['rps']:>9.1f}{unc_ratio:>7.2f} |{demo_ms} |"
            f"{b['ms']:>8.1f}{b['queries']:>4} |{cached['rps']:>8.1f}{cach_ratio:>7.2f}"
            f"{cache_column(cached):>9} |"
            + "".join(
                f"{verdict(ok):>{width}}"
                for ok, width in zip(checks.values(), COLUMN_WIDTHS, strict=True)
            )
        )
    grown = [
        f"{label} {demo['figures'][label]['queries']} -> {b['queries']}"
        for label, b in bulk["figures"].items()
        if label in demo["figures"] and demo["figures"][label]["queries"] != b["queries"]
    ]
    print(
        "\nuncached / cached: req/s under wrk without / with the page cache; x bare: that / the "
        "bare view's req/s. demo ms, bulk ms: median wall time of one request in process (test "
        "client, page cache off, other caches warm, database time included); q: its queries. "
        "X-Cache: the header on the warm-up requests of the cached run (M=MISS, H=HIT, "
        f"B=BYPASS). ms budget: {PAGE_MS:.0f} ms at both sizes, {SLOW_KINDS_MS:.0f} ms at bulk "
        f"size for {' and '.join(SLOW_KINDS)}."
    )
    print(
        "Query counts that differ between demo and bulk size: "
        + (", ".join(grown) if grown else "none")
    )

    fronted = [r for r in runs if r["group"].startswith("nginx")]
    if fronted:
        print(
            f"\nThrough nginx (deploy/nginx.conf's cache in front of the cached server), "
            f"budget >= {NGINX_TIMES:.0f} x the bare view ({ceiling:.0f} req/s):"
        )
        head = (
            f"  {'page':<20}{'gzip':>6}{'req/s':>9}{'x bare':>8}{'p50 ms':>8}{'p95 ms':>8}"
            f"{'bytes':>8}{'X-Cache-Status':>16}{'cpu%':>6}{'wrk%':>6}  result"
        )
        print(head)
        for run in fronted:
            times = run["rps"] / ceiling
            ok = times >= NGINX_TIMES
            if not ok:
                missed.append(f"{run['label']} through {run['group']}: {times:.1f} x bare")
            print(
                f"  {run['label']:<20}{'on' if 'gzip' in run['group'] else 'off':>6}"
                f"{run['rps']:>9.0f}{times:>8.2f}{run['p50']:>8.1f}{run['p95']:>8.1f}"
                f"{run['bytes_per_request']:>8.0f}{cache_column(run):>16}"
                f"{run['cpu'] * 100:>6.0f}{run['wrk_cpu'] * 100:>6.0f}  {verdict(ok)}"
            )
        print(
            "  bytes: per response as received (headers included); cpu%: the machine's CPUs "
            "busy during the run; wrk%: wrk's own CPU, in % of one CPU."
        )
    return missed


def show_server_error(log_path, lines=25):
    """The last traceback in the site's server log, to see why a page answered 500."""
    log = Path(log_path).read_text(errors="replace").splitlines()
    starts = [n for n, line in enumerate(log) if "Traceback" in line]
    if starts:
        print("\n  The site's server log, its last traceback:")
        for line in log[starts[-1] : starts[-1] + lines]:
            print(f"    {line}")


def main():
    failures = ["did not run"]
    static_root = tempfile.mkdtemp(prefix="tdkt_pages_bench-static-")
    try:
        with throwaway_stack("tdkt_pages_bench", REDIS_URL) as stack:
            servers = None
            try:
                configure(stack, static_root)
                import django

                django.setup()
                from django.db import connections

                flush_cache(REDIS_URL)
                demo, bulk = seed()
                connections.close_all()

                print(f"\nLoad ({WRK_SECONDS} s per address):", flush=True)
                servers = Servers(stack)
                runs = measure(servers, bulk["pages"])
                missed = report(runs, demo, bulk)
                print(f"\nBudgets missed ({len(missed)} page types or runs):")
                for item in missed:
                    print(f"  MISS  {item}")
                failures = [
                    f"{run['group']} {run['label']}: {problem}"
                    for run in runs
                    for problem in non_200(run)
                ]
                print("\nResponses:")
                if failures:
                    for failure in failures:
                        print(f"  FAIL  {failure}")
                    show_server_error(stack.log.name)
                else:
                    total = sum(sum(run["logged"].values()) for run in runs)
                    print(f"  PASS  every response 200 ({total} under load), no socket error")
                print(
                    f"\nResult: budgets missed by {len(missed)} page type(s) or run(s), "
                    f"{len(failures)} response failure(s)"
                )
            except Exception as error:
                failures = report_crash(error, stack.log)
            finally:
                if servers is not None:
                    servers.stop()
    finally:
        shutil.rmtree(static_root, ignore_errors=True)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
