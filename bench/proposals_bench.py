"""Benchmark of the units' award proposals at a round's deadline, against gunicorn on
PostgreSQL.

What it proves: 500 units preparing and sending their award proposal, with its attachments,
in the last 10 minutes of a round, 100 officers at a time, through the real stack (gunicorn
with 4 workers, PostgreSQL, the shared Redis cache), are all stored, each exactly once and
complete, before the deadline, with no server error. The site runs as in
bench/registrations_bench.py (portal.settings.dev with DEBUG off): no test shortcuts, so
signing in checks passwords with Django's default hasher (PBKDF2, 1,000,000 iterations) and
every PDF goes through the upload checks.

Setup, in a database of its own: the demo content, a proposal round of the benchmark's own
(open since yesterday; two awards, a provincial Bằng khen and Chiến sĩ thi đua cấp tỉnh; its
dossier checklist: the tờ trình for the whole proposal and a báo cáo thành tích per nominee,
both required, and an optional sáng kiến certificate), then 500 units, each with one officer
account (created as in bench/registrations_bench.py: the password hashed once with the
configured hasher and the hash shared, so the setup stays quick; signing in still checks it
with that hasher).

First PROBE_UNITS units of their own go through the whole flow one request at a time: what
each step costs with nothing else in flight.

Then the load. The round's deadline is set WINDOW seconds (10 minutes) after the load starts,
and CONCURRENCY clients at a time (threads, each unit a requests session) go through the
whole flow as a browser does: every form is read from the page it is on (its CSRF token, its
fields, the options of its lists) and every redirect after a POST is followed:
1. sign-in: the sign-in page, then the sign-in (correctly: the lockout is never approached);
2. form: the proposal's page (the first visit makes the draft);
3. nominee: twice, the nominee form, then the nominee sent (an individual: name, year of
   birth, gender, position, workplace, one of the round's awards, a target group, the
   summary), back to the proposal's page;
4. upload: three PDFs made in memory (valid, about 600 bytes), each through the document
   form: the tờ trình, and the báo cáo thành tích of each nominee, back to the proposal's page;
5. send: the tờ trình form filled in and sent with "Gửi hồ sơ đề nghị" (saved, on to the
   confirmation step), the confirmation step's page, its POST (the send itself), the sent
   page, which must show the reference code stored for the unit. DOUBLE_SENDS units send the
   confirmation twice at the same moment, the copy from a second connection (a double click):
   both must answer 303 to the sent page.
gunicorn keeps production's worker recycling (GUNICORN_MAX_REQUESTS), so workers are replaced
during the load. A request whose kept-alive connection the server closes without any answer
is sent again once on a new connection, as a browser does; the report counts those and the
workers replaced (a request the server did handle twice would show in the checks).

Checks (exit 1 when one fails): 500 proposals in state submitted, each at version 1 with
exactly one SubmissionVersion and one "submitted" log entry, 2 nominees and 3 documents each
(the files on disk), unique reference codes, each shown on its unit's sent page, one
confirmation e-mail queued per unit (none for a double send), no response >= 500, every
client flow without error, and every send stored and answered before the round's deadline.
The report gives p50/p95/max per kind of request, the send phase's duration (first send POST
to last answer), and how busy the machine's CPUs were (the clients, PostgreSQL and anything
else running share them with gunicorn).

Run with `.venv/bin/python bench/proposals_bench.py` (or `make bench`). It needs the local
PostgreSQL (PGHOST/PGPORT/PGUSER, default 127.0.0.1:5432 postgres) and Redis (BENCH_REDIS_URL,
default redis://127.0.0.1:6379/9; that database is flushed before and after). Sizes for a
quick try: BENCH_PROPOSALS (units, default 500), BENCH_CLIENTS (clients at a time, default
100), BENCH_WINDOW_SECONDS (default 600). It creates a database of its own and drops it at the
end.
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
from pathlib import Path
from urllib.parse import urljoin

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
from registrations_bench import PASSWORD, SIGN_IN, cpu_seconds, cpu_used, create_units, csrf_token

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "site"))
sys.path.insert(0, str(ROOT))

UNITS = int(os.environ.get("BENCH_PROPOSALS", "500"))
CONCURRENCY = int(os.environ.get("BENCH_CLIENTS", "100"))  # clients at a time
DOUBLE_SENDS = min(UNITS, max(2, UNITS // 25))  # 20 of 500 send the confirmation twice
WINDOW = float(os.environ.get("BENCH_WINDOW_SECONDS", "600"))  # load start to the deadline
WORKERS = 4
REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/9")
CODE_PREFIX = "de-nghi"  # the benchmark's units: de-nghi-001 … officers can-bo-de-nghi-001 …
PROBE_UNITS = 3
PROBE_PREFIX = "mau-de-nghi"
NOMINEES = 2
# The round's dossier: (code, title, per nominee, required).
CHECKLIST = (
    ("to-trinh", "Tờ trình đề nghị khen thưởng", False, True),
    ("bao-cao-thanh-tich", "Báo cáo thành tích", True, True),
    ("sang-kien", "Giấy chứng nhận sáng kiến", True, False),
)
AWARDS = ("Bằng khen của Chủ tịch UBND tỉnh", "Chiến sĩ thi đua cấp tỉnh")
# Kinds of request, by the step of the flow they belong to.
STEPS = {
    "sign-in": ("sign-in page", "sign-in"),
    "form": ("proposal page",),
    "nominee": ("nominee form", "nominee"),
    "upload": ("upload",),
    "send": ("cover", "send step", "send", "send again racing", "sent page"),
}
KINDS = tuple(kind for kinds in STEPS.values() for kind in kinds)
REFERENCE = re.compile(r"confirmation__code[^>]*>.*?<strong>([^<]+)</strong>", re.S)


# Setup -------------------------------------------------------------------------------------


def prepare(url, media_root):
    os.environ.update(
        DATABASE_URL=url,
        DJANGO_SETTINGS_MODULE="portal.settings.dev",
        DEBUG="0",
        ALLOWED_HOSTS="127.0.0.1,localhost",
        SECRET_KEY="proposals-bench-" + "x" * 40,
        REDIS_URL=REDIS_URL,
        CACHE_KEY_PREFIX="proposals-bench",
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


def create_round():
    """A year-end round of the benchmark's own, open since yesterday; its deadline is set when
    the load starts (set_deadline)."""
    from django.utils import timezone

    from news.models import AwardForm, Recipients
    from registrations.models import ChecklistItem, ProposalRound, RoundAward

    now = timezone.now()
    proposal_round = ProposalRound.objects.create(
        title=f"Đề nghị khen thưởng tổng kết năm {now.year} (đo tải)",
        kind=ProposalRound.Kind.YEAR_END,
        year=now.year,
        opens_at=now - timedelta(days=1),
        deadline=now + timedelta(days=1),
    )
    for order, name in enumerate(AWARDS):
        award, _created = AwardForm.objects.get_or_create(
            name=name,
            rank="",
            defaults={"group": AwardForm.Group.CERTIFICATE, "recipients": Recipients.BOTH},
        )
        RoundAward.objects.create(round=proposal_round, award_form=award, sort_order=order)
    for order, (code, title, per_nominee, required) in enumerate(CHECKLIST):
        ChecklistItem.objects.create(
            round=proposal_round,
            code=code,
            title=title,
            per_nominee=per_nominee,
            required=required,
            sort_order=order,
        )
    return proposal_round


def set_deadline(proposal_round, seconds):
    """The deadline `seconds` from now: the load runs in the round's last minutes."""
    from django.utils import timezone

    proposal_round.deadline = timezone.now() + timedelta(seconds=seconds)
    proposal_round.save(update_fields=["deadline"])
    return proposal_round.deadline


# What a unit sends -------------------------------------------------------------------------


def tiny_pdf(text):
    """A valid one-page PDF (catalogue, pages, page, content stream, font; exact xref
    offsets) with one line of ASCII text."""
    stream = f"BT /F1 12 Tf 72 770 Td ({text}) Tj ET".encode("ascii")
    objects = [
        b"<</Type/Catalog/Pages 2 0 R>>",
        b"<</Type/Pages/Kids[3 0 R]/Count 1>>",
        b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R"
        b"/Resources<</Font<</F1 5 0 R>>>>>>",
        b"<</Length %d>>stream\n%s\nendstream" % (len(stream), stream),
        b"<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>",
    ]
    body = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, content in enumerate(objects, start=1):
        offsets.append(len(body))
        body += b"%d 0 obj\n%s\nendobj\n" % (number, content)
    xref = len(body)
    body += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    body += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    body += b"trailer\n<</Size %d/Root 1 0 R>>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(body)


def parsed_form(html, form_id):
    """The form's fields as the browser would send them untouched, and the options of each of
    its lists ({name: {label: value}})."""
    from bs4 import BeautifulSoup

    from tests.registrations.helpers import form_data

    form = BeautifulSoup(html, "html.parser").find("form", id=form_id)
    if form is None:
        raise RuntimeError(f"no form #{form_id} on the page")
    options = {
        select.get("name"): {
            option.get_text(strip=True): option.get("value", "")
            for option in select.find_all("option")
            if option.get("value")
        }
        for select in form.find_all("select")
    }
    return form_data(html, form_id), options


def nominee_fields(number, index, form, options):
    """One individual, filled in as an officer would; report_text left empty: the báo cáo
    thành tích is the PDF uploaded for them."""
    awards = list(options.get("award_form", {}).values())
    if not awards:
        raise RuntimeError("the nominee form offers no award")
    fields = {
        **form,
        "kind": "individual",
        "full_name": nominee_name(number, index),
        "birth_year": str(1975 + index * 7),
        "gender": "nu" if index % 2 == 0 else "nam",
        "position": "Trưởng phòng Tổng hợp" if index == 0 else "Công nhân vận hành",
        "workplace": f"Đơn vị {CODE_PREFIX} số {number:03d}",
        "award_form": awards[index % len(awards)],
        "summary": (
            "Hoàn thành xuất sắc nhiệm vụ năm; chủ trì một sáng kiến được công nhận cấp cơ sở, "
            f"áp dụng tại đơn vị ({number:03d})."
        ),
        "report_text": "",
    }
    if index == 1:
        fields["direct_worker"] = "on"
        fields["worker"] = "on"
    return fields


def nominee_name(number, index):
    return ("Hoàng Thị Thu", "Lộc Văn Bình")[index % 2] + f" ({number:03d}-{index + 1})"


def cover_fields(number, form):
    from django.utils import timezone

    today = timezone.localdate()
    return {
        **form,
        "cover_number": f"{number}/TTr-{CODE_PREFIX.upper()}",
        "cover_date": f"{today:%d/%m/%Y}",
        "council_members": "9",
        "council_in_favour": "8",
        "signer_name": f"Nông Văn Quyết ({number:03d})",
        "signer_position": "Giám đốc",
        "action": "submit",
    }


# One unit ----------------------------------------------------------------------------------


def closed_without_answer(error):
    """Whether the connection was closed before any answer (nothing was received)."""
    return any(
        name in repr(error)
        for name in ("RemoteDisconnected", "ConnectionResetError", "BrokenPipeError")
    )


class UnitClient:
    """One unit's officer, a browser: a session, every form read from its page, every
    redirect after a POST followed."""

    def __init__(self, number, username, base_url, editor_url, double=False):
        import requests

        self.number = number
        self.username = username
        self.base_url = base_url
        self.editor_url = editor_url
        self.sent_url = editor_url + "da-gui/"
        self.double = double
        self.session = requests.Session()
        self.requests = []  # dicts: kind, status, ms, start, end, wall_end, location, body
        self.reference_shown = None
        self.error = None
        self.resent = []  # kinds of request sent again after a connection closed unanswered

    def request(self, kind, method, path, session=None, **kwargs):
        import requests

        session = session or self.session
        started = time.perf_counter()
        for attempt in (1, 2):
            try:
                response = session.request(
                    method, urljoin(self.base_url, path), allow_redirects=False, timeout=180,
                    **kwargs,
                )  # fmt: skip
                break
            except requests.ConnectionError as error:
                # A kept-alive connection the server closed with no answer (a worker being
                # replaced, an idle connection timed out): a browser sends the request again
                # once on a new connection, and so does the officer here. A request the
                # server did handle would show as a duplicate in the checks.
                if attempt == 2 or not closed_without_answer(error):
                    raise
                self.resent.append(kind)
        ended = time.perf_counter()
        self.requests.append(
            {
                "kind": kind,
                "status": response.status_code,
                "ms": (ended - started) * 1000,
                "start": started,
                "end": ended,
                "wall_end": time.time(),
                "location": response.headers.get("Location", ""),
                "body": "" if response.status_code < 400 else response.text[:4000],
            }
        )
        return response

    def expect(self, response, status, what):
        if response.status_code != status:
            raise RuntimeError(
                f"{self.username}: {what} answered HTTP {response.status_code}, expected {status}"
            )
        return response

    def post_and_follow(self, kind, path, follow_kind, **kwargs):
        """A form sent, then the page its 303 leads to (as the browser shows it)."""
        sent = self.expect(self.request(kind, "POST", path, **kwargs), 303, f"POST {path}")
        page = self.request(follow_kind, "GET", sent.headers["Location"])
        return sent, self.expect(page, 200, f"GET {sent.headers['Location']}")

    def run(self):
        """The whole flow; an error is kept (and counted), never raised."""
        try:
            self.sign_in()
            editor = self.expect(self.request("proposal page", "GET", self.editor_url), 200, "form")
            for index in range(NOMINEES):
                editor = self.add_nominee(index)
            editor = self.upload_documents(editor)
            self.send(editor)
        except Exception as error:  # noqa: BLE001 - every failure is reported, none stops the run
            self.error = f"{type(error).__name__}: {error}"

    def sign_in(self):
        page = self.request("sign-in page", "GET", SIGN_IN, params={"next": self.editor_url})
        self.expect(page, 200, f"GET {SIGN_IN}")
        signed_in = self.request(
            "sign-in",
            "POST",
            SIGN_IN,
            data={
                "csrfmiddlewaretoken": csrf_token(page.text),
                "username": self.username,
                "password": PASSWORD,
                "next": self.editor_url,
            },
            headers={"Referer": self.base_url + SIGN_IN},
        )
        if signed_in.status_code != 302 or signed_in.headers["Location"] != self.editor_url:
            raise RuntimeError(f"{self.username}: sign-in answered HTTP {signed_in.status_code}")

    def add_nominee(self, index):
        path = self.editor_url + "them-nguoi/"
        page = self.expect(self.request("nominee form", "GET", path), 200, f"GET {path}")
        form, options = parsed_form(page.text, "nguoi-form")
        data = nominee_fields(self.number, index, form, options)
        _sent, editor = self.post_and_follow("nominee", path, "proposal page", data=data)
        return editor

    def upload_documents(self, editor):
        """The tờ trình, then one báo cáo thành tích per nominee, each chosen in the document
        form's lists by its title and the nominee's name."""
        path = self.editor_url + "tai-lieu/"
        files = [("Tờ trình đề nghị khen thưởng", "", "to-trinh")] + [
            ("Báo cáo thành tích", nominee_name(self.number, index), f"bao-cao-{index + 1}")
            for index in range(NOMINEES)
        ]
        for item_title, nominee, stem in files:
            form, options = parsed_form(editor.text, "tai-lieu-form")
            data = {
                **form,
                "item": options["item"][item_title],
                "nominee": options["nominee"][nominee] if nominee else "",
            }
            pdf = tiny_pdf(f"{stem} {CODE_PREFIX}-{self.number:03d}")
            upload = {"file": (f"{stem}-{self.number:03d}.pdf", pdf, "application/pdf")}
            _sent, editor = self.post_and_follow(
                "upload", path, "proposal page", data=data, files=upload
            )
        return editor

    def send(self, editor):
        """ "Gửi hồ sơ đề nghị" on the tờ trình form, the confirmation step, its POST (twice at
        once for some units), the sent page."""
        form, _options = parsed_form(editor.text, "to-trinh-form")
        _sent, step = self.post_and_follow(
            "cover", self.editor_url, "send step", data=cover_fields(self.number, form)
        )
        step_path = self.editor_url + "gui/"
        if f'action="{step_path}"' not in step.text:
            raise RuntimeError(f"{self.username}: the confirmation step offers no send button")
        token = {"csrfmiddlewaretoken": csrf_token(step.text)}
        if self.double:
            self.send_racing_pair(step_path, token)
        else:
            self.request("send", "POST", step_path, data=token)
        page = self.expect(self.request("sent page", "GET", self.sent_url), 200, "the sent page")
        match = REFERENCE.search(page.text)
        self.reference_shown = match.group(1).strip() if match else None

    def send_racing_pair(self, step_path, token):
        """The send and its copy at the same moment, the copy on a second connection."""
        import requests

        other = requests.Session()
        other.cookies.update(self.session.cookies)
        barrier = threading.Barrier(2)

        def go(kind, session):
            barrier.wait()
            return self.request(kind, "POST", step_path, session=session, data=token)

        with ThreadPoolExecutor(2) as pair:
            sent = [
                pair.submit(go, "send", self.session),
                pair.submit(go, "send again racing", other),
            ]
        for future in sent:
            future.result()


# Load --------------------------------------------------------------------------------------


def run_load(base_url, editor_url, officers, proposal_round, server_pid):
    """Every unit's whole flow, CONCURRENCY at a time, the deadline WINDOW seconds ahead."""
    step = max(1, UNITS // DOUBLE_SENDS)
    clients = [
        UnitClient(
            number,
            username,
            base_url,
            editor_url,
            double=index % step == 0 and index // step < DOUBLE_SENDS,
        )
        for index, (number, username) in enumerate(officers)
    ]
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else None
    deadline = set_deadline(proposal_round, WINDOW)
    from django.db import connections

    connections.close_all()
    before, reaped_before = cpu_seconds(server_pid), reaped_workers_cpu(server_pid)
    started = time.perf_counter()
    with ThreadPoolExecutor(CONCURRENCY) as pool:
        list(pool.map(UnitClient.run, clients))
    timing = {"load": time.perf_counter() - started, "deadline": deadline, "loadavg": load}
    timing["usage"] = cpu_used(before, server_pid)
    if timing["usage"] is not None and reaped_before is not None:
        # A replaced worker's time is no longer its own: it went to the master's children.
        replaced = reaped_workers_cpu(server_pid) - reaped_before
        owners = timing["usage"][1]
        owners["gunicorn"] = owners.get("gunicorn", 0.0) + replaced
        owners["rest"] = max(0.0, owners["rest"] - replaced)
    sends = [
        r
        for c in clients
        for r in c.requests
        if r["kind"].startswith("send") and r["kind"] != "send step"
    ]
    if sends:
        timing["send_phase"] = max(r["end"] for r in sends) - min(r["start"] for r in sends)
        timing["last_send"] = max(r["wall_end"] for r in sends)
    return clients, timing


def reaped_workers_cpu(server_pid):
    """CPU seconds of the gunicorn workers already replaced (the master's reaped children);
    None without /proc."""
    try:
        raw = Path(f"/proc/{server_pid}/stat").read_text()
    except OSError:
        return None
    fields = raw[raw.rindex(")") + 2 :].split()
    return (int(fields[13]) + int(fields[14])) / os.sysconf("SC_CLK_TCK")


def probe(base_url, editor_url, officers):
    """A few units of their own, each request sent alone: median milliseconds per kind."""
    clients = [UnitClient(n, u, base_url, editor_url) for n, u in officers]
    for client in clients:
        client.run()
        if client.error or not client.reference_shown:
            raise RuntimeError(f"unloaded flow failed: {client.error or 'no reference code'}")
    return {
        kind: statistics.median(ms)
        for kind in KINDS
        if (ms := [r["ms"] for c in clients for r in c.requests if r["kind"] == kind])
    }


# Checks ------------------------------------------------------------------------------------


def check(clients, proposal_round, timing):
    """The figures and the list of failed checks."""
    from django.db.models import Count, Q
    from django_tasks_db.models import DBTaskResult

    from registrations.models import Proposal, ProposalDocument, SubmissionLog, SubmissionVersion

    requests = [r for c in clients for r in c.requests]
    proposals = list(
        Proposal.objects.filter(round=proposal_round, unit__code__startswith=CODE_PREFIX + "-")
        .select_related("unit")
        .annotate(
            version_rows=Count("versions", distinct=True),
            nominee_rows=Count("nominees", distinct=True),
            document_rows=Count("documents", distinct=True),
            submitted_logs=Count(
                "log_entries",
                filter=Q(log_entries__action=SubmissionLog.Action.SUBMITTED),
                distinct=True,
            ),
        )
    )
    by_unit = {p.unit.code: p for p in proposals}
    codes = [p.reference_code for p in proposals if p.reference_code]
    documents = ProposalDocument.objects.filter(proposal__in=proposals)
    on_disk = sum(1 for d in documents if d.file.storage.exists(d.file.name))
    shown = sum(
        1
        for c in clients
        if (p := by_unit.get(f"{CODE_PREFIX}-{c.number:03d}"))
        and c.reference_shown
        and c.reference_shown == p.reference_code
    )
    domain = f"@{CODE_PREFIX}.example.vn"
    emails = [
        task
        for task in DBTaskResult.objects.filter(task_path="core.mail.send_email_task")
        if any(address.endswith(domain) for address in task.args_kwargs["args"][2])
    ]
    sends = [r for r in requests if r["kind"] in ("send", "send again racing")]
    deadline = timing["deadline"]
    figures = {
        "requests": requests,
        "sends": sends,
        "stored": len(proposals),
        "submitted": sum(1 for p in proposals if p.state == "submitted"),
        "version_one": sum(1 for p in proposals if p.version == 1),
        "one_version_each": sum(1 for p in proposals if p.version_rows == 1),
        "versions": SubmissionVersion.objects.filter(proposal__in=proposals).count(),
        "one_log_each": sum(1 for p in proposals if p.submitted_logs == 1),
        "complete": sum(
            1 for p in proposals if p.nominee_rows == NOMINEES and p.document_rows == NOMINEES + 1
        ),
        "nominees": sum(p.nominee_rows for p in proposals),
        "documents": sum(p.document_rows for p in proposals),
        "on_disk": on_disk,
        "codes": len(codes),
        "unique_codes": len(set(codes)),
        "shown": shown,
        "emails": len(emails),
        "before_deadline": sum(
            1 for p in proposals if p.submitted_at and p.submitted_at < deadline
        ),
        "server_errors": sum(1 for r in requests if r["status"] >= 500),
        "client_errors": [c.error for c in clients if c.error],
        "doubles": sum(1 for c in clients if c.double),
        "resent": Counter(kind for c in clients for kind in c.resent),
    }
    failures = []
    expect = {
        "stored": "proposals stored",
        "submitted": "in state submitted",
        "version_one": "at version 1",
        "one_version_each": "with exactly one SubmissionVersion",
        "versions": "SubmissionVersion rows",
        "one_log_each": "with exactly one 'submitted' log entry",
        "complete": f"with {NOMINEES} nominees and {NOMINEES + 1} documents",
        "codes": "with a reference code",
        "unique_codes": "distinct reference codes",
        "shown": "sent pages showing the unit's stored code",
        "emails": "confirmation e-mails queued",
        "before_deadline": "sent before the deadline",
    }
    for key, label in expect.items():
        if figures[key] != UNITS:
            failures.append(f"{figures[key]} {label}, expected {UNITS}")
    if figures["documents"] != on_disk:
        failures.append(f"{figures['documents'] - on_disk} documents without their file")
    bad = [r for r in sends if r["status"] != 303 or not r["location"].endswith("/da-gui/")]
    if bad:
        failures.append(f"{len(bad)} sends did not answer 303 to the sent page")
    if len(sends) != UNITS + figures["doubles"]:
        failures.append(f"{len(sends)} send POSTs, expected {UNITS + figures['doubles']}")
    if figures["server_errors"]:
        failures.append(f"{figures['server_errors']} server errors (5xx)")
    if figures["client_errors"]:
        failures.append(f"{len(figures['client_errors'])} units' flows broke off")
    if sends and timing["last_send"] > deadline.timestamp():
        failures.append("the last send was answered after the round's deadline")
    return figures, failures


# Report ------------------------------------------------------------------------------------


def latency(records):
    ms = [r["ms"] for r in records]
    if not ms:
        return "none"
    return (
        f"p50 {percentile(ms, 0.5):.0f} ms, p95 {percentile(ms, 0.95):.0f} ms, "
        f"max {max(ms):.0f} ms ({len(ms)})"
    )


def report(proposal_round, editor_url, alone, timing, figures, failures):
    requests = figures["requests"]
    print(
        f"\nUnits' award proposals at the deadline: {UNITS} units, {CONCURRENCY} at a time, "
        f"gunicorn {WORKERS} workers, PostgreSQL, Redis"
    )
    print(f"  round             {proposal_round.title}, {editor_url}")
    if alone:
        per_unit = sum(alone.values())
        print(
            "  one at a time     "
            + ", ".join(f"{kind} {ms:.0f}" for kind, ms in alone.items())
            + f" ms (median of {PROBE_UNITS} units); one unit's requests about {per_unit:.0f} ms"
        )
    print(
        f"  load              {timing['load']:.1f} s for {UNITS} units' whole flow "
        f"(deadline {WINDOW:.0f} s after the start), {len(requests)} requests, "
        f"{len(requests) / timing['load']:.1f} requests/s"
    )
    if "send_phase" in timing:
        margin = timing["deadline"].timestamp() - timing["last_send"]
        print(
            f"  send phase        {timing['send_phase']:.1f} s from the first send POST to the "
            f"last answer; last answer {margin:.0f} s before the deadline"
        )
    for step, kinds in STEPS.items():
        of_step = [r for r in requests if r["kind"] in kinds]
        print(f"  {step:<18}{latency(of_step)}")
        for kind in kinds:
            of_kind = [r for r in requests if r["kind"] == kind]
            statuses = format_counter(Counter(r["status"] for r in of_kind)) or "none"
            print(f"    {kind:<18}{latency(of_kind)}; {statuses}")
    print(
        f"  stored            {figures['stored']} proposals, {figures['submitted']} submitted, "
        f"{figures['version_one']} at version 1, {figures['versions']} versions, "
        f"{figures['one_log_each']} with one 'submitted' log entry, "
        f"{figures['before_deadline']} before the deadline"
    )
    print(
        f"  rows              {figures['nominees']} nominees, {figures['documents']} documents "
        f"({figures['on_disk']} files on disk); {figures['complete']} complete"
    )
    print(
        f"  reference codes   {figures['codes']}, {figures['unique_codes']} distinct, "
        f"{figures['shown']} shown on the unit's sent page"
    )
    print(
        f"  double sends      {figures['doubles']} (racing, from a second connection); "
        f"e-mails queued {figures['emails']} (one per unit)"
    )
    print(f"  5xx               {figures['server_errors']}")
    print(f"  broken flows      {len(figures['client_errors'])}")
    print(f"  worker restarts   {timing['restarts']} (gunicorn's max_requests)")
    resent = figures["resent"]
    print(
        f"  sent again        {sum(resent.values())} requests whose connection closed unanswered"
        + (f" ({format_counter(resent)})" if resent else "")
    )
    print_machine(timing)
    print(f"  result            {'PASS' if not failures else 'FAIL'}")
    for failure in failures:
        print(f"    - {failure}")


def print_machine(timing):
    if timing["usage"] is None:
        return
    busy, owners = timing["usage"]
    cpus = os.cpu_count() or 1
    load = f", load average {timing['loadavg']:.1f} before the load" if timing["loadavg"] else ""
    shares = ", ".join(
        f"{owner} {max(0.0, seconds):.1f}"  # a process that ended shows as a small negative
        for owner, seconds in sorted(owners.items(), key=lambda i: -i[1])
    )
    print(
        f"  CPU time          {cpus} CPUs{load}: {busy:.1f} s busy of "
        f"{timing['load'] * cpus:.1f} s available ({busy / (timing['load'] * cpus):.0%}): {shares}"
    )


def worker_restarts(log):
    """How many times gunicorn replaced a worker (GUNICORN_MAX_REQUESTS) during the run."""
    log.flush()
    return sum("Autorestarting worker" in line for line in Path(log.name).read_text().splitlines())


def show_unexpected(figures, log_path):
    for error in figures["client_errors"][:5]:
        print(f"\n  flow broke off: {error}")
    odd = [r for r in figures["requests"] if r["status"] >= 400][:3]
    for record in odd:
        messages = re.findall(r'class="[^"]*error[^"]*"[^>]*>([^<]+)<', record["body"])
        shown = messages[:3] or record["body"][:300]
        print(f"\n  {record['kind']} -> {record['status']}: {shown}")
    lines = log_tail(log_path, 40)
    if odd or figures["client_errors"] or any("Traceback" in line for line in lines):
        print("\n  gunicorn log (last lines):")
        for line in lines:
            print(f"    {line}")


# Main --------------------------------------------------------------------------------------


def main():
    from django.db import connections

    with throwaway_stack("tdkt_proposals_bench", REDIS_URL) as stack:
        failures = ["did not run"]
        try:
            started = time.perf_counter()
            prepare(stack.url, stack.media_root)
            from registrations.models import RegistrationPortalPage

            proposal_round = create_round()
            portal = RegistrationPortalPage.objects.live().get()
            editor_url = portal.url + portal.reverse_subpage("proposal", args=[proposal_round.pk])
            officers = create_units(proposal_round, UNITS, CODE_PREFIX, "Khối đề nghị đo tải")
            probe_officers = create_units(
                proposal_round, PROBE_UNITS, PROBE_PREFIX, "Khối đề nghị mẫu"
            )
            print(f"setup: {time.perf_counter() - started:.1f} s (migrate, demo, {UNITS} units)")
            connections.close_all()

            port = free_port()
            base_url = f"http://127.0.0.1:{port}"
            stack.server = start_gunicorn(port, stack.log, WORKERS)
            wait_until_serving(stack.server, base_url + SIGN_IN, WORKERS)
            alone = probe(base_url, editor_url, probe_officers)
            clients, timing = run_load(
                base_url, editor_url, officers, proposal_round, stack.server.pid
            )
            timing["restarts"] = worker_restarts(stack.log)
            figures, failures = check(clients, proposal_round, timing)
            report(proposal_round, editor_url, alone, timing, figures, failures)
            if failures:
                show_unexpected(figures, stack.log.name)
        except Exception as error:
            failures = report_crash(error, stack.log)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
