"""Benchmark of opinions on a nominee under concurrent load, against gunicorn on PostgreSQL.

What it proves: 20 citizens (clients) posting 10 opinions each at the same time, 200 in all,
through the real stack (gunicorn with 4 workers, PostgreSQL, the shared Redis cache that counts
the rate limits) are all stored, each exactly once, with no server error. The anti-abuse
checks stay as configured (form shown at least PUBLIC_FORM_MIN_SECONDS before it is sent,
10 opinions per address per 10 minutes, 5 per e-mail per hour): each client has an address of
its own (X-Forwarded-For behind one trusted proxy) and each opinion a distinct e-mail.

Each client also sends one of its forms a second time (same submission_key), which must give
the same stored opinion back (303 to the same confirmation) and no new row:
- even clients send the copy at the same moment as the original, from a second address (a
  retry after switching networks), so both requests race to the database;
- odd clients send the copy after their ten opinions, from the same address (a reload).

Run with `.venv/bin/python bench/opinions_bench.py`. It needs the local PostgreSQL
(PGHOST/PGPORT/PGUSER, default 127.0.0.1:5432 postgres) and Redis (BENCH_REDIS_URL, default
redis://127.0.0.1:6379/7; that database is flushed before and after). It creates a database of
its own and drops it at the end, and exits non-zero when a check fails.
"""

import os
import re
import sys
import threading
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from html.parser import HTMLParser
from pathlib import Path

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

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "site"))
sys.path.insert(0, str(ROOT))

CLIENTS = 20
OPINIONS_PER_CLIENT = 10
WORKERS = 4
FORM_WAIT = 3.2  # seconds; PUBLIC_FORM_MIN_SECONDS is 3
REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/7")
HIDDEN_FIELDS = ("csrfmiddlewaretoken", "submission_key", "form_token")
CONFIRMATION = re.compile(r"/y-kien/da-gui/([^/]+)/$")
STANCES = ("agree", "disagree", "other")


# The nominee -------------------------------------------------------------------------------


def open_nominee():
    """An open nominee of the demo content, or one created for the benchmark."""
    from django.utils import timezone

    from consultations.models import NomineePage, NomineeState

    now = timezone.now()
    for nominee in NomineePage.objects.live().public().exclude(state=NomineeState.NOT_PROPOSED):
        if nominee.comments_accepting(now):
            return nominee, "demo"
    return create_nominee(now), "created by the benchmark"


def create_nominee(now):
    from django.core.files.base import ContentFile
    from wagtail.documents.models import Document

    from consultations.models import (
        ConsultationIndexPage,
        ConsultationPage,
        NomineePage,
        WorkingCalendar,
    )
    from news.models import AwardForm

    index = ConsultationIndexPage.objects.get()
    opens_at = now - timedelta(days=1)
    closes_at = WorkingCalendar().earliest_closing(opens_at) + timedelta(days=1)
    round_page = ConsultationPage(
        title="Lấy ý kiến nhân dân (đo tải)",
        slug="do-tai-y-kien",
        proposing_body="Ban Thi đua – Khen thưởng tỉnh",
        legal_basis="Nghị định 152/2025/NĐ-CP, khoản 2 Điều 44.",
        opens_at=opens_at,
        closes_at=closes_at,
        council_meeting_on=(closes_at + timedelta(days=7)).date(),
    )
    index.add_child(instance=round_page)
    round_page.save_revision().publish()

    award = AwardForm.objects.order_by("sort_order", "pk").first() or AwardForm.objects.create(
        name="Huân chương Lao động", rank="hạng Ba", group=AwardForm.Group.ORDER
    )
    report = Document(title="Báo cáo thành tích (đo tải)")
    report.file.save("bao-cao-do-tai.pdf", ContentFile(minimal_pdf()), save=False)
    report.save()
    nominee = NomineePage(
        title="Nguyễn Văn Đo Tải",
        slug="nguyen-van-do-tai",
        unit="Trường THCS Hoàng Văn Thụ",
        proposed_award=award,
        achievement_summary="<p>Hoàn thành xuất sắc nhiệm vụ năm năm liền.</p>",
        achievement_report=report,
    )
    round_page.add_child(instance=nominee)
    nominee.save_revision().publish()
    return NomineePage.objects.get(pk=nominee.pk)


def minimal_pdf():
    return (
        b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
        b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
    )


# One client ----------------------------------------------------------------------------------


class HiddenInputs(HTMLParser):
    """The values of the form's hidden inputs (the first of each name on the page)."""

    def __init__(self):
        super().__init__()
        self.values = {}

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        name = attrs.get("name")
        if tag == "input" and name in HIDDEN_FIELDS and name not in self.values:
            self.values[name] = attrs.get("value") or ""


def hidden_inputs(html):
    parser = HiddenInputs()
    parser.feed(html)
    missing = [name for name in HIDDEN_FIELDS if not parser.values.get(name)]
    if missing:
        raise RuntimeError(f"the page has no opinion form (missing {', '.join(missing)})")
    return parser.values


def opinion(client, number, hidden):
    return {
        **hidden,
        "name": f"Người góp ý {client + 1:02d}-{number + 1:02d}",
        "phone": f"0912 {client:03d} {number:03d}",
        "email": f"gop.y.{client:02d}.{number:02d}@example.vn",
        "address": f"Số {number + 1} đường Bà Triệu, phường Đông Kinh, Lạng Sơn ({client})",
        "stance": STANCES[(client + number) % len(STANCES)],
        "comment": "Tôi đồng ý với đề nghị khen thưởng vì thành tích được nêu là đúng thực tế.",
        "consent": "on",
        "reply_to": "",
        "website": "",
    }


class Client:
    """One citizen: a session with its own address, ten forms, ten opinions and one copy."""

    def __init__(self, index, base_url, page_url):
        import requests

        self.index = index
        self.page = base_url + page_url
        self.base_url = base_url
        self.address = f"10.20.{index}.{index + 1}"
        self.session = requests.Session()
        self.session.headers["X-Forwarded-For"] = self.address
        self.gets, self.posts = [], []  # (status, ms) and dicts
        self.races = index % 2 == 0

    def get(self, url):
        started = time.perf_counter()
        response = self.session.get(url, timeout=60)
        self.gets.append((response.status_code, (time.perf_counter() - started) * 1000))
        return response

    def post(self, data, kind, session=None, address=None):
        session = session or self.session
        headers = {"X-Forwarded-For": address or self.address}
        started = time.perf_counter()
        response = session.post(
            self.page, data=data, headers=headers, allow_redirects=False, timeout=60
        )
        elapsed = (time.perf_counter() - started) * 1000
        record = {
            "client": self.index,
            "kind": kind,
            "key": data["submission_key"],
            "email": data["email"],
            "status": response.status_code,
            "ms": elapsed,
            "location": response.headers.get("Location", ""),
            "body": "" if response.status_code == 303 else response.text[:4000],
        }
        self.posts.append(record)
        return record

    def load_forms(self):
        forms = []
        for number in range(OPINIONS_PER_CLIENT):
            response = self.get(self.page)
            if response.status_code != 200:
                raise RuntimeError(f"GET {self.page}: HTTP {response.status_code}")
            forms.append(opinion(self.index, number, hidden_inputs(response.text)))
        return forms

    def send(self, forms):
        first, rest = forms[0], forms[1:]
        if self.races:
            self.post_racing_pair(first)
        else:
            self.post(first, "original")
        for data in rest:
            self.post(data, "original")
        if not self.races:
            self.post(first, "copy after")
        confirmation = self.posts[-1]["location"]
        if confirmation:
            self.get(self.base_url + confirmation)

    def post_racing_pair(self, data):
        """The original and its copy at the same moment, the copy from another address."""
        import requests

        other = requests.Session()
        other.cookies.update(self.session.cookies)
        barrier = threading.Barrier(2)

        def go(kind, session, address):
            barrier.wait()
            return self.post(data, kind, session, address)

        with ThreadPoolExecutor(2) as pair:
            sent = [
                pair.submit(go, "original", self.session, self.address),
                pair.submit(go, "copy racing", other, f"10.30.{self.index}.{self.index + 1}"),
            ]
        for future in sent:
            future.result()


# Load --------------------------------------------------------------------------------------


def run_load(base_url, page_url):
    clients = [Client(index, base_url, page_url) for index in range(CLIENTS)]
    started = time.perf_counter()
    with ThreadPoolExecutor(CLIENTS) as pool:
        forms = dict(enumerate(pool.map(lambda c: c.load_forms(), clients)))
        time.sleep(FORM_WAIT)
        posting = time.perf_counter()
        list(pool.map(lambda c: c.send(forms[c.index]), clients))
        finished = time.perf_counter()
    return clients, {
        "total": finished - started,
        "posting": finished - posting,
    }


def confirmed_pk(location):
    """The opinion a 303 points to, read from its confirmation address as the site does."""
    from core.tokens import pk_from_token

    match = CONFIRMATION.search(location)
    return pk_from_token("comment", match.group(1)) if match else None


# Checks ------------------------------------------------------------------------------------


def check(nominee, rows_before, clients):
    """The figures and the list of failed checks."""
    from django.db.models import Count

    from consultations.models import PortalComment

    posts = [record for client in clients for record in client.posts]
    gets = [status for client in clients for status, _ms in client.gets]
    originals = [r for r in posts if r["kind"] == "original"]
    copies = [r for r in posts if r["kind"] != "original"]
    for record in posts:
        record["pk"] = confirmed_pk(record["location"])

    stored = PortalComment.objects.filter(page_id=nominee.pk)
    keys = {r["key"] for r in originals}
    duplicates = (
        PortalComment.objects.exclude(submission_key=None)
        .values("submission_key")
        .annotate(n=Count("pk"))
        .filter(n__gt=1)
        .count()
    )
    by_key = dict(stored.filter(submission_key__in=keys).values_list("submission_key", "pk"))
    by_key = {str(key): pk for key, pk in by_key.items()}
    same_copies = sum(1 for r in copies if r["pk"] is not None and by_key.get(r["key"]) == r["pk"])
    figures = {
        "posts": posts,
        "gets": gets,
        "rows": stored.count() - rows_before,
        "matched": len(by_key),
        "duplicates": duplicates,
        "same_copies": same_copies,
        "copies": len(copies),
        "server_errors": sum(1 for s in [*gets, *(r["status"] for r in posts)] if s >= 500),
    }
    expected = CLIENTS * OPINIONS_PER_CLIENT
    failures = []
    if len(originals) != expected or len(keys) != expected:
        failures.append(f"{len(originals)} opinions sent, {len(keys)} distinct keys")
    if any(r["status"] != 303 or r["pk"] is None for r in posts):
        failures.append("not every POST answered 303 to a valid confirmation")
    if any(status != 200 for status in gets):
        failures.append("not every GET answered 200")
    if figures["server_errors"]:
        failures.append(f"{figures['server_errors']} server errors (5xx)")
    if figures["rows"] != expected:
        failures.append(f"{figures['rows']} rows stored for the nominee, expected {expected}")
    if figures["matched"] != expected:
        failures.append(f"{figures['matched']} of the {expected} keys found in the database")
    if duplicates:
        failures.append(f"{duplicates} submission keys stored more than once")
    if same_copies != len(copies) or len(copies) != CLIENTS:
        failures.append(f"{same_copies} of {len(copies)} copies gave back the same opinion")
    return figures, failures


def report(nominee, source, timing, figures, failures):
    posts = figures["posts"]
    post_ms = [r["ms"] for r in posts]
    statuses = Counter(r["status"] for r in posts)
    get_statuses = Counter(figures["gets"])
    racing = sum(1 for r in posts if r["kind"] == "copy racing")
    print(
        f"\nOpinions under load: {CLIENTS} clients x {OPINIONS_PER_CLIENT} opinions, "
        f"gunicorn {WORKERS} workers, PostgreSQL, Redis rate limits"
    )
    print(f"  nominee           {nominee.url} ({source})")
    print(f"  total time        {timing['total']:.2f} s (incl. {FORM_WAIT} s form wait)")
    print(
        f"  POST phase        {timing['posting']:.2f} s, {len(posts)} POSTs, "
        f"{len(posts) / timing['posting']:.1f} POST/s"
    )
    print(
        f"  all requests      {len(posts) + len(figures['gets'])}, "
        f"{(len(posts) + len(figures['gets'])) / timing['total']:.1f} req/s over the total time"
    )
    print(
        f"  POST latency      p50 {percentile(post_ms, 0.5):.0f} ms, "
        f"p95 {percentile(post_ms, 0.95):.0f} ms, max {max(post_ms):.0f} ms"
    )
    print(f"  POST statuses     {format_counter(statuses)}")
    print(f"  GET statuses      {format_counter(get_statuses)}")
    print(f"  rows stored       {figures['rows']} (expected {CLIENTS * OPINIONS_PER_CLIENT})")
    print(f"  duplicate keys    {figures['duplicates']}")
    print(
        f"  resubmissions     {figures['copies']} ({racing} racing, "
        f"{figures['copies'] - racing} after); same opinion returned: {figures['same_copies']}"
    )
    print(f"  5xx               {figures['server_errors']}")
    print(f"  result            {'PASS' if not failures else 'FAIL'}")
    for failure in failures:
        print(f"    - {failure}")


def show_unexpected(figures, log_path):
    odd = [r for r in figures["posts"] if r["status"] != 303][:3]
    for record in odd:
        messages = re.findall(r'class="[^"]*error[^"]*"[^>]*>([^<]+)<', record["body"])
        shown = messages[:3] or record["body"][:300]
        print(f"\n  POST {record['kind']} -> {record['status']}: {shown}")
    log = Path(log_path).read_text(errors="replace").splitlines()
    interesting = [line for line in log if "Traceback" in line or "Error" in line]
    if interesting or odd:
        print("\n  gunicorn log (last lines):")
        for line in log[-25:]:
            print(f"    {line}")


# Main --------------------------------------------------------------------------------------


def prepare(url, media_root):
    os.environ.update(
        DATABASE_URL=url,
        DJANGO_SETTINGS_MODULE="portal.settings.dev",
        DEBUG="0",
        ALLOWED_HOSTS="127.0.0.1,localhost",
        SECRET_KEY="opinions-bench-" + "x" * 40,
        REDIS_URL=REDIS_URL,
        CACHE_KEY_PREFIX="opinions-bench",
        TRUSTED_PROXY_COUNT="1",
        TASKS_BACKEND="database",  # as in production: e-mail waits for the worker
        MEDIA_ROOT=media_root,
        LOG_LEVEL="WARNING",
    )
    for name in ("RATE_COMMENT_PER_IP", "RATE_COMMENT_PER_EMAIL", "PUBLIC_FORM_MIN_SECONDS"):
        os.environ.pop(name, None)  # the configured defaults, so the limits are real
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    call_command("seed_demo", verbosity=0, stdout=open(os.devnull, "w"))  # noqa: SIM115
    flush_cache(REDIS_URL)


def main():
    from django.db import connections

    with throwaway_stack("tdkt_opinions_bench", REDIS_URL) as stack:
        failures = ["did not run"]
        try:
            prepare(stack.url, stack.media_root)
            from consultations.models import PortalComment

            nominee, source = open_nominee()
            rows_before = PortalComment.objects.filter(page_id=nominee.pk).count()
            connections.close_all()

            port = free_port()
            base_url = f"http://127.0.0.1:{port}"
            stack.server = start_gunicorn(port, stack.log, WORKERS)
            wait_until_serving(stack.server, base_url + nominee.url, WORKERS)
            # The form has an address of its own (the nominee's page, cached, holds none).
            form_url = nominee.url + nominee.reverse_subpage("comment_form")
            clients, timing = run_load(base_url, form_url)
            figures, failures = check(nominee, rows_before, clients)
            report(nominee, source, timing, figures, failures)
            if failures:
                show_unexpected(figures, stack.log.name)
        except Exception as error:
            failures = report_crash(error, stack.log)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
