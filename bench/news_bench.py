"""Benchmark of the news app on PostgreSQL: page render time and query count at demo size and
at bulk size (10,000 news, 2,000 decisions, 100,000 awardees), and award lookup p50/p95.

Run with `make bench` (or `.venv/bin/python bench/news_bench.py`). It creates a database of
its own on the local PostgreSQL (PGHOST/PGPORT/PGUSER) and drops it at the end.
"""

import os
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "site"))
sys.path.insert(0, str(ROOT))

PAGE_RUNS = 15
LOOKUP_RUNS = 40


def create_database():
    import psycopg

    host = os.environ.get("PGHOST", "127.0.0.1")
    port = os.environ.get("PGPORT", "5432")
    user = os.environ.get("PGUSER", "postgres")
    name = f"tdkt_bench_{os.getpid()}"
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


def timed_get(client, url):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        started = time.perf_counter()
        response = client.get(url)
        elapsed = (time.perf_counter() - started) * 1000
    assert response.status_code == 200, (url, response.status_code)
    return elapsed, len(queries)


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def measure_pages(client):
    from news.models import AwardDecisionPage, NewsPage

    newest_news = NewsPage.objects.live().order_by("-date").first()
    largest = AwardDecisionPage.objects.live().order_by("-signed_on").first()
    pages = {
        "news index": "/tin-tuc/",
        "news page": newest_news.url,
        "documents": "/van-ban/",
        "decision index": "/khen-thuong/",
        "decision page": largest.url,
        "lookup (name)": "/tra-cuu/?ten=nguyen+thi",
        "statistics": "/thong-ke/",
    }
    results = {}
    for label, url in pages.items():
        timed_get(client, url)  # warm caches
        runs = [timed_get(client, url) for _ in range(PAGE_RUNS)]
        times = [t for t, _q in runs]
        results[label] = (statistics.median(times), runs[-1][1])
    return results


def measure_lookups(client):
    from news.models import AwardForm

    rng = random.Random(7)
    forms = list(AwardForm.objects.values_list("pk", flat=True))
    names = [
        "nguyen thi",
        "hoang van tuan",
        "luong",
        "nong thi lan",
        "dao van",
        "vi duc hai",
        "ha thu",
    ]
    units = ["truong thcs", "tram y te", "hop tac xa", "uy ban nhan dan", "cong an na duong"]
    kinds = {
        "name": lambda: f"/tra-cuu/?ten={rng.choice(names).replace(' ', '+')}",
        "unit": lambda: f"/tra-cuu/?don_vi={rng.choice(units).replace(' ', '+')}",
        "filters": lambda: (
            f"/tra-cuu/?cap=chu_tich_ubnd_tinh&nam={rng.randint(2015, 2025)}"
            f"&hinh_thuc={rng.choice(forms)}"
        ),
    }
    results = {}
    for label, make_url in kinds.items():
        times = [timed_get(client, make_url())[0] for _ in range(LOOKUP_RUNS)]
        results[label] = (percentile(times, 0.5), percentile(times, 0.95))
    return results


def report(title, pages, lookups):
    print(f"\n{title}")
    print(f"  {'page':<16}{'median ms':>10}{'queries':>9}")
    for label, (median, queries) in pages.items():
        print(f"  {label:<16}{median:>10.1f}{queries:>9}")
    print(f"  {'lookup':<16}{'p50 ms':>10}{'p95 ms':>9}")
    for label, (p50, p95) in lookups.items():
        print(f"  {label:<16}{p50:>10.1f}{p95:>9.1f}")


def main():
    name, url, server = create_database()
    os.environ.update(
        DATABASE_URL=url,
        DJANGO_SETTINGS_MODULE="portal.settings.dev",
        DEBUG="0",
        ALLOWED_HOSTS="testserver,localhost",
    )
    try:
        import django

        django.setup()
        from django.core.management import call_command
        from django.test import Client

        from news.models import Awardee, NewsPage

        call_command("migrate", verbosity=0)
        call_command("seed_demo", verbosity=0, stdout=open(os.devnull, "w"))  # noqa: SIM115
        client = Client()
        demo = (measure_pages(client), measure_lookups(client))
        report(
            f"Demo size: {NewsPage.objects.count()} news, {Awardee.objects.count()} awardees", *demo
        )

        started = time.perf_counter()
        call_command("seed_bulk", stdout=open(os.devnull, "w"))  # noqa: SIM115
        from django.db import connection

        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")  # and merge the GIN indexes' pending lists
        print(f"\nseed_bulk: {time.perf_counter() - started:.0f} s")
        bulk = (measure_pages(client), measure_lookups(client))
        report(
            f"Bulk size: {NewsPage.objects.count()} news, {Awardee.objects.count()} awardees", *bulk
        )

        print("\nQuery count the same at both sizes:")
        for label in demo[0]:
            same = demo[0][label][1] == bulk[0][label][1]
            print(
                f"  {label:<16}{'yes' if same else 'NO'} "
                f"({demo[0][label][1]} / {bulk[0][label][1]})"
            )
        worst = max(p95 for _p50, p95 in bulk[1].values())
        print(
            f"\nLookup p95 at bulk size: {worst:.1f} ms (goal < 200 ms): "
            f"{'met' if worst < 200 else 'NOT met'}"
        )
    finally:
        from django.db import connections

        connections.close_all()
        drop_database(name, server)


if __name__ == "__main__":
    main()
