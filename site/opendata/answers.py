"""A page of a data set as CSV or JSON, with the total, the page links (in the body for JSON
and in `Link` headers for both) and the licence."""

import json
from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.http import HttpResponse, JsonResponse
from django.urls import reverse
from django.utils.translation import gettext as _

from core.exports import csv_response
from opendata.datasets import PAGE_SIZE, licence


def _address(request, data_set, fmt, params, number):
    query = urlencode({**params, "trang": number} if number > 1 else params)
    path = reverse("opendata:data", kwargs={"slug": data_set.slug, "fmt": fmt})
    return request.build_absolute_uri(f"{path}?{query}" if query else path)


def problem(fmt, status, message, details=None):
    """An error the caller can read: JSON for .json, plain text otherwise."""
    if fmt == "json":
        body = {"loi": message, **({"chi_tiet": details} if details else {})}
        response = JsonResponse(body, status=status, json_dumps_params={"ensure_ascii": False})
    else:
        lines = [message, *(details or {}).values()]
        response = HttpResponse(
            "\n".join(dict.fromkeys(lines)) + "\n",
            status=status,
            content_type="text/plain; charset=utf-8",
        )
    response["Access-Control-Allow-Origin"] = "*"
    return response


def build(request, data_set, fmt, year=None, decision_id=None, number=1):
    params = {name: value for name, value in (("nam", year), ("quyet_dinh", decision_id)) if value}
    paginator = Paginator(data_set.queryset(year=year, decision_id=decision_id), PAGE_SIZE)
    if number > paginator.num_pages:
        return problem(
            fmt,
            404,
            _("Không có trang %(number)s: tập dữ liệu này có %(pages)s trang.")
            % {"number": number, "pages": paginator.num_pages},
        )
    page = paginator.page(number)
    rows = list(data_set.rows(request, page.object_list))
    links = {
        "first": _address(request, data_set, fmt, params, 1),
        "prev": _address(request, data_set, fmt, params, number - 1) if number > 1 else None,
        "next": _address(request, data_set, fmt, params, number + 1) if page.has_next() else None,
        "last": _address(request, data_set, fmt, params, paginator.num_pages),
    }
    terms = licence()
    if fmt == "json":
        body = {
            "tap_du_lieu": str(data_set.title),
            "giay_phep": terms.as_data(),
            "tong_so": paginator.count,
            "so_trang": paginator.num_pages,
            "trang": number,
            "so_dong_moi_trang": PAGE_SIZE,
            "trang_truoc": links["prev"],
            "trang_sau": links["next"],
            "du_lieu": rows,
        }
        response = HttpResponse(
            json.dumps(body, ensure_ascii=False), content_type="application/json; charset=utf-8"
        )
    else:
        header = [field.key for field in data_set.fields]
        streamed = csv_response(
            _file_name(data_set, params, number),
            header,
            ([row[key] if row[key] is not None else "" for key in header] for row in rows),
        )
        # Whole, so the shared page cache can keep it (it never keeps a streamed answer).
        response = HttpResponse(
            b"".join(streamed.streaming_content), content_type=streamed["Content-Type"]
        )
        response["Content-Disposition"] = streamed["Content-Disposition"]
    relations = [(url, rel) for rel, url in links.items() if url]
    if terms.url:
        relations.append((terms.url, "license"))
    response["Link"] = ", ".join(f'<{url}>; rel="{rel}"' for url, rel in relations)
    response["X-Total-Count"] = str(paginator.count)
    response["Access-Control-Allow-Origin"] = "*"
    response["Access-Control-Expose-Headers"] = "Link, X-Total-Count"
    return response


def _file_name(data_set, params, number):
    parts = [data_set.slug, *(f"{name}-{value}" for name, value in params.items())]
    if number > 1:
        parts.append(f"trang-{number}")
    return "-".join(parts) + ".csv"
