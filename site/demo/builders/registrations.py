"""Demo content of the units' registration (data/registrations/, read by
demo.content.registrations): about twenty units with their contact details, this year's three
clusters and blocks with criteria tables, the open campaign with a mid-year report window open now
and a year-end one to come, registrations in every state and result reports with self-scores, and
last year's closed campaign.

Every state change goes through registrations.workflow, so versions and the state log exist as if
the units and the office had acted; the log and the timestamps are then set to the moments the demo
tells (days after the campaign or window opened).

Idempotent, like the rest of the demo: each record is looked up before it is created, and the dates
of a campaign and its windows are fixed when they are first created.
"""

from datetime import date, datetime, time, timedelta
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.db.models import Q
from django.utils import timezone

from core.codes import new_reference_code
from core.dates import format_long_day
from demo import accounts as demo_accounts
from demo.content import registrations as content
from demo.pdf import PdfPages
from exemplars.models import MovementPage
from home.localities import localities_by_name
from news.models import AwardForm
from registrations import workflow
from registrations.models import (
    Campaign,
    Cluster,
    ClusterCriterion,
    CriterionScore,
    IndicatorResult,
    PledgedIndicator,
    RegisteredIndividual,
    Registration,
    ReportAttachment,
    ReportWindow,
    ResultReport,
    SubmissionLog,
    SubmissionState,
    Unit,
)

Action = SubmissionLog.Action


def build(home, builder):
    today = timezone.localdate()
    year = today.year
    office = get_user_model().objects.filter(username=demo_accounts.SECRETARIAT).first()
    units = build_units()
    build_clusters(year, units)
    titles = award_titles()

    campaign = open_campaign(year, today, titles)
    windows = report_windows(campaign, content.WINDOWS, today)
    for spec in content.REGISTRATIONS:
        if spec["unit"] in units:
            registration(campaign, units[spec["unit"]], spec, titles, office)
    mid_year = windows[ReportWindow.Kind.MID_YEAR]
    for spec in content.REPORTS:
        if spec["unit"] in units:
            report(mid_year, units[spec["unit"]], spec, office)

    previous_year(year - 1, units, titles, office)


# Moments ----------------------------------------------------------------------------------


def at_hour(day, hour):
    return timezone.make_aware(datetime.combine(day, time(hour)))


def after(start, days):
    return start + timedelta(days=days)


def restamp(record, moment):
    """The log entry the workflow just wrote, dated when the demo says it happened."""
    entry = record.log_entries.order_by("-pk").first()
    if entry is not None:
        SubmissionLog.objects.filter(pk=entry.pk).update(at=moment)


def submitter_of(unit):
    officer = unit.officers.select_related("user").order_by("pk").first()
    return officer.user if officer else None


# Units and clusters -------------------------------------------------------------------------


def build_units():
    """Units by code (data/units.csv): a missing one is created; those demo.build made get
    contact details (only where still blank, so what the secretariat typed stays)."""
    localities = localities_by_name(spec["locality"] for spec in content.UNITS)
    units = {}
    for spec in content.UNITS:
        contact = {
            "address": spec["address"],
            "phone": spec["phone"],
            "email": spec["email"],
            "locality": localities.get(spec["locality"]),
        }
        unit = Unit.objects.filter(code=spec["code"]).first()
        if unit is None:
            if "name" not in spec:
                continue  # a unit without a name in the file: nothing to create it by
            unit = Unit.objects.create(
                code=spec["code"],
                name=spec["name"],
                short_name=spec["short_name"],
                kind_id=spec["kind"],
                **contact,
            )
        else:
            blank = [
                field for field, value in contact.items() if value and not getattr(unit, field)
            ]
            for field in blank:
                setattr(unit, field, contact[field])
            if blank:
                unit.save(update_fields=blank)
        units[unit.code] = unit
    return units


def build_clusters(year, units):
    for spec in content.CLUSTERS:
        if Cluster.objects.filter(year=year, name=spec["name"]).exists():
            continue
        cluster = Cluster(
            name=spec["name"],
            kind=spec["kind"],
            year=year,
            head_unit=units.get(spec["head"]),
            deputy_unit=units.get(spec["deputy"]),
        )
        cluster.save()
        cluster.members.set([units[code] for code in spec["members"] if code in units])
        cluster.save()
        for order, (text, points) in enumerate(spec["criteria"]):
            ClusterCriterion.objects.create(
                cluster=cluster, sort_order=order, content=text, max_points=Decimal(points)
            )


def unit_cluster(unit, year):
    return Cluster.objects.filter(year=year, members=unit).first()


# Campaigns and windows ----------------------------------------------------------------------


def award_titles():
    names = {*content.COLLECTIVE_TITLES, *content.INDIVIDUAL_TITLES}
    return {form.name: form for form in AwardForm.objects.filter(name__in=names, rank="")}


def movements_of(year):
    """The movements running in that year (the exemplars demo's MovementPage pages)."""
    return MovementPage.objects.live().filter(
        Q(end_date__isnull=True) | Q(end_date__gte=date(year, 1, 1)),
        start_date__lte=date(year, 12, 31),
    )


def campaign_for(year, title, opens_at, deadline, instructions, titles):
    campaign = Campaign.objects.filter(year=year, title=title).first()
    if campaign is not None:
        return campaign
    campaign = Campaign(
        year=year,
        title=title,
        opens_at=opens_at,
        deadline=deadline,
        instructions=instructions,
        reminder_days=content.CAMPAIGN["reminder_days"],
    )
    campaign.save()
    campaign.collective_titles.set(
        [titles[name] for name in content.COLLECTIVE_TITLES if name in titles]
    )
    campaign.individual_titles.set(
        [titles[name] for name in content.INDIVIDUAL_TITLES if name in titles]
    )
    campaign.movements.set(movements_of(year))
    campaign.save()
    return campaign


def open_campaign(year, today, titles):
    spec = content.CAMPAIGN
    title = spec["title"].format(year=year)
    existing = Campaign.objects.filter(year=year, title=title).first()
    if existing is not None:
        return existing
    opens_at = at_hour(today - timedelta(days=spec["opens_days_ago"]), spec["opens_hour"])
    deadline = at_hour(today + timedelta(days=spec["deadline_in_days"]), spec["deadline_hour"])
    local = timezone.localtime(deadline)
    instructions = spec["instructions"].format(
        year=year, deadline=f"{local.hour} giờ {local.minute:02d} ngày {local:%d/%m/%Y}"
    )
    return campaign_for(year, title, opens_at, deadline, instructions, titles)


def report_windows(campaign, specs, today=None, year=None):
    """The campaign's windows by kind. Dates are (days from today, hour) for the open campaign,
    (month, day, hour) of `year` for last year's."""
    windows = {window.kind: window for window in campaign.windows.all()}
    for order, (kind, title, opens, deadline) in enumerate(specs):
        if kind in windows:
            continue
        if year is None:
            opens_at = at_hour(today + timedelta(days=opens[0]), opens[1])
            closes_at = at_hour(today + timedelta(days=deadline[0]), deadline[1])
        else:
            opens_at = at_hour(date(year, opens[0], opens[1]), opens[2])
            closes_at = at_hour(date(year, deadline[0], deadline[1]), deadline[2])
        windows[kind] = ReportWindow.objects.create(
            campaign=campaign,
            sort_order=order,
            kind=kind,
            title=title.format(year=campaign.year),
            opens_at=opens_at,
            deadline=closes_at,
        )
    return windows


# Registrations ------------------------------------------------------------------------------


def registration(campaign, unit, spec, titles, office, state=None):
    """The unit's registration as the unit filled it in and the office handled it: created,
    then sent, then accepted or returned, each at its moment."""
    existing = Registration.objects.filter(campaign=campaign, unit=unit).first()
    if existing is not None:
        return existing
    state = state or spec["state"]
    moments = [after(campaign.opens_at, days) for days in spec["days"]]
    submitter = submitter_of(unit)
    signer_name, signer_position = spec["signer"]
    record = Registration.objects.create(
        campaign=campaign,
        unit=unit,
        created_at=moments[0],
        signer_name=signer_name,
        signer_position=signer_position,
    )
    entry = workflow.log(record, Action.CREATED, submitter)
    SubmissionLog.objects.filter(pk=entry.pk).update(at=moments[0])
    record.collective_titles.set(
        [titles[name] for name in spec["collective_titles"] if name in titles]
    )
    if spec["indicators"]:
        record.movements.set(campaign.movements.all())
    RegisteredIndividual.objects.bulk_create(
        [
            RegisteredIndividual(
                registration=record,
                full_name=full_name,
                position=position,
                title=titles[title],
                sort_order=order,
            )
            for order, (full_name, position, title) in enumerate(spec["individuals"])
            if title in titles
        ]
    )
    PledgedIndicator.objects.bulk_create(
        [
            PledgedIndicator(
                registration=record,
                content=text,
                measure=measure,
                planned_value=Decimal(planned),
                note=note,
                sort_order=order,
            )
            for order, (text, measure, planned, note) in enumerate(spec["indicators"])
        ]
    )
    if state != SubmissionState.DRAFT:
        record = send(record, submitter, moments[1], campaign.year)
        if state != SubmissionState.SUBMITTED:
            record = review(record, state, office, moments[2], spec.get("return_reason", ""))
    Registration.objects.filter(pk=record.pk).update(updated_at=moments[-1])
    return record


def send(record, submitter, moment, year):
    if year != timezone.localdate().year:
        # Reference codes carry the year they were given in.
        record.reference_code = new_reference_code(record.CODE_PREFIX).replace(
            f"-{timezone.localdate().year}-", f"-{year}-", 1
        )
        record.save(update_fields=["reference_code"])
    record, _sent = workflow.submit(record, submitter, now=moment)
    restamp(record, moment)
    return record


def review(record, state, office, moment, reason):
    if state == SubmissionState.ACCEPTED:
        record = workflow.accept(record, office, now=moment)
    else:
        record = workflow.return_for_changes(record, office, reason, now=moment)
    restamp(record, moment)
    return record


# Result reports -----------------------------------------------------------------------------


def report(window, unit, spec, office):
    """The unit's result report for the window, with a row per pledged indicator (as the units'
    area starts it), actual values, self-scores within each criterion's maximum, and the
    narrative sections of the report outline."""
    existing = ResultReport.objects.filter(window=window, unit=unit).first()
    if existing is not None:
        return existing
    moments = [after(window.opens_at, days) for days in spec["days"]]
    submitter = submitter_of(unit)
    pledged = Registration.objects.filter(campaign=window.campaign, unit=unit).first()
    cluster = unit_cluster(unit, window.campaign.year)
    record = ResultReport.objects.create(
        window=window,
        unit=unit,
        registration=pledged,
        cluster=cluster,
        created_at=moments[0],
        **{field: spec.get(field, "") for field in ResultReport.NARRATIVE_FIELDS},
    )
    entry = workflow.log(record, Action.CREATED, submitter)
    SubmissionLog.objects.filter(pk=entry.pk).update(at=moments[0])

    indicators = list(pledged.indicators.all()) if pledged else []
    actuals = list(spec["actuals"]) + [(None, "")] * len(indicators)
    IndicatorResult.objects.bulk_create(
        [
            IndicatorResult(
                report=record,
                indicator=indicator,
                actual_value=None if value is None else Decimal(value),
                note=note,
            )
            for indicator, (value, note) in zip(indicators, actuals, strict=False)
        ]
    )
    criteria = list(cluster.criteria.all()) if cluster else []
    CriterionScore.objects.bulk_create(
        [
            CriterionScore(
                report=record,
                criterion=criterion,
                points=min(Decimal(points), criterion.max_points),
            )
            for criterion, points in zip(criteria, spec["scores"], strict=False)
        ]
    )
    if spec.get("attachment"):
        attach_report_pdf(record, spec, submitter, moments[-2] if len(moments) > 1 else moments[0])
    record.recompute_total()
    record.save(update_fields=["score_total"])

    state = spec["state"]
    if state != SubmissionState.DRAFT:
        record = send(record, submitter, moments[1], window.campaign.year)
        if state != SubmissionState.SUBMITTED:
            record = review(record, state, office, moments[2], "")
    ResultReport.objects.filter(pk=record.pk).update(updated_at=moments[-1])
    return record


REPORT_SECTIONS = [
    ("I. KHÁI QUÁT ĐẶC ĐIỂM TÌNH HÌNH", "situation"),
    ("II. KẾT QUẢ THỰC HIỆN PHONG TRÀO THI ĐUA", "results"),
    ("III. ĐÁNH GIÁ CHUNG", None),
    ("1. Ưu điểm", "strengths"),
    ("2. Tồn tại, hạn chế", "limitations"),
    ("3. Nguyên nhân", "causes"),
    ("IV. BÀI HỌC KINH NGHIỆM", "lessons"),
    ("V. ĐỀ XUẤT, KIẾN NGHỊ", "proposals"),
]


def attach_report_pdf(record, spec, submitter, moment):
    """The signed report as the unit scans it: a PDF made from the report's own sections."""

    unit = record.unit
    signed_on = timezone.localtime(moment).date()
    signer_name = record.registration.signer_name if record.registration else ""
    signer_position = record.registration.signer_position if record.registration else ""
    blocks = [
        ("pair", "ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        ("pair", unit.name.replace(" tỉnh Lạng Sơn", "").upper(), "Độc lập – Tự do – Hạnh phúc"),
        ("gap",),
        ("item", f"Số: {spec['document_number']}"),
        (
            "right",
            f"Lạng Sơn, {format_long_day(signed_on)}",
        ),
        ("gap",),
        ("heading", "BÁO CÁO"),
        ("center", spec["document_title"].format(year=record.window.campaign.year)),
        ("gap",),
    ]
    for heading, field in REPORT_SECTIONS:
        blocks.append(("bold", heading))
        text = getattr(record, field) if field else ""
        blocks += [("paragraph", part) for part in text.split("\n") if part.strip()]
    blocks += [
        ("gap",),
        ("signature", signer_title(signer_position), "(Đã ký và đóng dấu)", signer_name),
    ]
    pages = PdfPages()
    for block in blocks:
        pages.block(*block)
    data = pages.pdf(f"Báo cáo {record.window.title} – {unit.name}", unit.name)
    attachment = ReportAttachment(
        report=record,
        original_name=spec["attachment"],
        size=len(data),
        uploaded_at=moment,
        uploaded_by=submitter,
    )
    attachment.file.save(
        f"bao-cao-{record.pk}-{moment:%Y%m%d%H%M%S}.pdf", ContentFile(data), save=False
    )
    attachment.save()
    return attachment


def signer_title(position):
    """'Giám đốc Sở Tài chính' -> 'GIÁM ĐỐC', as the signature block of a report reads."""
    for title in ("Giám đốc", "Chủ tịch", "Chánh Văn phòng", "Bí thư", "Tổng Giám đốc"):
        if position.startswith(title):
            return title.upper()
    return "THỦ TRƯỞNG ĐƠN VỊ"


# Last year ----------------------------------------------------------------------------------


def previous_year(year, units, titles, office):
    spec = content.PREVIOUS_CAMPAIGN
    month, day, hour = spec["opens"]
    opens_at = at_hour(date(year, month, day), hour)
    month, day, hour = spec["deadline"]
    deadline = at_hour(date(year, month, day), hour)
    campaign = campaign_for(
        year,
        spec["title"].format(year=year),
        opens_at,
        deadline,
        spec["instructions"].format(year=year),
        titles,
    )
    report_windows(campaign, spec["windows"], year=year)
    for registration_spec in spec["registrations"]:
        unit = units.get(registration_spec["unit"])
        # A district's committee registers only in a year the district level still existed.
        if unit is not None and unit.kind.in_use_on(opens_at.date()):
            registration(
                campaign,
                unit,
                registration_spec,
                titles,
                office,
                state=SubmissionState.ACCEPTED,
            )
