"""The security suite's accounts by role and seeded objects, for the admin's own checks."""

from tests.security.conftest import (  # noqa: F401 (fixtures)
    as_role,
    fresh_limits,
    nominee,
    role_user,
    unit_setting,
)
from tests.security.test_admin_walk import seeded, walk_ids  # noqa: F401 (fixtures)
