"""Personal data that apps above privacy hold, for a person's data request.

privacy reads comments and questions itself; an app it may not import (award_requests sits
above it) registers here, from its `AppConfig.ready()`, what it holds for an e-mail address:
the rows of the person's file, the records their consents hang on, and how to erase them."""

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Source:
    key: str  # of the file's JSON, and of its sheet
    title: str  # the sheet's title
    header: list  # the sheet's column headings, in the order of each row's values
    rows: Callable  # rows(email) -> [dict]
    consent_records: Callable  # consent_records(email) -> (model, [ids]) the consents name
    erase: Callable  # erase(email, now) -> how many records were erased


SOURCES = []


def register(source):
    if all(known.key != source.key for known in SOURCES):
        SOURCES.append(source)
