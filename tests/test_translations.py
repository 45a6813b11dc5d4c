"""Messages Django's own Vietnamese catalogue leaves in English reach people in Vietnamese:
the portal's catalogue (locale/vi) fills them, and its compiled file matches its source.

The same catalogue completes Wagtail's Vietnamese for the admin (django.po) and its scripts
(djangojs.po): every message of the Wagtail apps the portal runs has a Vietnamese entry, each
keeping its placeholders and markup, the broken entries of Wagtail's own catalogue are
overridden, and the compiled files are built by `make install` with babel."""

import gettext
import re
from pathlib import Path

import pytest
from django import forms
from django.core.exceptions import ValidationError
from django.test import Client
from django.utils import translation

from demo import accounts as demo_accounts

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


def unquote(text):
    return re.sub(r"\\(.)", lambda m: {"n": "\n", "t": "\t"}.get(m.group(1), m.group(1)), text)


def entries(domain="django"):
    """The entries of a .po: msgid, msgid_plural, msgstr (a plural by its one form), with
    continued lines joined and escapes read."""
    found, entry, key = [], {}, None
    lines = (CATALOGUE / f"{domain}.po").read_text(encoding="utf-8").splitlines()
    for line in [*lines, ""]:
        start = re.match(r'^(msgctxt|msgid|msgid_plural|msgstr(?:\[0\])?) "(.*)"$', line)
        if start:
            key = start.group(1).replace("[0]", "")
            entry[key] = start.group(2)
        elif line.startswith('"') and key:
            entry[key] += line[1:-1]
        elif not line.strip():
            if entry.get("msgid"):
                found.append({name: unquote(value) for name, value in entry.items()})
            entry, key = {}, None
    return found


def source_messages(domain="django"):
    """msgid → msgstr of the .po (entries without a context)."""
    return {entry["msgid"]: entry["msgstr"] for entry in entries(domain) if "msgctxt" not in entry}


@pytest.mark.parametrize("domain", ["django", "djangojs"])
def test_the_compiled_catalogue_matches_its_source(domain):
    compiled_path = CATALOGUE / f"{domain}.mo"
    assert compiled_path.exists(), f"run `make install`: {compiled_path.name} is missing"
    with open(compiled_path, "rb") as compiled:
        translations = gettext.GNUTranslations(compiled)
    source = entries(domain)
    assert source
    for entry in source:
        msgid, context = entry["msgid"], entry.get("msgctxt")
        compiled = translations.pgettext(context, msgid) if context else translations.gettext(msgid)
        assert compiled == entry["msgstr"], f"run `make messages`: {msgid!r}"


PLACEHOLDER = re.compile(r"%\(\w+\)[sdrfi]|%[sdif]|\{\w*\}")
MARKUP = re.compile(r"</?[a-zA-Z][^>]*>")


@pytest.mark.parametrize("domain", ["django", "djangojs"])
def test_every_translation_keeps_its_placeholders_and_markup(domain):
    """A lost %(title)s shows a page without its name; an added one breaks the admin's screen
    with a KeyError; a lost tag breaks a link. With Vietnamese's one plural form, the
    translation follows the plural (where the singular may spell out "1")."""
    problems = []
    for entry in entries(domain):
        msgid, msgstr = entry["msgid"], entry["msgstr"]
        forms = [msgid, entry.get("msgid_plural", msgid)]
        allowed = set().union(*(PLACEHOLDER.findall(form) for form in forms))
        needed = set.intersection(*(set(PLACEHOLDER.findall(form)) for form in forms))
        used = set(PLACEHOLDER.findall(msgstr))
        if not msgstr:
            problems.append(f"untranslated: {msgid!r}")
        elif used - allowed or needed - used:
            problems.append(f"placeholders {sorted(used)} for {msgid!r}")
        if sorted(MARKUP.findall(msgstr)) not in (sorted(MARKUP.findall(form)) for form in forms):
            problems.append(f"markup of {msgid!r}")
    assert not problems, "\n".join(problems)


def wagtail_catalogues(language, domain):
    """The .po files of the Wagtail apps the portal runs, in one language."""
    from django.apps import apps

    for app in apps.get_app_configs():
        if app.name == "wagtail" or app.name.startswith("wagtail."):
            path = Path(app.path) / "locale" / language / "LC_MESSAGES" / f"{domain}.po"
            if path.exists():
                yield app.name, path


@pytest.mark.parametrize("domain", ["django", "djangojs"])
def test_every_message_of_the_wagtail_apps_has_a_vietnamese_entry(domain):
    """Wagtail's English catalogue lists every message of its apps (an upgrade adds new
    ones): each has an entry in the portal's catalogue, so the admin never falls back to
    Wagtail's partial Vietnamese or to English."""
    from babel.messages.pofile import read_po

    ours = source_messages(domain)
    missing = []
    for app, path in wagtail_catalogues("en", domain):
        with open(path, "rb") as source:
            for message in read_po(source):
                msgid = message.id if isinstance(message.id, str) else message.id[0]
                if msgid and msgid not in ours:
                    missing.append(f"{app}: {msgid!r}")
    assert len(ours) > (1500 if domain == "django" else 80)
    assert not missing, f"{len(missing)} messages without Vietnamese:\n" + "\n".join(missing)


def test_wagtails_broken_vietnamese_is_overridden():
    """Wagtail's own catalogue glues words together ("Phê chuẩnvà Xuất bản", "Nhập Tên đăng
    nhậpcủa bạn"): the portal's entries win, spaced and in the office's terms."""
    from django.utils.translation import gettext

    with translation.override("vi"):
        assert gettext("%(label)s and Publish") % {"label": gettext("Approve")} == (
            "Phê duyệt và xuất bản"
        )
        # Django's Vietnamese gives the field's name a capital: it starts the placeholder.
        entered = gettext("Enter your %(username_field_name)s") % {
            "username_field_name": "Tên đăng nhập"
        }
        assert entered == "Tên đăng nhập của bạn"
        assert gettext("Submit for moderation") == "Gửi duyệt"
        assert gettext("Request changes") == "Yêu cầu chỉnh sửa"
        assert gettext("Snippets") == "Danh mục"
        assert gettext("Site history") == "Lịch sử thao tác"


def test_the_admin_scripts_catalogue_is_the_portals(users):
    """The admin's scripts read /admin/jsi18n/ (Django's JavaScriptCatalog for wagtail.admin),
    which takes LOCALE_PATHS after the apps' catalogues: the portal's djangojs wins."""
    import json

    client = Client()
    client.force_login(users[demo_accounts.EDITOR])
    script = client.get("/admin/jsi18n/").content.decode()
    for msgid in ("Autosave in progress…", "Loading…", "Toggle sidebar"):
        assert json.dumps(source_messages("djangojs")[msgid]) in script, msgid
    assert json.dumps("Đang tải...") not in script  # Wagtail's own, with its three dots


def test_make_install_compiles_the_catalogues_with_babel():
    """A fresh machine has no GNU gettext: `make install` compiles every .po with babel, again
    when a .po changes; the image does the same; the .mo files are not kept in git."""
    import shutil
    import subprocess

    make = shutil.which("make")
    if make is None:
        pytest.skip("make is not installed")
    for domain in ("django", "djangojs"):
        po = f"locale/vi/LC_MESSAGES/{domain}.po"
        planned = subprocess.run(
            [make, "-n", "-W", po, "install"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        assert f"pybabel -q compile -i {po} -o locale/vi/LC_MESSAGES/{domain}.mo" in planned
        assert "msgfmt" not in planned
    assert "pybabel compile -d locale -D djangojs" in (ROOT / "Dockerfile").read_text()
    assert "/locale/**/*.mo" in (ROOT / ".gitignore").read_text().splitlines()
