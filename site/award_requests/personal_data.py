"""What a person's data request (privacy app) finds and erases among the requests to confirm or
re-issue an award sent with their e-mail address (registered in `privacy.sources`)."""

from django.utils.translation import gettext_lazy as _

from award_requests.models import AwardRequest
from award_requests.retention import erase_request
from core.dates import format_moment
from privacy.sources import Source


def requests_of(email):
    return AwardRequest.objects.filter(requester_email__iexact=email, personal_data_erased_at=None)


def rows(email):
    return [
        {
            "ma": item.reference_code,
            "loai": item.get_kind_display(),
            "ho_ten": item.requester_name,
            "thu_dien_tu": item.requester_email,
            "dien_thoai": item.requester_phone,
            "dia_chi": item.requester_address,
            "quan_he": item.get_relation_display(),
            "nguoi_duoc_khen_thuong": item.awardee_name,
            "nam_sinh": item.awardee_birth_year or "",
            "noi_dung": item.reason,
            "gui_luc": format_moment(item.submitted_at),
            "trang_thai": item.get_status_display(),
        }
        for item in requests_of(email).order_by("submitted_at")
    ]


def consent_records(email):
    return AwardRequest, requests_of(email).values_list("pk", flat=True)


def erase(email, now):
    found = list(requests_of(email))
    for award_request in found:
        erase_request(award_request, now)
    return len(found)


SOURCE = Source(
    key="award_requests",
    title=_("Đề nghị xác nhận, cấp lại"),  # a sheet name: 31 characters at most
    header=[
        "Mã",
        "Loại",
        "Họ tên",
        "Thư điện tử",
        "Điện thoại",
        "Địa chỉ",
        "Quan hệ",
        "Người được khen thưởng",
        "Năm sinh",
        "Nội dung",
        "Gửi lúc",
        "Trạng thái",
    ],
    rows=rows,
    consent_records=consent_records,
    erase=erase,
)
