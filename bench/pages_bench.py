"""Load benchmark of the public pages against gunicorn on PostgreSQL, with a bare view as the
ceiling measured in the same run.

What it measures: requests per second and latency (p50, p95) of the pages people read most
(home, news index, a news page, an exemplar, the largest award decision, the award lookup for
a common name, the site search, a consultation round), each under load from wrk, at bulk size
(10,000 news, 2,000 decisions, 100,000 awardees). Each page is measured twice, on two servers
started one after the other:
- "cached": the anonymous page cache on (PAGE_CACHE_SECONDS=300, Redis as the shared cache);
  when responses carry X-Cache (HIT/MISS), the hit ratio seen while warming up is reported;
- "uncached": the same server with PAGE_CACHE_SECONDS=0, so every request renders the page.
`/__bare__/` (bench/bench_urls.py: a view that returns a few bytes, through the same
middleware) is measured on each server before and after the pages; the mean of the two is the
ceiling each page is compared with (req/s of the page / req/s of the bare view).

The site runs as in production: portal.settings.production (DEBUG off, static files collected
and served by WhiteNoise) through bench/bench_settings.py, which only adds the bare view's URL
conf; gunicorn.conf.py with exactly 2 sync workers. Query counts are measured in the
benchmark's own process with the Django test client, once at demo size (before seed_bulk) and
once at bulk size.

Goals (a missed goal is reported as FAIL; it does not change the exit code):
- cached pages: at least 60% of the bare view's requests per second;
- uncached pages: at least 20% of it;
- award lookup p95 under 200 ms at 100,000 awardees (under load, and one request at a time);
- no page's query count grows with content (the same at demo and at bulk size).
The exit code is non-zero when a response is not 200, a request fails, or the run breaks.

wrk (Debian's; `bin/ensure-wrk` installs it), gunicorn, PostgreSQL and Redis share the
machine's CPUs: the figures are those of one machine loaded by its own client.

Run with `make bench` or `.venv/bin/python bench/pages_bench.py`. It needs the local
PostgreSQL (PGHOST/PGPORT/PGUSER, default 127.0.0.1:5432 postgres) and Redis
(BENCH_REDIS_URL, default redis://127.0.0.1:6379/9; that database is flushed before and
after). BENCH_WRK_SECONDS sets the length of each wrk run (default 8). It creates a database
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
    percentile,
    report_crash,
    start_gunicorn,
    stop_gunicorn,
    throwaway_stack,
    wait_until_serving,
)

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
sys.path.insert(0, str(ROOT / "site"))
sys.path.insert(0, str(ROOT))

WORKERS = 2
WRK_THREADS = 2
WRK_CONNECTIONS = 16
WRK_SECONDS = int(os.environ.get("BENCH_WRK_SECONDS", "8"))
WRK_SCRIPT = BENCH / "wrk_report.lua"
WARMUP_REQUESTS = 20
IN_PROCESS_RUNS = 6  # the first warms caches; the median of the others is reported
SEQUENTIAL_LOOKUPS = 40
REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/9")
SETTINGS = "bench_settings"
BARE = "/__bare__/"
LOOKUP_NAME = "nguyen thi"
SEARCH_TERMS = "thi đua"
LOOKUP_NAMES = ("nguyen thi", "hoang van tuan", "luong", "nong thi lan", "dao van", "ha thu")

CACHED_SHARE = 0.60
UNCACHED_SHARE = 0.20
LOOKUP_P95_MS = 200.0
MODES = {
    "cached": {"PAGE_CACHE_SECONDS": "300"},
    "uncached": {"PAGE_CACHE_SECONDS": "0"},
}
GOAL_SHARE = {"cached": CACHED_SHARE, "uncached": UNCACHED_SHARE}
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
        # In this process (query counts) pages are always rendered; each server sets its own.
        PAGE_CACHE_SECONDS="0",
    )
    os.environ.pop("DEBUG", None)


def quiet():
    return open(os.devnull, "w")  # noqa: SIM115 - closed with the process


def chosen_pages():
    """label -> address, read from the content (the largest decision, the newest news...),
    and label -> what to say about it."""
    from django.db.models import Count

    from consultations.models import ConsultationPage
    from exemplars.models import ExemplarPage
    from news.models import AwardDecisionPage, NewsPage

    news = NewsPage.objects.live().order_by("-date", "pk").first()
    exemplar = ExemplarPage.objects.live().order_by("path").first()
    decision = (
        AwardDecisionPage.objects.live()
        .annotate(awardee_count=Count("awardees"))
        .order_by("-awardee_count", "pk")
        .first()
    )
    round_page = ConsultationPage.objects.live().order_by("-numchild", "path").first()
    pages = {
        "home": "/",
        "news index": "/tin-tuc/",
        "news page": news.url,
        "exemplar": exemplar.url,
        "decision (largest)": decision.url,
        "lookup (name)": "/tra-cuu/?" + urlencode({"ten": LOOKUP_NAME}),
        "search": "/tim-kiem/?" + urlencode({"q": SEARCH_TERMS}),
        "consultation round": round_page.url,
    }
    notes = {
        "news page": "the newest",
        "decision (largest)": f"{decision.awardee_count} awardees",
        "lookup (name)": f"a common name: {LOOKUP_NAME}",
        "search": f"common words: {SEARCH_TERMS}",
        "consultation round": f"{round_page.numchild} nominees",
    }
    return pages, notes


def query_counts(pages):
    """Queries per page, rendered in this process (the last of a few requests: caches warm),
    and the median CPU time this process spent on one request (the database's is not in it)."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client()
    counts, cpu_ms = {}, {}
    for label, url in {"bare view": BARE, **pages}.items():
        spent = []
        for _attempt in range(IN_PROCESS_RUNS):
            with CaptureQueriesContext(connection) as queries:
                started = time.process_time()
                response = client.get(url)
                spent.append((time.process_time() - started) * 1000)
            if response.status_code != 200:
                raise RuntimeError(f"GET {url} in process: HTTP {response.status_code}")
        counts[label] = len(queries)
        cpu_ms[label] = statistics.median(spent[1:])
    return counts, cpu_ms


def seed():
    """Demo content, its query counts, then the bulk data (searchable) and its query counts."""
    from django.core.management import call_command
    from django.db import connection

    from news.models import Awardee, NewsPage

    started = time.perf_counter()
    call_command("migrate", verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)
    call_command("seed_demo", verbosity=0, stdout=quiet())
    demo_pages, demo_notes = chosen_pages()
    demo_counts, _cpu_ms = query_counts(demo_pages)
    print(
        f"demo content: {NewsPage.objects.count()} news, {Awardee.objects.count()} awardees "
        f"({time.perf_counter() - started:.0f} s with migrate and collectstatic)"
    )

    started = time.perf_counter()
    call_command("seed_bulk", stdout=quiet())
    bulk_seconds = time.perf_counter() - started
    # Bulk pages are written without search-index entries: index them, so the search page
    # searches 12,000 pages, not the demo's.
    started = time.perf_counter()
    call_command("update_index", verbosity=0, stdout=quiet())
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    pages, notes = chosen_pages()
    bulk_counts, cpu_ms = query_counts(pages)
    print(
        f"bulk content: {NewsPage.objects.count()} news, {Awardee.objects.count()} awardees "
        f"(seed_bulk {bulk_seconds:.0f} s, update_index and ANALYZE "
        f"{time.perf_counter() - started:.0f} s)"
    )
    demo = {"pages": demo_pages, "notes": demo_notes, "counts": demo_counts}
    bulk = {"pages": pages, "notes": notes, "counts": bulk_counts, "cpu_ms": cpu_ms}
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


def run_wrk(url):
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
        url,
    ]
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
        "p50": figures["p50_us"] / 1000,
        "p95": figures["p95_us"] / 1000,
        "p99": figures["p99_us"] / 1000,
        "errors": {
            kind: int(figures[f"err_{kind}"])
            for kind in ("connect", "read", "write", "status", "timeout")
            if figures[f"err_{kind}"]
        },
        "cpu": (busy_after - busy_before) / max(1, total_after - total_before),
        "wrk_cpu": wrk_cpu / elapsed,
    }


def access_statuses(log_path, offset):
    """Statuses the server logged since `offset` (its access log is in the server log), and
    the new offset."""
    with open(log_path, "rb") as log:
        log.seek(offset)
        text = log.read().decode(errors="replace")
        end = log.tell()
    return Counter(status for _path, status in ACCESS_LINE.findall(text)), end


def warm_up(base_url, url):
    """WARMUP_REQUESTS requests one at a time: statuses and the X-Cache values seen."""
    import requests

    statuses, cache = Counter(), Counter()
    with requests.Session() as session:
        for _n in range(WARMUP_REQUESTS):
            response = session.get(base_url + url, allow_redirects=False, timeout=60)
            statuses[str(response.status_code)] += 1
            cache[response.headers.get("X-Cache", "-").split()[0].upper()] += 1
            session.cookies.clear()  # every request anonymous and cookie-free, as wrk's
    return statuses, cache


def sequential_lookups(base_url):
    """The award lookup one request at a time, a different name each time (never the same
    address twice in a row, as people type them): p50 and p95 in ms."""
    import requests

    times = []
    with requests.Session() as session:
        for number in range(SEQUENTIAL_LOOKUPS):
            name = LOOKUP_NAMES[number % len(LOOKUP_NAMES)]
            url = f"{base_url}/tra-cuu/?{urlencode({'ten': name, 'trang': number // 6 + 1})}"
            started = time.perf_counter()
            response = session.get(url, allow_redirects=False, timeout=60)
            times.append((time.perf_counter() - started) * 1000)
            if response.status_code != 200:
                raise RuntimeError(f"GET {url}: HTTP {response.status_code}")
    return percentile(times, 0.5), percentile(times, 0.95)


def measure_mode(stack, mode, pages):
    """Start the server of one mode, warm every page up, load each with wrk, stop it."""
    idle_busy = background_busy()
    print(
        f"  {mode:<9}before the server starts: CPUs {idle_busy:.0%} busy with other work, "
        "load average {:.1f} {:.1f} {:.1f}".format(*os.getloadavg()),
        flush=True,
    )
    port = free_port()
    base_url = f"http://127.0.0.1:{port}"
    pythonpath = os.pathsep.join(filter(None, [str(BENCH), os.environ.get("PYTHONPATH")]))
    stack.server = start_gunicorn(
        port,
        stack.log,
        WORKERS,
        env={**MODES[mode], **SERVER_ENV, "PYTHONPATH": pythonpath},
    )
    flush_cache(REDIS_URL)
    wait_until_serving(stack.server, base_url + BARE, WORKERS)

    runs = []
    order = [("bare view (before)", BARE), *pages.items(), ("bare view (after)", BARE)]
    for label, url in order:
        statuses, cache = warm_up(base_url, url)
        time.sleep(0.3)
        offset = os.path.getsize(stack.log.name)
        figures = run_wrk(base_url + url)
        time.sleep(0.5)  # the workers' last access-log lines
        logged, _end = access_statuses(stack.log.name, offset)
        runs.append(
            {
                "label": label,
                "url": url,
                "mode": mode,
                **figures,
                "warm_statuses": statuses,
                "cache": cache,
                "logged": logged,
            }
        )
        print(
            f"  {mode:<9}{label:<30}{figures['rps']:>9.1f} req/s  "
            f"p95 {figures['p95']:>7.1f} ms  X-Cache {format_counter(cache)}",
            flush=True,
        )
    lookups = sequential_lookups(base_url) if mode == "uncached" else None
    stop_gunicorn(stack.server)
    stack.server = None
    return runs, lookups


# Report ------------------------------------------------------------------------------------


def cache_column(run):
    """The X-Cache values of the warm-up requests, e.g. "1 MISS 19 HIT" or "20 BYPASS"."""
    cache = run["cache"]
    if set(cache) == {"-"}:
        return "none"
    order = ("MISS", "HIT", "BYPASS")
    named = sorted(cache, key=lambda value: order.index(value) if value in order else 9)
    return " ".join(f"{cache[value]} {value}" for value in named)


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


def report(runs, demo, bulk):
    cpus = os.cpu_count()
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else cpus
    print(
        f"\nPublic pages under load: wrk {WRK_THREADS} threads, {WRK_CONNECTIONS} connections, "
        f"{WRK_SECONDS} s per address; gunicorn {WORKERS} sync workers (gunicorn.conf.py, "
        "worker recycling off), portal.settings.production (DEBUG off), PostgreSQL, Redis cache"
    )
    print(
        f"CPUs: {cpus} ({usable} usable). wrk, gunicorn, PostgreSQL and Redis share them on "
        "this one machine: the load generator takes CPU from the server (see cpu% and wrk%)."
    )
    print("\nAddresses (bulk size):")
    for label, url in bulk["pages"].items():
        note = bulk["notes"].get(label)
        print(f"  {label:<20}{url}" + (f"  ({note})" if note else ""))
        if demo["pages"][label] != url:
            note = demo["notes"].get(label)
            note = f"  ({note})" if note else ""
            print(f"  {'  at demo size':<20}{demo['pages'][label]}{note}")

    bare = {}
    for mode in MODES:
        bare[mode] = statistics.mean(
            r["rps"] for r in runs if r["mode"] == mode and r["url"] == BARE
        )
    # The ceiling is the bare view on the server without the page cache: plain Django through
    # the whole middleware, no cache lookup. (On the cached server the bare view, never stored,
    # also pays the page cache's lookup; it is shown for information.)
    ceiling = bare["uncached"]

    header = (
        f"\n{'page':<20}{'mode':<10}{'req/s':>8}{'p50 ms':>9}{'p95 ms':>9}{'x bare':>8}"
        f"{'queries':>9}{'app ms':>8}{'X-Cache':>15}{'cpu%':>6}{'wrk%':>6}  result"
    )
    print(header)
    print("-" * (len(header) - 1))
    rows = []
    for run in runs:
        label, mode = run["label"], run["mode"]
        ratio = run["rps"] / ceiling
        key = "bare view" if run["url"] == BARE else label
        queries = f"{demo['counts'][key]}/{bulk['counts'][key]}"
        if run["url"] == BARE:
            result = "ceiling"
        else:
            result = "PASS" if ratio >= GOAL_SHARE[mode] else "FAIL"
            rows.append((label, mode, ratio))
        print(
            f"{label:<20}{mode:<10}{run['rps']:>8.1f}{run['p50']:>9.1f}{run['p95']:>9.1f}"
            f"{ratio:>8.2f}{queries:>9}{bulk['cpu_ms'][key]:>8.1f}{cache_column(run):>15}"
            f"{run['cpu'] * 100:>6.0f}{run['wrk_cpu'] * 100:>6.0f}  {result}"
        )
    print(
        "\nqueries: per request at demo size / at bulk size (in process, test client, cache "
        "off). app ms: CPU time of one uncached request in process at bulk size (Python only; "
        "PostgreSQL's work is not in it). x bare: req/s of the page / mean req/s of the bare "
        "view (before and after) on the server without the page cache. X-Cache: the header's "
        f"values on the {WARMUP_REQUESTS} warm-up requests (one at a time). cpu%: the "
        "machine's CPUs busy during the run; wrk%: wrk's own CPU, in % of one CPU. result: "
        f"cached >= {CACHED_SHARE:.0%} of the bare view, uncached >= {UNCACHED_SHARE:.0%}."
    )
    return bare, rows


def goals(runs, rows, demo, bulk, lookups, bare):
    """PASS/FAIL per goal; returns the missed performance goals (reported, not fatal)."""
    missed = []

    def line(ok, text):
        print(f"  {'PASS' if ok else 'FAIL'}  {text}")
        if not ok:
            missed.append(text)

    print("\nGoals:")
    for mode, share in GOAL_SHARE.items():
        mine = [(label, ratio) for label, m, ratio in rows if m == mode]
        below = [f"{label} {ratio:.0%}" for label, ratio in mine if ratio < share]
        line(
            not below,
            f"{mode} pages >= {share:.0%} of the bare view ({bare['uncached']:.0f} req/s)"
            + (f"; below: {', '.join(below)}" if below else ""),
        )
    cached_pages = [r for r in runs if r["mode"] == "cached" and r["url"] != BARE]
    seen = sum((r["cache"] for r in cached_pages), Counter())
    total = sum(seen.values())
    if set(seen) == {"-"}:
        print("  info  no X-Cache header on the pages: the anonymous page cache is not active")
    else:
        print(
            f"  info  page cache hit ratio during warm-up (pages, cached mode): "
            f"{seen['HIT']}/{total} ({seen['HIT'] / total:.0%}); X-Cache {format_counter(seen)}"
        )
        bypassed = [r["label"] for r in cached_pages if r["cache"]["BYPASS"]]
        if bypassed:
            print("  info  not stored by the page cache (X-Cache: BYPASS): " + ", ".join(bypassed))
    for run in runs:
        if run["label"].startswith("lookup"):
            line(
                run["p95"] < LOOKUP_P95_MS,
                f"lookup p95 < {LOOKUP_P95_MS:.0f} ms under load ({run['mode']}, "
                f"{WRK_CONNECTIONS} connections on {WORKERS} workers): {run['p95']:.1f} ms",
            )
    if lookups:
        p50, p95 = lookups
        line(
            p95 < LOOKUP_P95_MS,
            f"lookup p95 < {LOOKUP_P95_MS:.0f} ms one request at a time ({SEQUENTIAL_LOOKUPS} "
            f"different names and pages, cache off): p50 {p50:.1f} ms, p95 {p95:.1f} ms",
        )
    grown = [
        f"{label} {demo['counts'][label]} -> {count}"
        for label, count in bulk["counts"].items()
        if demo["counts"][label] != count
    ]
    line(
        not grown,
        "query counts the same at demo and at bulk size"
        + (f"; differ: {', '.join(grown)}" if grown else ""),
    )
    return missed


def main():
    failures = ["did not run"]
    static_root = tempfile.mkdtemp(prefix="tdkt_pages_bench-static-")
    try:
        with throwaway_stack("tdkt_pages_bench", REDIS_URL) as stack:
            try:
                configure(stack, static_root)
                import django

                django.setup()
                from django.db import connections

                flush_cache(REDIS_URL)
                demo, bulk = seed()
                connections.close_all()

                runs, lookups = [], None
                print(f"\nLoad ({WRK_SECONDS} s per address):")
                for mode in MODES:
                    mode_runs, mode_lookups = measure_mode(stack, mode, bulk["pages"])
                    runs += mode_runs
                    lookups = lookups or mode_lookups
                bare, rows = report(runs, demo, bulk)
                missed = goals(runs, rows, demo, bulk, lookups, bare)
                failures = [
                    f"{run['mode']} {run['label']}: {problem}"
                    for run in runs
                    for problem in non_200(run)
                ]
                print("\nResponses:")
                if failures:
                    for failure in failures:
                        print(f"  FAIL  {failure}")
                else:
                    total = sum(sum(run["logged"].values()) for run in runs)
                    print(f"  PASS  every response 200 ({total} under load), no socket error")
                print(
                    f"\nResult: {len(missed)} performance goal(s) missed, "
                    f"{len(failures)} response failure(s)"
                )
            except Exception as error:
                failures = report_crash(error, stack.log)
    finally:
        shutil.rmtree(static_root, ignore_errors=True)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
