"""Erase the contact data whose retention period is over (run daily; see docs/deploy.md):
opinions' e-mail, phone, address and IP CONSULTATION_CONTACT_RETENTION_MONTHS after their round
concludes, reader comments' READER_COMMENT_CONTACT_RETENTION_MONTHS after they were sent, and
questions' e-mail, phone and IP QUESTION_CONTACT_RETENTION_MONTHS after the answer; closed
personal-data requests' address and texts PRIVACY_REQUEST_RETENTION_MONTHS after they were
closed, and expired unconfirmed requests."""

from django.core.management.base import BaseCommand

from consultations.moderation import erase_expired_contacts
from privacy.retention import erase_expired_requests


class Command(BaseCommand):
    help = (
        "Xóa thông tin liên hệ của người góp ý, người bình luận, người hỏi và người yêu cầu về "
        "dữ liệu cá nhân khi hết thời hạn lưu giữ."
    )

    def handle(self, *args, **options):
        erased = erase_expired_contacts()
        self.stdout.write(
            f"Đã xóa thông tin liên hệ của {erased['opinions']} ý kiến thuộc {erased['rounds']} "
            f"đợt, {erased['reader_comments']} bình luận của bạn đọc và "
            f"{erased['questions']} câu hỏi."
        )
        requests = erase_expired_requests()
        self.stdout.write(
            f"Đã xóa thông tin người yêu cầu của {requests['requests']} yêu cầu về dữ liệu cá "
            f"nhân đã hoàn thành và {requests['pending']} yêu cầu chưa xác nhận đã hết hạn."
        )
