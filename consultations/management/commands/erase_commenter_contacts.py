"""Erase commenters' e-mail, phone, address and IP once a round has been concluded for
CONSULTATION_CONTACT_RETENTION_MONTHS months (run daily; see docs/deploy.md)."""

from django.core.management.base import BaseCommand

from consultations.moderation import erase_expired_contacts


class Command(BaseCommand):
    help = "Xóa thông tin liên hệ của người góp ý khi hết thời hạn lưu giữ."

    def handle(self, *args, **options):
        rounds, comments = erase_expired_contacts()
        self.stdout.write(f"Đã xóa thông tin liên hệ của {comments} ý kiến thuộc {rounds} đợt.")
