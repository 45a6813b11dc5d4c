"""Request clean-up shared by every view."""

from django.conf import settings
from django.http import HttpResponse, HttpResponseNotAllowed, QueryDict
from django.urls import Resolver404, resolve


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


# What the public site answers: reading, sending forms, and asking what is allowed.
PUBLIC_METHODS = ("GET", "HEAD", "POST", "OPTIONS")


def allowed_methods(path):
    """The methods the public address `path` answers, in PUBLIC_METHODS' order. A class-based
    view says which it handles; a page (Wagtail's serve view) or a function view answers
    the public methods, and never the others."""
    try:
        match = resolve(path)
    except Resolver404:
        return list(PUBLIC_METHODS)
    view_class = getattr(match.func, "view_class", None)
    if view_class is None:
        return list(PUBLIC_METHODS)
    handled = {name.upper() for name in view_class.http_method_names if hasattr(view_class, name)}
    if "GET" in handled:
        handled.add("HEAD")
    return [method for method in PUBLIC_METHODS if method in handled]


class PublicMethodsMiddleware:
    """Outside the admin (whose scripts use PUT, PATCH and DELETE on views made for them),
    only GET, HEAD, POST and OPTIONS are answered: any other method gets 405 instead of the
    page, and `Allow` lists only what the address really answers. Django's form views list
    PUT, and Wagtail's pages answered PUT and DELETE like GET. OPTIONS is answered here, so
    it never renders a page."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path.startswith(f"/{settings.ADMIN_PATH}/"):
            return self.get_response(request)
        if request.method == "OPTIONS" or request.method not in PUBLIC_METHODS:
            allowed = allowed_methods(request.path_info)
            if request.method == "OPTIONS":
                response = HttpResponse(status=200)
            else:
                response = HttpResponseNotAllowed(allowed)
            response["Allow"] = ", ".join(allowed)
            return response
        response = self.get_response(request)
        if response.has_header("Allow"):
            listed = {part.strip().upper() for part in response["Allow"].split(",")}
            response["Allow"] = ", ".join(m for m in PUBLIC_METHODS if m in listed)
        return response
