"""Award proposals (data/proposals/proposals.json): this year's year-end round with its awards,
dossier checklist, the award criteria and the council's thresholds, two earlier base-level
decisions that the criteria read, the units' proposals in every state, the council's meeting
and the decision made from its vote."""

from demo.data import read_json

_proposals = read_json("proposals/proposals.json")
ROUND = _proposals["ROUND"]
THRESHOLDS = _proposals["THRESHOLDS"]
CRITERIA = _proposals["CRITERIA"]
HISTORY = _proposals["HISTORY"]
PROPOSALS = _proposals["PROPOSALS"]
MEETING = _proposals["MEETING"]
DECISION = _proposals["DECISION"]
