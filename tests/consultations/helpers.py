"""Posting the public comment forms as a browser would: read the rendered form, fill it in."""

from bs4 import BeautifulSoup

OPINION = {
    "name": "Lương Thị Hoa",
    "phone": "0912 345 678",
    "email": "hoa.luong@example.vn",
    "address": "Thôn Nà Sla, xã Hoàng Văn Thụ, tỉnh Lạng Sơn",
    "stance": "agree",
    "comment": "Tôi biết ông qua nhiều năm, thành tích được nêu là đúng sự thật.",
    "consent": "on",
}
READER_COMMENT = {
    "name": "Trần Minh Đức",
    "email": "duc.tran@example.vn",
    "comment": "Bài viết rất ý nghĩa, mong có thêm nhiều gương như vậy.",
    "consent": "on",
}


def form_fields(html):
    """The hidden and pre-filled inputs of the comment form in a page."""
    soup = BeautifulSoup(html, "html.parser")
    form = soup.find("form", id="binh-luan-form")
    assert form is not None, "the page shows no comment form"
    return {
        field["name"]: field.get("value", "")
        for field in form.find_all("input")
        if field.get("type") == "hidden"
    }


def form_url(url):
    """The address of a page's comment form (the page itself carries none)."""
    return url + "binh-luan/"


def submit(client, url, data=None, **overrides):
    """GET the page's form, then POST it with `data` (plus overrides); returns the response."""
    page = client.get(form_url(url))
    assert page.status_code == 200
    payload = {**form_fields(page.content.decode()), **(data or OPINION), **overrides}
    payload = {key: value for key, value in payload.items() if value is not None}
    return client.post(form_url(url), payload)
