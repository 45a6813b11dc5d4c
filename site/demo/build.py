"""Builds the demo site in one explicit order: page tree, settings, units and accounts here,
then each content app's demo (demo.builders).

Every step looks up what it would create first, so running it twice changes nothing.
"""

import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Collection, Locale, Page, Site

from demo import accounts as demo_accounts
from demo.builders import consultations, exemplars, news, proposals, questions, registrations
from demo.content import site as content
from demo.pages import body_blocks, child_by_slug, ensure_child, local_datetime, publish
from home.localities import load_localities
from home.models import HomePage, PortalSettings, StandardPage
from home.roles import setup_roles
from news.models import NewsPage
from registrations.models import Unit, UnitOfficer

# slug -> page model for the sections at the public addresses (DESIGN.md).
SECTION_MODELS = {
    "tin-tuc": "news.NewsIndexPage",
    "van-ban": "news.DocumentIndexPage",
    "khen-thuong": "news.AwardDecisionIndexPage",
    "tra-cuu": "news.AwardLookupPage",
    "thong-ke": "news.AwardStatisticsPage",
    "guong-dien-hinh": "exemplars.ExemplarIndexPage",
    "phong-trao": "exemplars.MovementIndexPage",
    "lay-y-kien": "consultations.ConsultationIndexPage",
    "hoi-dap": "consultations.QuestionIndexPage",
    "dang-ky-thi-dua": "registrations.RegistrationPortalPage",
}
MENU_ORDER = [
    "gioi-thieu",
    "tin-tuc",
    "van-ban",
    "khen-thuong",
    "tra-cuu",
    "guong-dien-hinh",
    "phong-trao",
    "lay-y-kien",
    "hoi-dap",
    "dang-ky-thi-dua",
    "lien-he",
]


def _model(label):
    from django.apps import apps

    return apps.get_model(label)


class DemoBuilder:
    def __init__(self, stdout=None):
        self.stdout = stdout
        self.created_accounts = []

    def log(self, message):
        if self.stdout is not None:
            self.stdout.write(message)

    @transaction.atomic
    def build(self, password=None):
        home = self.home_page()
        self.sections(home)
        self.standard_pages(home)
        self.news_articles(home)
        # Settings and accounts first: app content may be signed by them (official replies).
        self.site_settings(home)
        # The province's communes, wards and former districts, which demo records point to.
        load_localities()
        setup_roles(home)
        self.units_and_accounts(password)
        # The content apps in dependency order: decisions before the exemplars and rounds
        # that link to them, rounds before the questions that cite their holidays, movements
        # before the registrations that join them.
        news.build(home, self)
        exemplars.build(home, self)
        consultations.build(home, self)
        questions.build(home, self)
        registrations.build(home, self)
        # Award proposals after the units, their officers and the decisions they build on.
        proposals.build(home, self)
        self.menu_order(home)
        return home

    def tree_roots(self):
        """The tree root, default locale and root collection Wagtail's migrations create
        (recreated if the database was flushed since)."""
        Locale.objects.get_or_create(
            language_code=get_supported_content_language_variant(settings.LANGUAGE_CODE)
        )
        if Collection.get_first_root_node() is None:
            Collection.add_root(name="Root")
        root = Page.get_first_root_node()
        if root is None:
            root = Page.add_root(instance=Page(title="Root", slug="root", live=True))
        return root

    def home_page(self):
        root = self.tree_roots()
        home = HomePage.objects.first()
        if home is None:
            home = HomePage(
                title=content.HOME["title"],
                slug="trang-chu",
                hero_title=content.HOME["hero_title"],
                hero_text=content.HOME["hero_text"],
                quick_links=[
                    ("quick_link", {"label": label, "url": url, "description": description})
                    for label, url, description in content.QUICK_LINKS
                ],
            )
            root.add_child(instance=home)
            publish(home)
            self.log("Trang chủ: đã tạo")
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            site = Site.objects.create(
                hostname="localhost", port=80, root_page=home, is_default_site=True
            )
        if site.root_page_id != home.pk:
            site.root_page = home
            site.site_name = content.SITE_SETTINGS["council_name"]
            site.save()
        # Wagtail's placeholder welcome page is not part of the portal.
        root.get_children().exclude(pk=home.pk).not_type(HomePage).filter(slug="home").delete()
        return home

    def sections(self, home):
        for spec in content.INDEX_PAGES:
            model = _model(SECTION_MODELS[spec["slug"]])
            page = ensure_child(home, model, spec["slug"], title=spec["title"], intro=spec["intro"])
            if not page.live:
                publish(page)

    def standard_pages(self, home):
        for spec in content.STANDARD_PAGES:
            parent = home
            if spec["slug"] == "co-cau-to-chuc":
                parent = child_by_slug(home, "gioi-thieu") or home
            page = ensure_child(
                parent,
                StandardPage,
                spec["slug"],
                title=spec["title"],
                lead=spec["lead"],
                body=body_blocks(spec["body"]),
                show_in_menus=parent is not home,
            )
            if not page.live:
                publish(page)

    def news_articles(self, home):
        index = child_by_slug(home, "tin-tuc")
        for spec in content.NEWS:
            date = local_datetime(spec["date"])
            page = ensure_child(
                index,
                NewsPage,
                spec["slug"],
                title=spec["title"],
                date=date,
                lead=spec["lead"],
                body=body_blocks(spec["body"]),
            )
            if not page.live:
                publish(page, published_at=date)

    def menu_order(self, home):
        """Sections in the main menu in reading order (tree order is menu order)."""
        pages = {page.slug: page for page in home.get_children()}
        for slug in MENU_ORDER:
            page = pages.get(slug)
            if page is None:
                continue
            if not page.show_in_menus:
                Page.objects.filter(pk=page.pk).update(show_in_menus=True)
            page.refresh_from_db()
            page.move(home, pos="last-child")

    def site_settings(self, home):
        site = Site.objects.get(root_page=home)
        portal = PortalSettings.for_site(site)
        for field, value in content.SITE_SETTINGS.items():
            setattr(portal, field, value)
        portal.footer_links = [
            ("link", {"label": label, "url": url}) for label, url in content.FOOTER_LINKS
        ]
        portal.social_links = [
            ("social", {"network": network, "label": label, "url": url})
            for network, label, url in content.SOCIAL_LINKS
        ]
        portal.privacy_page = home.get_descendants().filter(slug=content.PRIVACY_SLUG).first()
        portal.save()

    def units_and_accounts(self, password=None):
        units = []
        for spec in content.UNITS:
            unit, _ = Unit.objects.update_or_create(
                code=spec["code"],
                defaults={
                    "name": spec["name"],
                    "short_name": spec["short_name"],
                    "kind_id": spec["kind"],
                },
            )
            units.append(unit)
        accounts = [(*account, None) for account in demo_accounts.STAFF]
        # Two unit officers of different units.
        accounts += [
            (username, first_name, last_name, group, units[index].code)
            for username, first_name, last_name, group, index in demo_accounts.OFFICERS
        ]

        User = get_user_model()
        if not User.objects.filter(username=demo_accounts.ADMIN).exists():
            admin = User.objects.create_superuser(
                demo_accounts.ADMIN, "admin@example.invalid", password or secrets.token_urlsafe(16)
            )
            admin.first_name, admin.last_name = "Quản trị", "hệ thống"
            admin.save()
            self.created_accounts.append((demo_accounts.ADMIN, "Quản trị hệ thống"))
        for username, first_name, last_name, group_name, unit_code in accounts:
            user, created = User.objects.get_or_create(
                username=username,
                defaults={
                    "first_name": first_name,
                    "last_name": last_name,
                    "email": f"{username}@example.invalid",
                },
            )
            if created:
                user.set_password(password or secrets.token_urlsafe(16))
                user.save()
                self.created_accounts.append((username, group_name))
            user.groups.add(Group.objects.get(name=group_name))
            if unit_code:
                UnitOfficer.objects.get_or_create(
                    user=user, defaults={"unit": Unit.objects.get(code=unit_code)}
                )
