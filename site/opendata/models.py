"""The licence the open data is published under: data the office edits (Cài đặt → Dữ liệu mở)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting

from core import pagecache

# The answers that show the licence carry this tag (opendata is not one of the page cache's
# public-data apps, so saving the licence purges it explicitly).
LICENCE_TAG = "model:opendata.opendatalicence"

DEFAULT_NAME = "Creative Commons Ghi công 4.0 Quốc tế (CC BY 4.0)"
DEFAULT_URL = "https://creativecommons.org/licenses/by/4.0/deed.vi"
DEFAULT_TEXT = (
    "Được sao chép, phân phối, chuyển đổi và sử dụng dữ liệu cho mọi mục đích, kể cả thương "
    "mại, với điều kiện ghi rõ nguồn: Cổng thông tin Thi đua – Khen thưởng, kèm đường dẫn "
    "tới tập dữ liệu. Tên của tập thể, cá nhân được khen thưởng chỉ được dùng đúng với nội "
    "dung quyết định đã công bố, không dùng để liên hệ, quảng cáo hay lập hồ sơ cá nhân."
)


@register_setting(icon="doc-full")
class OpenDataLicence(BaseGenericSetting):
    """One for the whole portal: shown on /du-lieu-mo/ and in every data set's answer."""

    name = models.CharField(_("Tên giấy phép"), max_length=200, default=DEFAULT_NAME)
    url = models.URLField(_("Địa chỉ văn bản giấy phép"), blank=True, default=DEFAULT_URL)
    text = models.TextField(
        _("Điều kiện sử dụng"),
        default=DEFAULT_TEXT,
        help_text=_("Hiện trên trang Dữ liệu mở và trong mỗi tệp JSON."),
    )

    panels = [FieldPanel("name"), FieldPanel("url"), FieldPanel("text")]

    class Meta:
        verbose_name = _("Dữ liệu mở")
        verbose_name_plural = _("Dữ liệu mở")

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        pagecache.purge_tags(LICENCE_TAG)

    def as_data(self):
        return {"ten": self.name, "duong_dan": self.url, "dieu_kien": self.text}
