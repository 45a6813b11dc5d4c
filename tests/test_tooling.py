"""The project's own scripts behave as the README says."""

import os
import subprocess
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_missing_postgresql_gives_a_clear_message_quickly():
    started = time.monotonic()
    result = subprocess.run(
        [str(ROOT / "bin" / "with-postgres"), "true"],
        cwd=ROOT,
        env={**os.environ, "PGHOST": "127.0.0.1", "PGPORT": "1"},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    assert "PostgreSQL is not reachable at 127.0.0.1:1" in result.stderr
    assert time.monotonic() - started < 20
