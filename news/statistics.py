"""Award statistics: counts by level, form, kind and locality; ratios against the targets."""

import time
from collections import Counter
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from django.core.cache import cache
from django.db import transaction
from django.db.models import Count, Q
from django.db.models.signals import post_delete, post_save
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from wagtail.signals import page_published, page_unpublished

from core.text import fold_words
from home.localities import LocalityResolver, two_level_since
from home.models import Locality
from news.models.catalogue import AwardForm, DecisionLevel, Tier
from news.models.decisions import AwardDecisionPage, Awardee
from news.models.resistance import ResistanceAward
from news.models.targets import AwardTarget

COLLECTIVE = Awardee.Kind.COLLECTIVE
INDIVIDUAL = Awardee.Kind.INDIVIDUAL

# numerator condition and denominator kind for each target group
GROUP_RULES = {
    AwardTarget.Group.SMALL_COLLECTIVE: (Q(kind=COLLECTIVE, small_collective=True), "collectives"),
    AwardTarget.Group.SMALL_OR_GRASSROOTS: (
        Q(kind=COLLECTIVE) & (Q(small_collective=True) | Q(grassroots_unit=True)),
        "collectives",
    ),
    AwardTarget.Group.DIRECT_WORKER: (Q(kind=INDIVIDUAL, direct_worker=True), "individuals"),
    AwardTarget.Group.WORKER_FARMER: (
        Q(kind=INDIVIDUAL) & (Q(worker=True) | Q(farmer=True)),
        "individuals",
    ),
}


def published_awardees(start_year=None, end_year=None):
    awardees = Awardee.objects.filter(decision_live=True)
    if start_year:
        awardees = awardees.filter(decision_date__gte=f"{start_year}-01-01")
    if end_year:
        awardees = awardees.filter(decision_date__lte=f"{end_year}-12-31")
    return awardees


def percent(part, whole):
    if not whole:
        return None
    return (Decimal(part) * 100 / Decimal(whole)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


@dataclass
class TargetResult:
    target: AwardTarget
    achieved: int
    base: int

    @property
    def ratio(self):
        return percent(self.achieved, self.base)

    @property
    def met(self):
        return self.target.is_met(self.ratio)


def tier_counts(awardees):
    """Per tier: totals, collectives, individuals and each target group's count (one query)."""
    # Aggregate names get a prefix: some groups share their name with a model field.
    conditions = {
        "total": Q(),
        "collectives": Q(kind=COLLECTIVE),
        "individuals": Q(kind=INDIVIDUAL),
    }
    conditions.update({group: condition for group, (condition, _base) in GROUP_RULES.items()})
    aggregates = {
        f"n_{key}": Count("id", filter=condition) for key, condition in conditions.items()
    }
    rows = awardees.order_by().values("level").annotate(**aggregates)
    levels = {level.code: level for level in DecisionLevel.objects.all()}
    tiers = {tier: dict.fromkeys(conditions, 0) for tier in Tier.values}
    by_level = []
    for row in rows:
        level = levels.get(row["level"])
        tier = level.tier if level else Tier.BASE
        for key in conditions:
            tiers[tier][key] += row[f"n_{key}"]
        by_level.append((level.name if level else row["level"], row["n_total"]))
    by_level.sort(key=lambda item: -item[1])
    return tiers, by_level


def target_results(targets, tiers):
    results = []
    for target in targets:
        _condition, base_key = GROUP_RULES[target.group]
        counts = tiers.get(target.tier, {})
        results.append(TargetResult(target, counts.get(target.group, 0), counts.get(base_key, 0)))
    return results


def counts_by_form(awardees, limit=15):
    rows = list(
        awardees.order_by()
        .values("effective_form")
        .annotate(count=Count("id"))
        .order_by("-count")[:limit]
    )
    forms = AwardForm.objects.in_bulk(
        [row["effective_form"] for row in rows if row["effective_form"]]
    )
    return [(str(forms.get(row["effective_form"], "—")), row["count"]) for row in rows]


def resistance_counts():
    """The resistance-war award records by award and class, counted apart from the
    decisions' awards (they are not in the targets' figures): [(award, count)], one query."""
    rows = (
        ResistanceAward.objects.order_by()
        .values("award", "award_class")
        .annotate(count=Count("id"))
        .order_by("-count", "award", "award_class")
    )
    return [
        (
            ResistanceAward(award=row["award"], award_class=row["award_class"]).award_title,
            row["count"],
        )
        for row in rows
    ]


def counts_by_locality(awardees, limit=15):
    """Two lists that never mix the levels: awards from the two-level reform on, by commune,
    ward or special zone; earlier awards, by former district. Each (name, count), top `limit`.

    One aggregate query over the texts and one over the localities, whatever the number of
    awardees; a blank locality is left out as before."""
    since = two_level_since()
    rows = list(
        awardees.exclude(locality="")
        .order_by()
        .values("locality")
        .annotate(
            after=Count("id", filter=Q(decision_date__gte=since)),
            before=Count("id", filter=Q(decision_date__lt=since)),
        )
    )
    current, former = Counter(), Counter()
    if rows:
        resolver = LocalityResolver.from_database()
        unknown_current = _("Chưa xác định xã, phường")
        unknown_former = _("Chưa xác định huyện, thành phố")
        for row in rows:
            locality = resolver.resolve(row["locality"])
            if row["after"]:
                # A district typed after the reform cannot say which commune: never its name.
                known = locality is not None and locality.is_current
                current[locality.name if known else unknown_current] += row["after"]
            if row["before"]:
                district = resolver.district_of(locality)
                former[district.name if district else unknown_former] += row["before"]

    def top(counter):
        ranked = sorted(counter.items(), key=lambda item: (-item[1], fold_words(item[0])))
        return ranked[:limit]

    return {"since": since, "current": top(current), "former": top(former)}


# The figures change only when what they count does: they are computed once per version of
# that data and kept in the shared cache (three aggregates over 45,000 awardees take ~100 ms
# on PostgreSQL). Any saved or deleted row of these models, and any decision published or
# unpublished, starts a new version: at once, and again when the transaction commits, so
# figures computed from the data before the commit are never kept under the new version.
COUNTED_MODELS = (
    Awardee,
    AwardDecisionPage,
    AwardTarget,
    AwardForm,
    DecisionLevel,
    Locality,
    ResistanceAward,
)
VERSION_KEY = "news:statistics:version"


def data_version():
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, time.time_ns(), timeout=None)
        version = cache.get(VERSION_KEY, 0)
    return version


def new_data_version(**_kwargs):
    cache.set(VERSION_KEY, time.time_ns(), timeout=None)
    transaction.on_commit(lambda: cache.set(VERSION_KEY, time.time_ns(), timeout=None))


for _model in COUNTED_MODELS:
    post_save.connect(new_data_version, sender=_model, dispatch_uid=f"statistics-save-{_model}")
    post_delete.connect(new_data_version, sender=_model, dispatch_uid=f"statistics-del-{_model}")
page_published.connect(new_data_version, sender=AwardDecisionPage, dispatch_uid="statistics-pub")
page_unpublished.connect(new_data_version, sender=AwardDecisionPage, dispatch_uid="statistics-unp")


def summary(start_year=None, end_year=None, targets=()):
    """`compute_summary`, from the shared cache while the counted data is unchanged."""
    key = ":".join(
        str(part)
        for part in (
            "news:statistics",
            data_version(),
            get_language(),
            two_level_since(),  # a setting: which awards count by commune, which by district
            start_year,
            end_year,
            *(target.pk for target in targets),
        )
    )
    found = cache.get(key)
    if found is None:
        found = compute_summary(start_year, end_year, targets)
        cache.set(key, found, timeout=24 * 3600)
    return found


def compute_summary(start_year=None, end_year=None, targets=()):
    awardees = published_awardees(start_year, end_year)
    tiers, by_level = tier_counts(awardees)
    totals = {
        key: sum(tier[key] for tier in tiers.values())
        for key in ("total", "collectives", "individuals")
    }
    return {
        "tiers": tiers,
        "totals": totals,
        "by_level": by_level,
        "by_form": counts_by_form(awardees),
        "by_locality": counts_by_locality(awardees),
        "targets": target_results(targets, tiers),
        "resistance": resistance_counts(),
    }
