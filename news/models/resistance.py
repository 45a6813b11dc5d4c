"""Awards for achievements in the resistance wars (khen thưởng thành tích kháng chiến): the
office's older records, imported from its spreadsheets, looked up and verified like today's
awards but counted apart (1657/QĐ-UBND §2.6: "to look up, confirm, re-issue award items and
handle complaints")."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from core.text import fold_words


class ResistanceAwardName(models.TextChoices):
    """The award items of the resistance wars (Pháp lệnh 1981 and the decrees that followed)."""

    ORDER = "huan_chuong_khang_chien", _("Huân chương Kháng chiến")
    MEDAL = "huy_chuong_khang_chien", _("Huy chương Kháng chiến")
    VICTORY_ORDER = "huan_chuong_chien_thang", _("Huân chương Chiến thắng")
    VICTORY_MEDAL = "huy_chuong_chien_thang", _("Huy chương Chiến thắng")
    GLORIOUS_ORDER = "huan_chuong_chien_si_ve_vang", _("Huân chương Chiến sĩ vẻ vang")
    GLORIOUS_MEDAL = "huy_chuong_chien_si_ve_vang", _("Huy chương Chiến sĩ vẻ vang")
    FREEDOM_ORDER = "huan_chuong_chien_si_giai_phong", _("Huân chương Chiến sĩ giải phóng")
    FREEDOM_MEDAL = "huy_chuong_chien_si_giai_phong", _("Huy chương Chiến sĩ giải phóng")
    CERTIFICATE = "bang_khen_khang_chien", _("Bằng khen kháng chiến")


class AwardClass(models.TextChoices):
    FIRST = "nhat", _("Hạng Nhất")
    SECOND = "nhi", _("Hạng Nhì")
    THIRD = "ba", _("Hạng Ba")


class ResistanceAward(models.Model):
    """One person's resistance-war award as the office's register records it. The year of
    birth tells two people of the same name apart and is never published."""

    full_name = models.CharField(_("Họ và tên"), max_length=255)
    birth_year = models.PositiveSmallIntegerField(
        _("Năm sinh (không công bố)"), null=True, blank=True
    )
    native_place = models.CharField(_("Quê quán"), max_length=255)
    award = models.CharField(
        _("Hình thức khen thưởng"), max_length=40, choices=ResistanceAwardName.choices
    )
    award_class = models.CharField(_("Hạng"), max_length=10, choices=AwardClass.choices, blank=True)
    decision_number = models.CharField(_("Số quyết định"), max_length=60)
    decision_date = models.DateField(_("Ngày quyết định"))
    issuer = models.CharField(
        _("Cấp quyết định"), max_length=150, blank=True, help_text=_("Ví dụ: Chủ tịch nước.")
    )
    note = models.CharField(_("Ghi chú"), max_length=255, blank=True)
    source = models.CharField(_("Tệp nhập"), max_length=255, blank=True, editable=False)
    imported_at = models.DateTimeField(_("Ngày nhập"), auto_now_add=True)
    search_name = models.TextField(editable=False, blank=True, default="")
    search_place = models.TextField(editable=False, blank=True, default="")

    class Meta:
        verbose_name = _("Khen thưởng kháng chiến")
        verbose_name_plural = _("Khen thưởng kháng chiến")
        ordering = ["-decision_date", "-id"]
        indexes = [models.Index(fields=["-decision_date", "-id"], name="news_resistance_date_idx")]

    def __str__(self):
        return f"{self.full_name} – {self.award_title}"

    def save(self, *args, **kwargs):
        self.search_name = fold_words(self.full_name)
        self.search_place = fold_words(self.native_place)
        super().save(*args, **kwargs)

    @property
    def award_title(self):
        title = self.get_award_display()
        return f"{title} {self.get_award_class_display()}" if self.award_class else title
