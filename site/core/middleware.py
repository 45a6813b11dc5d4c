"""Request clean-up shared by every view."""

from django.http import QueryDict


class StripNullCharactersMiddleware:
    """A NUL character in a query parameter can mean nothing to any view, and PostgreSQL
    refuses it in text with an error; it is removed here once, for every filter of the site."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        query = request.META.get("QUERY_STRING", "")
        if "%00" in query or "\x00" in query:
            cleaned = QueryDict(mutable=True)
            for key, values in request.GET.lists():
                cleaned.setlist(key.replace("\x00", ""), [v.replace("\x00", "") for v in values])
            cleaned._mutable = False
            request.GET = cleaned
        return self.get_response(request)
