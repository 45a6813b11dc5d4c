"""The two links of a request: the one-time confirmation (a random token naming a pending
confirmation, so nothing is a request before the person confirms) and the status page's."""

import secrets

from core.tokens import pk_from_token, signed_token
from privacy import conf


def new_confirmation_token():
    return secrets.token_urlsafe(32)


def status_token(request):
    return signed_token("datarequest", request.pk, issued=request.confirmed_at.timestamp())


def request_pk(token):
    return pk_from_token("datarequest", token, max_age=conf.STATUS_MAX_AGE)
