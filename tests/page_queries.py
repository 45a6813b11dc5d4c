"""The query budget of a served page, shared by the page types' query-count tests."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

# Queries the shared chrome makes once it is built: none. It may only shrink.
CHROME_QUERIES = 0
# What a page may cost beyond the chrome. Each test bounds its page by what it costs now, at
# most this unless the test says which queries of other modules are left.
PAGE_QUERIES = 8


def queries(client, url):
    """The queries of a second request for `url` (the first builds the chrome, the kept lists
    and new renditions)."""
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)
