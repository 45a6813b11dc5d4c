"""Award statistics: counts by level, form, kind and locality; ratios against the targets."""

from collections import Counter
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from django.db.models import Count, Q
from django.utils.translation import gettext as _

from core.text import fold_words
from home.localities import LocalityResolver, two_level_since
from news.models.catalogue import AwardForm, DecisionLevel, Tier
from news.models.decisions import Awardee
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
    awardees = Awardee.objects.filter(decision__live=True)
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


def summary(start_year=None, end_year=None, targets=()):
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
    }
