import datetime

import factory
import wagtail_factories

from exemplars.models import ExemplarGroup, ExemplarPage, MovementPage
from home.models import Locality


class ExemplarGroupFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Nhóm thử {n}")
    slug = factory.Sequence(lambda n: f"nhom-thu-{n}")

    class Meta:
        model = ExemplarGroup


class LocalityFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"xã Thử Nghiệm {n}")
    slug = factory.Sequence(lambda n: f"xa-thu-nghiem-{n}")

    class Meta:
        model = Locality


class MovementPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Phong trào thi đua thử {n}")
    slug = factory.Sequence(lambda n: f"phong-trao-thu-{n}")
    launched_by = "UBND tỉnh"
    start_date = datetime.date(2026, 1, 15)
    intro = "Phong trào thi đua trong toàn tỉnh."

    class Meta:
        model = MovementPage


class ExemplarPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Người nông dân giỏi số {n}")
    slug = factory.Sequence(lambda n: f"nong-dan-gioi-{n}")
    subject_name = factory.Sequence(lambda n: f"Hoàng Văn Giỏi {n}")
    summary = "Một nông dân làm kinh tế giỏi, giúp nhiều hộ thoát nghèo."
    group = factory.SubFactory(ExemplarGroupFactory)
    locality = factory.SubFactory(LocalityFactory)
    date = datetime.date(2026, 3, 1)

    class Meta:
        model = ExemplarPage
