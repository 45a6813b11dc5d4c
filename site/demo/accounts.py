"""The demo's accounts, one per role: the builders create them and tests name them from here, so
a test's reliance on a demo account is visible."""

from home.roles import APPROVERS, EDITORS, UNIT_OFFICERS
from home.roles import SECRETARIAT as SECRETARIAT_GROUP

ADMIN = "admin"
EDITOR = "bientap"
APPROVER = "pheduyet"
SECRETARIAT = "thuongtruc"
UNIT_OFFICER = "donvi1"  # an officer of the first unit of data/units.csv
OTHER_UNIT_OFFICER = "donvi2"  # an officer of the second one

# (username, first name, last name, group) of the council's staff
STAFF = [
    (EDITOR, "Hoàng Thị", "Mai", EDITORS),
    (APPROVER, "Lương Văn", "Thắng", APPROVERS),
    (SECRETARIAT, "Nguyễn Thị", "Lan", SECRETARIAT_GROUP),
]
# (username, first name, last name, group, index of the unit in data/units.csv)
OFFICERS = [
    (UNIT_OFFICER, "Vy Thị", "Hằng", UNIT_OFFICERS, 0),
    (OTHER_UNIT_OFFICER, "Hoàng Văn", "Khánh", UNIT_OFFICERS, 1),
]
PASSWORD = "ThiDua@2026"  # noqa: S105 (printed in dev mode only; see seed_demo)
