"""Large data for benchmarks: news pages, award decisions and their awardees."""

import random
from datetime import date, datetime, time, timedelta

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from core.bulk import bulk_add_child_pages
from core.text import fold_words
from news.models import (
    AwardDecisionIndexPage,
    AwardDecisionPage,
    Awardee,
    AwardForm,
    DecisionLevel,
    NewsIndexPage,
    NewsPage,
)

SURNAMES = [
    "Nguyễn",
    "Hoàng",
    "Lương",
    "Nông",
    "Vi",
    "Lăng",
    "Lộc",
    "Triệu",
    "Hà",
    "Đào",
    "Lê",
    "Trần",
    "Phạm",
    "Chu",
    "Mông",
    "Hứa",
    "Dương",
    "Lý",
    "Bế",
    "Tô",
]
MIDDLES = [
    "Văn",
    "Thị",
    "Đức",
    "Minh",
    "Thu",
    "Thanh",
    "Hồng",
    "Quang",
    "Ngọc",
    "Xuân",
    "Kim",
    "Hữu",
]
GIVEN = [
    "Hường",
    "Lực",
    "Tuấn",
    "Lan",
    "Hoa",
    "Thắng",
    "Hải",
    "Bình",
    "Dũng",
    "Hạnh",
    "Mai",
    "Nga",
    "Phương",
    "Sơn",
    "Trang",
    "Vân",
    "Yến",
    "Khánh",
    "Linh",
    "Long",
    "Quỳnh",
    "Tâm",
    "Chiến",
    "Duyên",
]
LOCALITIES = [
    "phường Lương Văn Tri",
    "phường Đông Kinh",
    "phường Tam Thanh",
    "xã Tân Đoàn",
    "xã Hữu Lũng",
    "xã Na Dương",
    "xã Khánh Khê",
    "xã Thất Khê",
    "xã Bình Gia",
    "xã Bắc Sơn",
    "xã Đình Lập",
    "xã Lộc Bình",
    "xã Chi Lăng",
    "xã Văn Quan",
    "xã Cao Lộc",
    "xã Đồng Đăng",
]
UNITS = [
    "Trường THCS",
    "Trạm Y tế",
    "Hợp tác xã Nông nghiệp",
    "Công an",
    "Ủy ban nhân dân",
    "Trường Tiểu học",
    "Hội Nông dân",
    "Đoàn Thanh niên",
    "Công ty cổ phần Xi măng",
    "Ban Chỉ huy Quân sự",
]
POSITIONS = [
    "Nông dân",
    "Giáo viên",
    "Công nhân",
    "Bác sĩ",
    "Cán bộ",
    "Trưởng thôn",
    "Kỹ sư",
    "Chiến sĩ",
]
TOPICS = [
    "phong trào thi đua yêu nước",
    "xây dựng nông thôn mới",
    "chuyển đổi số",
    "cải cách hành chính",
    "bảo vệ biên giới",
    "phát triển kinh tế cửa khẩu",
    "giáo dục vùng cao",
    "chăm sóc sức khỏe nhân dân",
]


class Command(BaseCommand):
    help = (
        "Create bulk data for benchmarks (default: 10,000 news, 2,000 decisions, 100,000 awardees)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--news", type=int, default=10_000)
        parser.add_argument("--decisions", type=int, default=2_000)
        parser.add_argument("--awardees", type=int, default=100_000)
        parser.add_argument("--seed", type=int, default=2026)

    def handle(self, *args, news, decisions, awardees, seed, **options):
        if not NewsIndexPage.objects.exists():
            call_command("seed_demo", stdout=self.stdout)
        rng = random.Random(seed)
        with transaction.atomic():
            self.bulk_news(rng, news)
            self.bulk_decisions(rng, decisions, awardees)
        self.stdout.write(
            self.style.SUCCESS(
                f"Bulk data: {news} news, {decisions} decisions, {awardees} awardees."
            )
        )

    def bulk_news(self, rng, count):
        index = NewsIndexPage.objects.get()
        start = datetime(2015, 1, 1, 8, 0, tzinfo=timezone.get_current_timezone())
        pages = []
        for number in range(count):
            topic = rng.choice(TOPICS)
            moment = start + timedelta(hours=rng.randint(0, 11 * 365 * 24))
            pages.append(
                NewsPage(
                    title=f"Sơ kết {topic} tại {rng.choice(LOCALITIES)} (bản tin {number + 1})",
                    slug=f"ban-tin-{number + 1}",
                    date=moment,
                    first_published_at=moment,
                    lead=f"Các đơn vị triển khai hiệu quả {topic}, nhiều tập thể được biểu dương.",
                    body=[("paragraph", f"<p>Nội dung bản tin số {number + 1} về {topic}.</p>")],
                )
            )
        bulk_add_child_pages(index, pages)

    def bulk_decisions(self, rng, count, awardee_count):
        index = AwardDecisionIndexPage.objects.get()
        forms = list(AwardForm.objects.all())
        levels = list(DecisionLevel.objects.values_list("code", flat=True))
        decisions = []
        for number in range(count):
            signed_on = date(2015, 1, 1) + timedelta(days=rng.randint(0, 11 * 365))
            level = rng.choice(levels)
            form = rng.choice(forms)
            decision_number = f"{number + 1}/QĐ-BULK"
            decisions.append(
                AwardDecisionPage(
                    title=f"Quyết định {decision_number} tặng {form} năm {signed_on.year}",
                    slug=f"quyet-dinh-bulk-{number + 1}",
                    number=decision_number,
                    signed_on=signed_on,
                    level_id=level,
                    award_form=form,
                    reason=f"đã có thành tích xuất sắc trong {rng.choice(TOPICS)}",
                    search_text=fold_words(f"{decision_number} quyết định tặng {form}"),
                    first_published_at=timezone.make_aware(datetime.combine(signed_on, time(9))),
                )
            )
        bulk_add_child_pages(index, decisions)

        rows = []
        for number in range(awardee_count):
            decision = decisions[number % count]
            collective = rng.random() < 0.3
            locality = rng.choice(LOCALITIES)
            unit = f"{rng.choice(UNITS)} {locality.split(' ', 1)[1]}"
            if collective:
                name = f"Tổ công tác số {number % 97 + 1}, {unit}"
            else:
                name = f"{rng.choice(SURNAMES)} {rng.choice(MIDDLES)} {rng.choice(GIVEN)}"
            farmer = not collective and rng.random() < 0.15
            worker = not collective and not farmer and rng.random() < 0.1
            rows.append(
                Awardee(
                    decision_id=decision.pk,
                    sort_order=number // count,
                    kind=Awardee.Kind.COLLECTIVE if collective else Awardee.Kind.INDIVIDUAL,
                    full_name=name,
                    position="" if collective else rng.choice(POSITIONS),
                    unit=unit,
                    locality=locality,
                    small_collective=collective and rng.random() < 0.6,
                    grassroots_unit=collective and rng.random() < 0.3,
                    direct_worker=not collective and (farmer or worker or rng.random() < 0.3),
                    worker=worker,
                    farmer=farmer,
                    effective_form_id=decision.award_form_id,
                    decision_date=decision.signed_on,
                    level=decision.level_id,
                    decision_live=decision.live,
                    search_name=fold_words(name),
                    search_unit=fold_words(f"{unit} {locality}"),
                )
            )
        Awardee.objects.bulk_create(rows, batch_size=2000)
