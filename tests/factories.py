"""Factories for the portal's pages and accounts (factory_boy + wagtail-factories)."""

import factory
import wagtail_factories
from django.contrib.auth import get_user_model
from django.utils import timezone

from home.models import StandardPage
from news.models import NewsPage


class UserFactory(factory.django.DjangoModelFactory):
    username = factory.Sequence(lambda n: f"nguoidung{n}")
    first_name = "Nguyễn Văn"
    last_name = factory.Sequence(lambda n: f"An {n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.invalid")
    password = factory.django.Password("mat-khau-thu-nghiem")

    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Trang thông tin số {n}")
    slug = factory.Sequence(lambda n: f"trang-thong-tin-{n}")
    lead = "Thông tin về công tác thi đua, khen thưởng của tỉnh."

    class Meta:
        model = StandardPage


class NewsPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Hội nghị sơ kết phong trào thi đua đợt {n}")
    slug = factory.Sequence(lambda n: f"hoi-nghi-so-ket-dot-{n}")
    date = factory.LazyFunction(timezone.now)
    lead = "Ban Thi đua – Khen thưởng tỉnh tổ chức hội nghị sơ kết phong trào thi đua."

    class Meta:
        model = NewsPage
