"""Cached pages answered at the WSGI door, before Django builds a request.

A hit through `core.pagecache.PageCacheMiddleware` still pays for Django's request cycle: the
request object, the request signals, the middleware outside the page cache (security headers,
WhiteNoise) and the response object, about two thirds of a hit's time. So each app server also
keeps, per exact request (address, query string, host, scheme, gzip or not), the answer it last
sent for a page the middleware served from or stored in the shared cache: status, the final
headers (those the outer middleware added included) and body. The next identical request gets
it back with one read of the shared cache's purge sequence:

- The middleware tells this door, through the WSGI environ, under which purge sequence the page
  was checked and when it expires. While the sequence is unchanged no tag of the page can have
  changed (every purge writes a new sequence with its tags: `core.pagecache._flush`); a purge
  anywhere, a flushed cache or the lifetime's end sends the request through Django again.
- Only requests the middleware itself would answer from the cache come here: GET, no session
  or message cookie, no Authorization, a short query string without NUL, outside the admin,
  static and media files, and the excluded paths. Everything else goes straight to Django.
- The copy is made from the headers Django really sent for the same host, scheme and
  encoding, so nothing the outer middleware does (HSTS on HTTPS, CSP, the HTTPS redirect) is
  copied by hand here.
"""

import re

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.http.cookie import parse_cookie

from core import pagecache

_ACCEPTS_GZIP = re.compile(r"\bgzip\b")


def front_door(application):
    """`application` with cached pages answered in front of it; unchanged when the page cache
    is off (the setting does not change while a server runs)."""
    if getattr(settings, "PAGE_CACHE_SECONDS", 0) <= 0:
        return application
    return CachedPageFrontDoor(application)


def _proxy_scheme(environ):
    header = getattr(settings, "SECURE_PROXY_SSL_HEADER", None)
    return environ.get(header[0], "") if header else ""


def request_signature(environ):
    """What identifies an answer here, or None when the request is not one to answer here."""
    if environ.get("REQUEST_METHOD") != "GET" or "HTTP_AUTHORIZATION" in environ:
        return None
    query = environ.get("QUERY_STRING", "")
    if len(query) > pagecache.MAX_QUERY_LENGTH or "%00" in query or "\x00" in query:
        return None
    cookies = environ.get("HTTP_COOKIE", "")
    # Parsed as Django parses them, so no spelling of a session cookie gets past.
    if cookies and any(name in parse_cookie(cookies) for name in pagecache._personal_cookies()):
        return None
    path = environ.get("SCRIPT_NAME", "") + environ.get("PATH_INFO", "")
    if pagecache._excluded_path(path) or pagecache._excluded_static(path):
        return None
    return (
        environ.get("HTTP_HOST") or f"{environ.get('SERVER_NAME')}:{environ.get('SERVER_PORT')}",
        path,
        query,
        environ.get("wsgi.url_scheme", ""),
        _proxy_scheme(environ),
        bool(_ACCEPTS_GZIP.search(environ.get("HTTP_ACCEPT_ENCODING", ""))),
    )


class CachedPageFrontDoor:
    def __init__(self, application):
        self.application = application
        self.copies = pagecache.LocalCopies()

    def __call__(self, environ, start_response):
        signature = request_signature(environ)
        if signature is None:
            return self.application(environ, start_response)
        if signature in self.copies:
            answer = self.copies.get(signature, cache.get(pagecache.PURGE_SEQUENCE_KEY))
            if answer is not None:
                status, headers, body = answer
                start_response(status, headers)
                return [body]
        return self._through_django(signature, environ, start_response)

    def _through_django(self, signature, environ, start_response):
        sent = []

        def remember_start(status, headers, exc_info=None):
            sent[:] = [status, headers]
            return start_response(status, headers, exc_info)

        result = self.application(environ, remember_start)
        checked = environ.get(pagecache.ENVIRON_KEY)
        if checked is None or not sent or not isinstance(result, HttpResponse):
            return result
        if any(name.lower() == "set-cookie" for name, _value in sent[1]):
            return result  # never the case for a shared page; never kept if it were
        # A page answered from (or stored in) the shared cache, its content in one piece.
        body = result.content
        result.close()
        sequence, expires = checked
        status, headers = sent
        headers = [(name, "HIT" if name == pagecache.HEADER else value) for name, value in headers]
        self.copies.put(signature, (status, headers, body), len(body), expires, sequence)
        return [body]
