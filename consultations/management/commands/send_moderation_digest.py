"""E-mail the secretariat the comments waiting for moderation since the last digest
(run hourly; see docs/deploy.md)."""

from django.core.management.base import BaseCommand

from consultations.moderation import send_moderation_digest


class Command(BaseCommand):
    help = "Gửi thư tổng hợp ý kiến, bình luận mới chờ kiểm duyệt cho Thường trực Hội đồng."

    def handle(self, *args, **options):
        count = send_moderation_digest()
        self.stdout.write(f"Đã gửi thư tổng hợp {count} mục mới.")
