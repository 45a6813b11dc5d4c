"""Public holidays, the award forms the rounds propose, the letterhead of the generated
reports and the two consultation rounds with their nominees and opinions
(data/consultations/consultations.json)."""

from demo.data import read_json

_consultations = read_json("consultations/consultations.json")
EMAIL_DOMAIN = _consultations["EMAIL_DOMAIN"]
HOLIDAYS = _consultations["HOLIDAYS"]
# (name, rank) -> (group, recipients): what a missing catalogue entry is created with.
AWARD_FORMS = {
    (name, rank): (group, recipients)
    for name, rank, group, recipients in _consultations["AWARD_FORMS"]
}
PROPOSING_BODY = _consultations["PROPOSING_BODY"]
LEGAL_DOCUMENT = _consultations["LEGAL_DOCUMENT"]
LEGAL_ARTICLE = _consultations["LEGAL_ARTICLE"]
WRITTEN_ADDRESS = _consultations["WRITTEN_ADDRESS"]
WRITTEN_EMAIL = _consultations["WRITTEN_EMAIL"]
COUNCIL_NAME = _consultations["COUNCIL_NAME"]
LETTERHEAD = _consultations["LETTERHEAD"]
OPEN_ROUND = _consultations["OPEN_ROUND"]
CONCLUDED_ROUND = _consultations["CONCLUDED_ROUND"]
