"""The link to a request's status page: signed, so the code alone never opens it."""

from award_requests import conf
from core.tokens import pk_from_token, signed_token

KIND = "awardrequest"


def status_token(award_request):
    return signed_token(KIND, award_request.pk, issued=award_request.submitted_at.timestamp())


def request_pk(token):
    return pk_from_token(KIND, token, max_age=conf.STATUS_MAX_AGE)
