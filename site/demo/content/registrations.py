"""The units' registration (data/registrations/): this year's clusters and their criteria, the
titles, the campaign and its windows, registrations in every state with their individuals
(in the individuals importer's format), result reports, and last year's campaign."""

from demo.content.site import UNITS
from demo.data import DATA, read_json, read_table
from registrations.importing.individuals import INDIVIDUAL_COLUMNS

__all__ = ["UNITS"]

_registrations = read_json("registrations/registrations.json")
CLUSTERS = _registrations["CLUSTERS"]
COLLECTIVE_TITLES = _registrations["COLLECTIVE_TITLES"]
INDIVIDUAL_TITLES = _registrations["INDIVIDUAL_TITLES"]
CAMPAIGN = _registrations["CAMPAIGN"]
WINDOWS = _registrations["WINDOWS"]
REPORTS = _registrations["REPORTS"]


def _with_individuals(registrations, campaign):
    """Each registration with its individuals from individuals/<campaign>/<unit code>.csv."""
    for registration in registrations:
        name = f"registrations/individuals/{campaign}/{registration['unit']}.csv"
        rows = read_table(name, INDIVIDUAL_COLUMNS) if (DATA / name).exists() else []
        registration["individuals"] = [
            (row["full_name"], row["position"], row["title"]) for row in rows
        ]
    return registrations


REGISTRATIONS = _with_individuals(_registrations["REGISTRATIONS"], "current")
PREVIOUS_CAMPAIGN = _registrations["PREVIOUS_CAMPAIGN"]
_with_individuals(PREVIOUS_CAMPAIGN["registrations"], "previous")
