"""Benchmark of the units' emulation registration under load, against gunicorn on PostgreSQL.

What it proves: 300 units sending their registration for the year within 60 seconds, through
the real stack (gunicorn with 4 workers, PostgreSQL, the shared Redis cache), are all stored,
each exactly once and complete, with no server error. The site runs as in
bench/opinions_bench.py (portal.settings.dev with DEBUG off): no test shortcuts, so signing in
checks passwords with Django's default hasher (PBKDF2, 1,000,000 iterations).

Setup, in a database of its own: the demo content (its open campaign, with the collective and
individual titles and the movements units may register for), then 300 units, each with one
officer account, all members of one block for the campaign's year. The officers' password is
hashed once with the configured hasher and the hash shared, so the setup stays quick; signing
in still checks it with that hasher.

First PROBE_UNITS units of their own go through the whole flow one request at a time: what
each step costs with nothing else in flight, and so what 300 units cost the machine's CPUs.

Then the load, with CONCURRENCY clients at a time (threads, each unit a requests session):
1. each unit signs in once (correctly: the sign-in lockout is never approached) and opens the
   registration form, read as a browser would (tests/registrations/helpers.form_data); timed
   and reported, not part of the window (officers sign in before the deadline rush, and a
   session lasts);
2. the submission phase, which must start and finish within SUBMIT_WINDOW seconds: each unit
   sends its full registration (a collective title, two individuals, three indicators, the
   movements, the signer) with action=submit. DOUBLE_SUBMITS units send their submit twice:
   half at the same moment from a second connection (a double click), half once the first has
   answered (a reload). Every submit must answer 303 to the unit's confirmation page;
3. each unit opens its confirmation page, which must show the reference code stored for it.

Checks (exit 1 when one fails): 300 registrations submitted, each at version 1 with exactly
one SubmissionVersion and one "submitted" log entry, its own two individuals and three
indicators, unique reference codes, one confirmation e-mail queued per unit (none for a
double submit), no response >= 500, and the submission phase within SUBMIT_WINDOW seconds.
The report also says how busy the machine's CPUs were: the clients, PostgreSQL and anything
else running share them with gunicorn.

Run with `.venv/bin/python bench/registrations_bench.py` (or `make bench`). It needs the local
PostgreSQL (PGHOST/PGPORT/PGUSER, default 127.0.0.1:5432 postgres) and Redis
(BENCH_REDIS_URL, default redis://127.0.0.1:6379/8; that database is flushed before and
after). BENCH_THREADS runs gunicorn's workers with that many threads each (default 1: the
threaded workers of gunicorn.conf.py). It creates a database of its own and drops it at the end.
"""

import os
import re
import statistics
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
    log_tail,
    percentile,
    report_crash,
    start_gunicorn,
    throwaway_stack,
    wait_until_serving,
)

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "site"))
sys.path.insert(0, str(ROOT))

UNITS = 300
CONCURRENCY = 40  # clients at a time
DOUBLE_SUBMITS = 30  # units that send their submit twice: half racing, half after
SUBMIT_WINDOW = 60.0  # seconds for the whole submission phase
WORKERS = 4
THREADS = int(os.environ.get("BENCH_THREADS", "1"))
REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/8")
PASSWORD = "Mat-khau-do-tai-2026"  # noqa: S105 (the throwaway accounts' own)
SIGN_IN = "/tai-khoan/dang-nhap/"
CODE_PREFIX = "do-tai"  # the benchmark's units: do-tai-001 … and officers can-bo-do-tai-001 …
PROBE_UNITS = 5  # units of their own, sent one request at a time before the load
PROBE_PREFIX = "mau"
KINDS = ("sign-in page", "sign-in", "form", "submit", "confirmation")
REFERENCE = re.compile(r"confirmation__code[^>]*>.*?<strong>([^<]+)</strong>", re.S)


# Setup -------------------------------------------------------------------------------------


def prepare(url, media_root):
    os.environ.update(
        DATABASE_URL=url,
        DJANGO_SETTINGS_MODULE="portal.settings.dev",
        DEBUG="0",
        ALLOWED_HOSTS="127.0.0.1,localhost",
        SECRET_KEY="registrations-bench-" + "x" * 40,
        REDIS_URL=REDIS_URL,
        CACHE_KEY_PREFIX="registrations-bench",
        TASKS_BACKEND="database",  # as in production: e-mail waits for the worker
        MEDIA_ROOT=media_root,
        PRIVATE_MEDIA_ROOT=str(Path(media_root) / "private"),
        LOG_LEVEL="WARNING",
    )
    for name in ("SIGN_IN_MAX_FAILURES", "SIGN_IN_LOCKOUT_SECONDS", "SIGN_IN_MAX_FAILURES_PER_IP"):
        os.environ.pop(name, None)  # the configured lockout, untouched
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    call_command("seed_demo", verbosity=0, stdout=open(os.devnull, "w"))  # noqa: SIM115
    flush_cache(REDIS_URL)


def open_campaign():
    """The demo's open campaign when it offers titles of both kinds, or one created here."""
    from django.utils import timezone

    from registrations.models import Campaign

    now = timezone.now()
    open_all_day = Campaign.objects.filter(opens_at__lte=now, deadline__gt=now + timedelta(days=1))
    for campaign in open_all_day:
        if campaign.collective_titles.exists() and campaign.individual_titles.count() >= 2:
            return campaign, "demo"
    return create_campaign(now), "created by the benchmark"


def create_campaign(now):
    from news.models import AwardForm, Recipients
    from registrations.models import Campaign

    def title(name, recipients):
        award, _created = AwardForm.objects.get_or_create(
            name=name,
            rank="",
            defaults={"group": AwardForm.Group.EMULATION_TITLE, "recipients": recipients},
        )
        return award

    collective = [title("Tập thể lao động xuất sắc", Recipients.COLLECTIVE)]
    individual = [
        title("Chiến sĩ thi đua cơ sở", Recipients.INDIVIDUAL),
        title("Lao động tiên tiến", Recipients.INDIVIDUAL),
    ]
    campaign = Campaign(
        year=now.year,
        title=f"Đăng ký thi đua năm {now.year} (đo tải)",
        opens_at=now - timedelta(days=10),
        deadline=now + timedelta(days=20),
    )
    campaign.save()
    campaign.collective_titles.set(collective)
    campaign.individual_titles.set(individual)
    campaign.save()  # parental many-to-many relations are written on save
    return campaign


def choices_of(campaign):
    """What a unit ticks: the first collective title, two individual titles, two movements."""
    individual = campaign.individual_titles.order_by("name").values_list("pk", flat=True)
    movements = campaign.movements.order_by("pk").values_list("pk", flat=True)
    return (
        str(campaign.collective_titles.order_by("name").first().pk),
        [str(pk) for pk in individual[:2]],
        [str(pk) for pk in movements[:2]],
    )


def create_units(campaign, count, prefix, cluster_name):
    """`count` units coded <prefix>-001 …, each with one officer (password PASSWORD), in one
    block of the campaign's year. Returns [(number, username)]."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.hashers import make_password
    from django.contrib.auth.models import Group
    from django.db import transaction

    from home.roles import UNIT_OFFICERS
    from registrations.models import Cluster, Unit, UnitKind, UnitOfficer

    User = get_user_model()
    password_hash = make_password(PASSWORD)  # the configured hasher, once for all
    officers_group, _created = Group.objects.get_or_create(name=UNIT_OFFICERS)
    numbers = range(1, count + 1)
    with transaction.atomic():
        units = Unit.objects.bulk_create(
            Unit(
                name=f"Đơn vị {prefix} số {n:03d}",
                short_name=f"{prefix[:3].upper()}{n:03d}",
                code=f"{prefix}-{n:03d}",
                kind_id=UnitKind.DEPARTMENT,  # a code the migrations create
                email=f"don-vi-{n:03d}@{prefix}.example.vn",
            )
            for n in numbers
        )
        users = User.objects.bulk_create(
            User(
                username=f"can-bo-{prefix}-{n:03d}",
                password=password_hash,
                email=f"can-bo-{n:03d}@{prefix}.example.vn",
                first_name="Cán bộ",
                last_name=f"{n:03d}",
            )
            for n in numbers
        )
        User.groups.through.objects.bulk_create(
            User.groups.through(user_id=user.pk, group_id=officers_group.pk) for user in users
        )
        UnitOfficer.objects.bulk_create(
            UnitOfficer(user=user, unit=unit, position="Chuyên viên thi đua")
            for user, unit in zip(users, units, strict=True)
        )
        cluster = Cluster(
            name=cluster_name,
            kind=Cluster.Kind.BLOCK,
            year=campaign.year,
            head_unit=units[0],
            deputy_unit=units[1],
        )
        cluster.save()
        cluster.members.set(units)
        cluster.save()  # parental many-to-many relations are written on save
    return [(n, user.username) for n, user in zip(numbers, users, strict=True)]


# One unit ----------------------------------------------------------------------------------


class CsrfToken(HTMLParser):
    def __init__(self):
        super().__init__()
        self.value = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "input" and attrs.get("name") == "csrfmiddlewaretoken" and not self.value:
            self.value = attrs.get("value")


def csrf_token(html):
    parser = CsrfToken()
    parser.feed(html)
    if not parser.value:
        raise RuntimeError("the sign-in page has no CSRF token")
    return parser.value


def registration(number, form, campaign_choices):
    """The full registration a unit sends: the form as read, filled as an officer would."""
    collective, individual_titles, movements = campaign_choices
    first_title, second_title = individual_titles[0], individual_titles[-1]
    return {
        **form,
        "collective_titles": [collective],
        "movements": movements,
        "individuals-TOTAL_FORMS": "2",
        "individuals-0-full_name": f"Hoàng Thị Thu ({number:03d})",
        "individuals-0-position": "Trưởng phòng Tổng hợp",
        "individuals-0-title": first_title,
        "individuals-1-full_name": f"Lộc Văn Bình ({number:03d})",
        "individuals-1-position": "Chuyên viên",
        "individuals-1-title": second_title,
        "indicators-TOTAL_FORMS": "3",
        "indicators-0-content": "Tỷ lệ hồ sơ giải quyết đúng hạn",
        "indicators-0-measure": "%",
        "indicators-0-planned_value": "98,5",
        "indicators-0-note": "",
        "indicators-1-content": "Số sáng kiến được công nhận",
        "indicators-1-measure": "sáng kiến",
        "indicators-1-planned_value": str(number),
        "indicators-1-note": "",
        "indicators-2-content": "Số cán bộ được bồi dưỡng nghiệp vụ",
        "indicators-2-measure": "người",
        "indicators-2-planned_value": "25",
        "indicators-2-note": f"Đơn vị {number:03d}: ưu tiên cấp cơ sở",
        "signer_name": f"Nông Văn Quyết ({number:03d})",
        "signer_position": "Giám đốc",
        "action": "submit",
    }


class UnitClient:
    """One unit's officer: a session, a sign-in, the form, the submit (twice for some)."""

    def __init__(self, number, username, base_url, form_url, double):
        import requests

        self.number = number
        self.username = username
        self.base_url = base_url
        self.form_url = form_url
        self.sent_url = form_url + "da-gui/"
        self.double = double  # None, "racing" or "after"
        self.session = requests.Session()
        self.requests = []  # dicts: kind, status, ms, start, end, location
        self.data = None
        self.reference_shown = None

    def request(self, kind, method, path, session=None, **kwargs):
        session = session or self.session
        started = time.perf_counter()
        response = session.request(
            method, self.base_url + path, allow_redirects=False, timeout=120, **kwargs
        )
        ended = time.perf_counter()
        self.requests.append(
            {
                "kind": kind,
                "status": response.status_code,
                "ms": (ended - started) * 1000,
                "start": started,
                "end": ended,
                "location": response.headers.get("Location", ""),
                "body": "" if response.status_code < 400 else response.text[:4000],
            }
        )
        return response

    def sign_in_and_open(self, campaign_choices):
        from tests.registrations.helpers import form_data

        page = self.request("sign-in page", "GET", SIGN_IN, params={"next": self.form_url})
        if page.status_code != 200:
            raise RuntimeError(f"{self.username}: GET {SIGN_IN}: HTTP {page.status_code}")
        signed_in = self.request(
            "sign-in",
            "POST",
            SIGN_IN,
            data={
                "csrfmiddlewaretoken": csrf_token(page.text),
                "username": self.username,
                "password": PASSWORD,
                "next": self.form_url,
            },
            headers={"Referer": self.base_url + SIGN_IN},
        )
        if signed_in.status_code != 302 or signed_in.headers["Location"] != self.form_url:
            raise RuntimeError(f"{self.username}: sign-in answered HTTP {signed_in.status_code}")
        form = self.request("form", "GET", self.form_url)
        if form.status_code != 200:
            raise RuntimeError(f"{self.username}: GET {self.form_url}: HTTP {form.status_code}")
        self.data = registration(
            self.number, form_data(form.text, "dang-ky-form"), campaign_choices
        )

    def submit(self):
        if self.double == "racing":
            self.submit_racing_pair()
            return
        self.request("submit", "POST", self.form_url, data=self.data)
        if self.double == "after":
            self.request("submit again after", "POST", self.form_url, data=self.data)

    def submit_racing_pair(self):
        """The submit and its copy at the same moment, the copy on a second connection."""
        import requests

        other = requests.Session()
        other.cookies.update(self.session.cookies)
        barrier = threading.Barrier(2)

        def go(kind, session):
            barrier.wait()
            return self.request(kind, "POST", self.form_url, session=session, data=self.data)

        with ThreadPoolExecutor(2) as pair:
            sent = [
                pair.submit(go, "submit", self.session),
                pair.submit(go, "submit again racing", other),
            ]
        for future in sent:
            future.result()

    def open_confirmation(self):
        page = self.request("confirmation", "GET", self.sent_url)
        match = REFERENCE.search(page.text) if page.status_code == 200 else None
        self.reference_shown = match.group(1).strip() if match else None


# Load --------------------------------------------------------------------------------------


def double_kind(index):
    """Every tenth unit sends its submit twice: alternately racing and after."""
    step = UNITS // DOUBLE_SUBMITS
    if index % step or index // step >= DOUBLE_SUBMITS:
        return None
    return "racing" if (index // step) % 2 == 0 else "after"


def run_load(base_url, form_url, officers, campaign_choices, server_pid):
    clients = [
        UnitClient(number, username, base_url, form_url, double_kind(index))
        for index, (number, username) in enumerate(officers)
    ]
    timing, usage = {}, {"load": os.getloadavg()[0] if hasattr(os, "getloadavg") else None}
    phases = {
        "preparing": lambda c: c.sign_in_and_open(campaign_choices),
        "submitting": lambda c: c.submit(),
        "confirming": lambda c: c.open_confirmation(),
    }
    with ThreadPoolExecutor(CONCURRENCY) as pool:
        for phase, work in phases.items():
            before = cpu_seconds(server_pid)
            started = time.perf_counter()
            list(pool.map(work, clients))
            timing[phase] = time.perf_counter() - started
            usage[phase] = cpu_used(before, server_pid)
    submits = [r for c in clients for r in c.requests if r["kind"].startswith("submit")]
    # The window itself: from the first submit sent to the last answer received.
    timing["window"] = max(r["end"] for r in submits) - min(r["start"] for r in submits)
    timing["usage"] = usage
    return clients, timing


def cpu_seconds(server_pid):
    """CPU seconds used so far on the machine (all CPUs, busy time) and by each owner: gunicorn
    (master and workers), PostgreSQL, Redis, this process (the clients' threads). From /proc;
    None where there is none."""
    try:
        ticks = [int(value) for value in Path("/proc/stat").read_text().split()[1:9]]
    except (OSError, ValueError):
        return None
    hertz = os.sysconf("SC_CLK_TCK")
    owners = Counter()
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            raw = (entry / "stat").read_text()
        except OSError:
            continue  # gone meanwhile
        command = raw[raw.index("(") + 1 : raw.rindex(")")]
        fields = raw[raw.rindex(")") + 2 :].split()
        pid, parent = int(entry.name), int(fields[1])
        if pid == os.getpid():
            owner = "clients"
        elif server_pid in (pid, parent):
            owner = "gunicorn"
        elif command.startswith("postgres"):
            owner = "PostgreSQL"
        elif command.startswith("redis"):
            owner = "Redis"
        else:
            continue
        owners[owner] += (int(fields[11]) + int(fields[12])) / hertz
    busy = (sum(ticks) - ticks[3] - ticks[4]) / hertz  # all but idle and waiting for I/O
    return busy, owners


def cpu_used(since, server_pid):
    """CPU seconds used since `since` (a cpu_seconds()): in all, and per owner, the rest of
    the machine (other processes, the kernel) as "rest"."""
    now = cpu_seconds(server_pid)
    if since is None or now is None:
        return None
    busy = now[0] - since[0]
    owners = {owner: now[1][owner] - since[1][owner] for owner in now[1]}
    owners["rest"] = max(0.0, busy - sum(owners.values()))
    return busy, owners


def probe(base_url, form_url, officers, campaign_choices):
    """A few units of their own, each request sent alone (nothing else in flight): what one
    unit costs the server, by step. Median milliseconds per kind of request."""
    clients = [UnitClient(n, u, base_url, form_url, None) for n, u in officers]
    for client in clients:
        client.sign_in_and_open(campaign_choices)
        client.submit()
        client.open_confirmation()
        if client.requests[-2]["status"] != 303 or not client.reference_shown:
            raise RuntimeError(f"{client.username}: the unloaded submit did not go through")
    return {
        kind: statistics.median(r["ms"] for c in clients for r in c.requests if r["kind"] == kind)
        for kind in KINDS
    }


# Checks ------------------------------------------------------------------------------------


def check(clients, campaign, timing):
    """The figures and the list of failed checks."""
    from django.db.models import Count, Q
    from django_tasks_db.models import DBTaskResult

    from registrations.models import Registration, SubmissionLog, SubmissionVersion

    requests = [r for c in clients for r in c.requests]
    submits = [r for r in requests if r["kind"].startswith("submit")]
    doubles = [r for r in submits if r["kind"] != "submit"]
    registrations = (
        Registration.objects.filter(campaign=campaign, unit__code__startswith=CODE_PREFIX + "-")
        .select_related("unit")
        .annotate(
            version_rows=Count("versions", distinct=True),
            individual_rows=Count("individuals", distinct=True),
            indicator_rows=Count("indicators", distinct=True),
            collective_rows=Count("collective_titles", distinct=True),
            submitted_logs=Count(
                "log_entries",
                filter=Q(log_entries__action=SubmissionLog.Action.SUBMITTED),
                distinct=True,
            ),
        )
        .prefetch_related("individuals")
    )
    by_unit = {r.unit.code: r for r in registrations}
    codes = [r.reference_code for r in by_unit.values() if r.reference_code]
    own_rows = sum(
        1
        for r in by_unit.values()
        if all(i.full_name.endswith(f"({r.unit.code[-3:]})") for i in r.individuals.all())
    )
    shown = sum(
        1
        for c in clients
        if (r := by_unit.get(f"{CODE_PREFIX}-{c.number:03d}"))
        and c.reference_shown
        and c.reference_shown == r.reference_code
    )
    domain = f"@{CODE_PREFIX}.example.vn"
    emails = [
        task
        for task in DBTaskResult.objects.filter(task_path="core.mail.send_email_task")
        if any(address.endswith(domain) for address in task.args_kwargs["args"][2])
    ]
    figures = {
        "requests": requests,
        "submits": submits,
        "doubles": doubles,
        "stored": len(by_unit),
        "submitted": sum(1 for r in by_unit.values() if r.state == "submitted"),
        "version_one": sum(1 for r in by_unit.values() if r.version == 1),
        "versions": SubmissionVersion.objects.filter(registration__in=registrations).count(),
        "one_version_each": sum(1 for r in by_unit.values() if r.version_rows == 1),
        "one_log_each": sum(1 for r in by_unit.values() if r.submitted_logs == 1),
        "complete": sum(
            1
            for r in by_unit.values()
            if r.individual_rows == 2
            and r.indicator_rows == 3
            and r.collective_rows == 1
            and r.signer_name
        ),
        "individuals": sum(r.individual_rows for r in by_unit.values()),
        "indicators": sum(r.indicator_rows for r in by_unit.values()),
        "own_rows": own_rows,
        "codes": len(codes),
        "unique_codes": len(set(codes)),
        "shown": shown,
        "emails": len(emails),
        "server_errors": sum(1 for r in requests if r["status"] >= 500),
        "same_confirmation": sum(
            1 for r in doubles if r["status"] == 303 and r["location"] == clients[0].sent_url
        ),
    }
    failures = []
    expect = {
        "stored": "registrations stored",
        "submitted": "in state submitted",
        "version_one": "at version 1",
        "one_version_each": "with exactly one SubmissionVersion",
        "one_log_each": "with exactly one 'submitted' log entry",
        "complete": "with 2 individuals, 3 indicators, a collective title and the signer",
        "own_rows": "whose individuals are the unit's own",
        "codes": "with a reference code",
        "unique_codes": "distinct reference codes",
        "shown": "confirmation pages showing the unit's stored code",
        "emails": "confirmation e-mails queued",
    }
    for key, label in expect.items():
        if figures[key] != UNITS:
            failures.append(f"{figures[key]} {label}, expected {UNITS}")
    if figures["versions"] != UNITS:
        failures.append(f"{figures['versions']} SubmissionVersion rows, expected {UNITS}")
    bad = [r for r in submits if r["status"] != 303 or r["location"] != clients[0].sent_url]
    if bad:
        failures.append(f"{len(bad)} submits did not answer 303 to the confirmation page")
    if len(submits) != UNITS + DOUBLE_SUBMITS:
        failures.append(f"{len(submits)} submits sent, expected {UNITS + DOUBLE_SUBMITS}")
    if figures["same_confirmation"] != DOUBLE_SUBMITS:
        failures.append(
            f"{figures['same_confirmation']} of {DOUBLE_SUBMITS} double submits answered 303 "
            "to the same confirmation"
        )
    if figures["server_errors"]:
        failures.append(f"{figures['server_errors']} server errors (5xx)")
    if timing["window"] > SUBMIT_WINDOW:
        failures.append(
            f"the submission phase took {timing['window']:.1f} s, more than {SUBMIT_WINDOW:.0f} s"
        )
    return figures, failures


# Report ------------------------------------------------------------------------------------


def latency(records):
    ms = [r["ms"] for r in records]
    if not ms:
        return "none"
    return (
        f"p50 {percentile(ms, 0.5):.0f} ms, p95 {percentile(ms, 0.95):.0f} ms, max {max(ms):.0f} ms"
    )


def report(campaign, source, form_url, alone, timing, figures, failures):
    requests, submits = figures["requests"], figures["submits"]
    of_kind = {kind: [r for r in requests if r["kind"] == kind] for kind in KINDS}
    racing = sum(1 for r in figures["doubles"] if r["kind"] == "submit again racing")
    server = f"gunicorn {WORKERS} workers" + (f" x {THREADS} threads" if THREADS > 1 else "")
    print(
        f"\nUnits' registrations under load: {UNITS} units, {CONCURRENCY} at a time, "
        f"{server}, PostgreSQL, Redis"
    )
    print(f"  campaign          {campaign.title} ({source}), {form_url}")
    print_alone(alone)
    print(
        f"  sign-in and form  {timing['preparing']:.2f} s for {UNITS} units "
        f"(sign-in, then the form read), {UNITS / timing['preparing']:.1f} units/s"
    )
    print(f"    sign-in POST    {latency(of_kind['sign-in'])}")
    print(f"    form GET        {latency(of_kind['form'])}")
    print(
        f"  submission phase  {timing['window']:.2f} s (limit {SUBMIT_WINDOW:.0f} s), "
        f"{len(submits)} submit POSTs ({UNITS} + {len(figures['doubles'])} double), "
        f"{UNITS / timing['window']:.1f} submissions/s"
    )
    print(f"  submit latency    {latency(submits)} (all {len(submits)})")
    print(f"    first submits   {latency(of_kind['submit'])}")
    print(
        f"  double submits    {len(figures['doubles'])} ({racing} racing, "
        f"{len(figures['doubles']) - racing} after); 303 to the same confirmation: "
        f"{figures['same_confirmation']}"
    )
    print(f"  confirmations     {timing['confirming']:.2f} s, {latency(of_kind['confirmation'])}")
    print("  status codes")
    for kind, records in {**of_kind, "double submit": figures["doubles"]}.items():
        print(f"    {kind:<16}{format_counter(Counter(r['status'] for r in records)) or 'none'}")
    print(
        f"  stored            {figures['stored']} registrations, {figures['submitted']} submitted, "
        f"{figures['version_one']} at version 1, {figures['versions']} versions, "
        f"{figures['one_log_each']} with one 'submitted' log entry"
    )
    print(
        f"  rows              {figures['individuals']} individuals, {figures['indicators']} "
        f"indicators; {figures['complete']} complete, {figures['own_rows']} with their own rows"
    )
    print(
        f"  reference codes   {figures['codes']}, {figures['unique_codes']} distinct, "
        f"{figures['shown']} shown on the unit's confirmation page"
    )
    print(f"  e-mails queued    {figures['emails']} (one per unit, none for a double submit)")
    print(f"  5xx               {figures['server_errors']}")
    print_machine(timing)
    print(f"  result            {'PASS' if not failures else 'FAIL'}")
    for failure in failures:
        print(f"    - {failure}")


def print_alone(alone):
    """Request times one at a time, and what they mean for the CPUs at hand (an estimate: a
    request's time includes the client's share and PostgreSQL's)."""
    cpus = os.cpu_count() or 1
    per_unit = sum(alone.values())
    print(
        "  one at a time     "
        + ", ".join(f"{kind} {ms:.0f} ms" for kind, ms in alone.items())
        + f" (median of {PROBE_UNITS} units, one request at a time)"
    )
    print(
        f"    per unit        {per_unit:.0f} ms, sign-in {alone['sign-in'] / per_unit:.0%} of it: "
        f"{UNITS} units need about {UNITS * per_unit / 1000 / cpus:.0f} s of {cpus} CPUs for "
        f"the whole flow, {UNITS * alone['submit'] / 1000 / cpus:.0f} s for the submits alone"
    )


def print_machine(timing):
    """Where the CPU time went in each phase: the clients, PostgreSQL, Redis and anything else
    running share the machine's CPUs with gunicorn, and the figures above include that."""
    usage = timing["usage"]
    cpus = os.cpu_count() or 1
    load = f", load average {usage['load']:.1f} before the load" if usage["load"] else ""
    print(f"  CPU time          {cpus} CPUs{load}")
    names = {"preparing": "sign-in and form", "submitting": "submission", "confirming": "confirm"}
    for phase, name in names.items():
        if usage[phase] is None:
            continue
        busy, owners = usage[phase]
        shares = ", ".join(
            f"{owner} {seconds:.1f}"
            for owner, seconds in sorted(owners.items(), key=lambda item: -item[1])
        )
        print(
            f"    {name:<18}{busy:.1f} s busy of {timing[phase] * cpus:.1f} s available "
            f"({busy / (timing[phase] * cpus):.0%}): {shares}"
        )


def show_unexpected(figures, log_path):
    odd = [r for r in figures["requests"] if r["status"] >= 400][:3]
    for record in odd:
        messages = re.findall(r'class="[^"]*error[^"]*"[^>]*>([^<]+)<', record["body"])
        shown = messages[:3] or record["body"][:300]
        print(f"\n  {record['kind']} -> {record['status']}: {shown}")
    lines = log_tail(log_path, 25)
    if odd or any("Traceback" in line or "Error" in line for line in lines):
        print("\n  gunicorn log (last lines):")
        for line in lines:
            print(f"    {line}")


# Main --------------------------------------------------------------------------------------


def main():
    from django.db import connections

    with throwaway_stack("tdkt_registrations_bench", REDIS_URL) as stack:
        failures = ["did not run"]
        try:
            started = time.perf_counter()
            prepare(stack.url, stack.media_root)
            from registrations.models import RegistrationPortalPage

            campaign, source = open_campaign()
            portal = RegistrationPortalPage.objects.live().get()
            form_url = portal.url + portal.reverse_subpage("registration", args=[campaign.pk])
            officers = create_units(campaign, UNITS, CODE_PREFIX, "Khối thi đua đo tải")
            probe_officers = create_units(campaign, PROBE_UNITS, PROBE_PREFIX, "Khối thi đua mẫu")
            campaign_choices = choices_of(campaign)
            print(f"setup: {time.perf_counter() - started:.1f} s (migrate, demo, {UNITS} units)")
            connections.close_all()

            port = free_port()
            base_url = f"http://127.0.0.1:{port}"
            stack.server = start_gunicorn(port, stack.log, WORKERS, THREADS)
            wait_until_serving(stack.server, base_url + SIGN_IN, WORKERS)
            alone = probe(base_url, form_url, probe_officers, campaign_choices)
            clients, timing = run_load(
                base_url, form_url, officers, campaign_choices, stack.server.pid
            )
            figures, failures = check(clients, campaign, timing)
            report(campaign, source, form_url, alone, timing, figures, failures)
            if failures:
                show_unexpected(figures, stack.log.name)
        except Exception as error:
            failures = report_crash(error, stack.log)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
