"""Benchmark of the spreadsheet importers' reader against hostile files: for each spreadsheet
bomb of tests/security/bombs.py (and the worst file the bounds let through), its size on the
wire, how long core.spreadsheets takes to read or refuse it (median of 5) and the answer.

Run with `make bench` (or `.venv/bin/python bench/imports_bench.py`); `--openpyxl` also times
openpyxl's read-only reader on the same files (what the importers used before), stopping each
at 60 s. No database is needed.
"""

import io
import multiprocessing
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "site"))
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")

RUNS = 5
OPENPYXL_LIMIT_SECONDS = 60


def read_with_openpyxl(data):
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        for number, _row in enumerate(workbook.worksheets[0].iter_rows(values_only=True), 1):
            if number > 5_001:
                break
    except Exception:  # noqa: BLE001, S110 - a refusal is an answer here; only time counts
        pass


def time_openpyxl(data):
    process = multiprocessing.Process(target=read_with_openpyxl, args=(data,))
    started = time.perf_counter()
    process.start()
    process.join(OPENPYXL_LIMIT_SECONDS)
    if process.is_alive():
        process.kill()
        return f"> {OPENPYXL_LIMIT_SECONDS} s (stopped)"
    return f"{time.perf_counter() - started:.1f} s"


def main():
    import django

    django.setup()
    from django.core.files.uploadedfile import SimpleUploadedFile

    from core.spreadsheets import ImportFileError, read_rows
    from news import importing
    from tests.security import bombs

    headings = list(importing.HEADINGS.values())
    with_openpyxl = "--openpyxl" in sys.argv
    print(f"{'file':<22} {'size':>9} {'read (median)':>14}  answer")
    worst = 0.0
    for name, build in bombs.ALL.items():
        data = build(headings)
        times, answer = [], ""
        for _ in range(RUNS):
            started = time.perf_counter()
            try:
                rows = read_rows(SimpleUploadedFile("tep.xlsx", data), headings=headings)
                answer = f"{len(rows) - 1} data rows read"
            except ImportFileError as error:
                answer = f"refused: {error}"
            times.append(time.perf_counter() - started)
        median = statistics.median(times)
        worst = max(worst, max(times))
        line = f"{name:<22} {len(data) / 1024:>7.0f}KB {median * 1000:>11.0f} ms  {answer[:70]}"
        if with_openpyxl:
            line += f"  [openpyxl: {time_openpyxl(data)}]"
        print(line)
    print(f"worst single read: {worst * 1000:.0f} ms")


if __name__ == "__main__":
    main()
