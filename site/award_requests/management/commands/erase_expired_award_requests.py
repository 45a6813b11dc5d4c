"""Erase the personal data of closed requests to confirm or re-issue an award once their
retention period is over (run daily with the other scheduled jobs; see `make scheduled`)."""

from django.core.management.base import BaseCommand

from award_requests.retention import erase_expired_requests


class Command(BaseCommand):
    help = (
        "Xóa thông tin cá nhân của các đề nghị xác nhận, cấp đổi, cấp lại hiện vật khen thưởng "
        "đã kết thúc khi hết thời hạn lưu giữ."
    )

    def handle(self, *args, **options):
        count = erase_expired_requests()
        self.stdout.write(f"Đã xóa thông tin cá nhân của {count} đề nghị đã kết thúc.")
