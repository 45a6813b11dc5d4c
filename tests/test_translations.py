"""Messages Django's own Vietnamese catalogue leaves in English reach people in Vietnamese:
the portal's catalogue (locale/vi) fills them, and its compiled file matches its source."""

import gettext
import re
from pathlib import Path

import pytest
from django import forms
from django.core.exceptions import ValidationError
from django.test import Client
from django.utils import translation

ROOT = Path(__file__).resolve().parent.parent
CATALOGUE = ROOT / "locale" / "vi" / "LC_MESSAGES"

pytestmark = pytest.mark.django_db


def test_an_invalid_choice_among_many_is_explained_in_vietnamese():
    from news.models import IssuingBody

    field = forms.ModelMultipleChoiceField(queryset=IssuingBody.objects.all())
    with translation.override("vi"), pytest.raises(ValidationError) as refused:
        field.clean([""])
    assert refused.value.messages == ["“” không phải là giá trị hợp lệ."]


def test_a_form_sent_without_its_csrf_cookie_gets_a_vietnamese_page():
    response = Client(enforce_csrf_checks=True).post(
        "/tai-khoan/dang-nhap/", {"username": "a", "password": "b"}
    )
    assert response.status_code == 403
    html = response.content.decode()
    assert "Biểu mẫu đã hết hiệu lực" in html and 'lang="vi"' in html
    assert "CSRF verification failed" not in html


def source_messages():
    """msgid → msgstr of the .po (continued lines joined; a plural by its one form)."""
    messages, entry, key = {}, {}, None
    lines = (CATALOGUE / "django.po").read_text(encoding="utf-8").splitlines()
    for line in [*lines, ""]:
        start = re.match(r'^(msgid|msgid_plural|msgstr(?:\[0\])?) "(.*)"$', line)
        if start:
            key = start.group(1)
            entry[key] = start.group(2)
        elif line.startswith('"') and key:
            entry[key] += line[1:-1]
        elif not line.strip():
            if entry.get("msgid"):
                messages[entry["msgid"]] = entry.get("msgstr") or entry.get("msgstr[0]")
            entry, key = {}, None
    return {k.replace('\\"', '"'): v.replace('\\"', '"') for k, v in messages.items()}


def test_the_compiled_catalogue_matches_its_source():
    with open(CATALOGUE / "django.mo", "rb") as compiled:
        translations = gettext.GNUTranslations(compiled)
    source = source_messages()
    assert source
    for msgid, msgstr in source.items():
        assert translations.gettext(msgid) == msgstr, f"run `make messages`: {msgid!r}"
