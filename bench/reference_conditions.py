"""Public pages under the conditions the page budgets were first measured in, beside the
reference Wagtail demo's figures of that measurement.

The page benchmark (pages_bench.py) loads the bulk content on PostgreSQL through gunicorn's
threaded workers with 16 connections. The first measurement of the pages, which set the goal
"uncached >= 10 % of a bare Django view" against the reference demo (wagtail/bakerydemo:
6.6-8.7 % of the bare view on that machine), used other conditions: production settings, the
demo content on SQLite, gunicorn with 2 sync workers, wrk with 4 connections, the page cache
off, then on (Redis). This script measures those conditions, so the portal's ratios can be
set beside the reference demo's; the demo itself cannot be fetched here.

    .venv/bin/python bench/reference_conditions.py      # about 3 minutes

Exit code: non-zero when a response was not 200 or the run broke.
"""

import os
import shutil
import sys
import tempfile
import time
from pathlib import Path
from types import SimpleNamespace

import pages_bench
from harness import flush_cache, free_port, start_gunicorn, stop_gunicorn, wait_until_serving

ROOT = Path(__file__).resolve().parent.parent
# What the reference demo reached in the first measurement (share of the bare view).
REFERENCE_SHARE = (0.066, 0.087)
REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/10")
CONNECTIONS = 4
SYNC = {"GUNICORN_WORKER_CLASS": "sync", "GUNICORN_THREADS": "1"}


def seed():
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)
    call_command("seed_demo", verbosity=0, stdout=pages_bench.quiet())
    pages, _notes = pages_bench.chosen_pages()
    return pages


def serve(log, env):
    port = free_port()
    server = start_gunicorn(
        port, log, pages_bench.WORKERS, env={**pages_bench.SERVER_ENV, **SYNC, **env}
    )
    url = f"http://127.0.0.1:{port}"
    wait_until_serving(server, url + pages_bench.BARE, pages_bench.WORKERS)
    return server, url


def measure(label, group, url, log_path):
    return pages_bench.load(label, group, url, log_path)


def main():
    pages_bench.WRK_CONNECTIONS = CONNECTIONS
    pages_bench.REDIS_URL = REDIS_URL
    work = Path(tempfile.mkdtemp(prefix="tdkt_reference-"))
    servers, failures = [], []
    try:
        stack = SimpleNamespace(
            url=f"sqlite:///{work / 'demo.sqlite3'}", media_root=str(work / "media")
        )
        pages_bench.configure(stack, str(work / "static"))
        import django

        django.setup()
        started = time.perf_counter()
        pages = seed()
        print(f"demo content on SQLite ({time.perf_counter() - started:.0f} s)", flush=True)
        from django.db import connections

        connections.close_all()
        pythonpath = os.pathsep.join(
            filter(None, [str(ROOT / "bench"), os.environ.get("PYTHONPATH")])
        )
        bare_log = open(work / "bare.log", "w")  # noqa: SIM115 - closed below
        site_log = open(work / "site.log", "w")  # noqa: SIM115 - closed below
        bare, bare_url = serve(
            bare_log,
            {"PYTHONPATH": pythonpath, "DJANGO_SETTINGS_MODULE": pages_bench.BARE_SETTINGS},
        )
        servers.append(bare)
        results = {}
        bare_rates = []
        for mode in ("uncached", "cached"):
            flush_cache(REDIS_URL)
            site, site_url = serve(
                site_log, {**pages_bench.SITE_MODES[mode], "PYTHONPATH": pythonpath}
            )
            servers.append(site)
            bare_run = measure("bare view", "bare", bare_url + pages_bench.BARE, bare_log.name)
            bare_rates.append(bare_run["rps"])
            for label, address in pages.items():
                run = measure(label, mode, site_url + address, site_log.name)
                failures += [f"{mode} {label}: {problem}" for problem in pages_bench.non_200(run)]
                results.setdefault(label, {})[mode] = run["rps"]
            stop_gunicorn(site)
            servers.remove(site)
        bare_rps = sorted(bare_rates)[len(bare_rates) // 2]
        low, high = REFERENCE_SHARE
        print(
            f"\nReference conditions: demo content on SQLite, gunicorn {pages_bench.WORKERS} sync "
            f"workers, wrk {CONNECTIONS} connections, {pages_bench.WRK_SECONDS} s per address; "
            f"bare view {bare_rps:.0f} req/s (runs: {', '.join(f'{r:.0f}' for r in bare_rates)})."
        )
        print(
            f"The reference Wagtail demo reached {low:.1%}-{high:.1%} of its bare view uncached.\n"
        )
        print(f"{'page':<22}{'uncached':>10}{'x bare':>8}{'cached':>10}{'x bare':>8}  vs reference")
        for label, rates in results.items():
            uncached, cached = rates["uncached"], rates["cached"]
            share = uncached / bare_rps
            verdict = "ahead" if share > high else ("within" if share >= low else "behind")
            print(
                f"{label:<22}{uncached:>10.1f}{share:>8.3f}{cached:>10.1f}{cached / bare_rps:>8.2f}"
                f"  {verdict}"
            )
        bare_log.close()
        site_log.close()
    except Exception as error:  # noqa: BLE001 - reported, then the exit code says it failed
        failures.append(repr(error))
    finally:
        for server in servers:
            stop_gunicorn(server)
        shutil.rmtree(work, ignore_errors=True)
    for failure in failures:
        print(f"FAIL  {failure}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
