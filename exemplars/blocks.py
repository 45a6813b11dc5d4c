"""Blocks of an exemplar's story: the shared body blocks plus short films and key facts."""

from pathlib import PurePosixPath

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents import get_document_model
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

from core.blocks import (
    RICH_TEXT_FEATURES,
    HeadingBlock,
    ImageGalleryBlock,
    ImageWithCaptionBlock,
    QuoteBlock,
)

VIDEO_TYPES = {".mp4": "video/mp4", ".webm": "video/webm"}


def _extension(document):
    return PurePosixPath(document.file.name).suffix.lower()


class ShortFilmBlock(blocks.StructBlock):
    """An uploaded film (WebM and/or MP4) with poster and captions, or a hosted video to embed.

    An uploaded film may come in both formats: the MP4 (H.264) plays on every iPhone and in
    Safari, the WebM elsewhere; the browser takes the first it can play.

    The page stays light: an uploaded film is `preload="none"` (no video bytes until the
    person presses play); an embedded player is only inserted when the person asks for it.
    """

    title = blocks.CharBlock(label=_("Tên phim"), max_length=200)
    video = DocumentChooserBlock(label=_("Tệp phim (MP4 hoặc WebM)"), required=False)
    video_mp4 = DocumentChooserBlock(
        label=_("Bản MP4 của phim (cho iPhone, Safari)"),
        required=False,
        help_text=_(
            "Nên có khi tệp phim ở trên là WebM: iPhone và Safari đời cũ không phát được WebM."
        ),
    )
    captions = DocumentChooserBlock(
        label=_("Phụ đề (WebVTT)"), required=False, help_text=_("Bắt buộc với phim tải lên.")
    )
    poster = ImageChooserBlock(label=_("Ảnh bìa"), required=False)
    embed = EmbedBlock(label=_("Hoặc địa chỉ phim trên YouTube…"), required=False)
    transcript = blocks.TextBlock(label=_("Lời thoại, mô tả nội dung"), required=False)

    class Meta:
        icon = "media"
        label = _("Phim ngắn")
        template = "blocks/short_film.html"

    def clean(self, value):
        value = super().clean(value)
        errors = {}
        has_video, has_embed = bool(value.get("video")), bool(value.get("embed"))
        if has_video == has_embed:
            errors["video"] = ValidationError(
                _("Chọn một tệp phim hoặc nhập địa chỉ phim (chỉ một).")
            )
        if has_video:
            if _extension(value["video"]) not in VIDEO_TYPES:
                errors["video"] = ValidationError(_("Phim phải là tệp MP4 hoặc WebM."))
            if not value.get("captions"):
                errors["captions"] = ValidationError(_("Phim tải lên cần có phụ đề WebVTT."))
        if value.get("video_mp4"):
            if not has_video:
                errors["video_mp4"] = ValidationError(
                    _("Chọn tệp phim chính ở trên trước khi thêm bản MP4.")
                )
            elif _extension(value["video_mp4"]) != ".mp4":
                errors["video_mp4"] = ValidationError(_("Bản này phải là tệp .mp4."))
            elif _extension(value["video"]) == ".mp4":
                errors["video_mp4"] = ValidationError(
                    _(
                        "Tệp phim ở trên đã là MP4: hãy chọn bản WebM ở trên và bản MP4 ở đây, "
                        "hoặc bỏ trống ô này."
                    )
                )
        if value.get("captions") and _extension(value["captions"]) != ".vtt":
            errors["captions"] = ValidationError(_("Phụ đề phải là tệp .vtt."))
        if errors:
            raise StructBlockValidationError(block_errors=errors)
        return value

    DOCUMENT_FIELDS = ("video", "video_mp4", "captions")

    def bulk_to_python(self, values):
        # The film and its captions in one query for the whole story, not one per field.
        ids = {value.get(name) for value in values for name in self.DOCUMENT_FIELDS}
        ids.discard(None)
        documents = get_document_model().objects.in_bulk(ids) if ids else {}
        others = [
            {name: raw for name, raw in value.items() if name not in self.DOCUMENT_FIELDS}
            for value in values
        ]
        converted = super().bulk_to_python(others)
        for struct_value, value in zip(converted, values, strict=True):
            for name in self.DOCUMENT_FIELDS:
                struct_value[name] = documents.get(value.get(name))
        return converted

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["sources"] = self.sources(value)
        return context

    @staticmethod
    def sources(value):
        """[(document, MIME type)] of an uploaded film, MP4 first: Safari picks the first
        source it can play and may not read past one it cannot."""
        films = [value.get("video_mp4"), value.get("video")] if value.get("video") else []
        found = [(film, VIDEO_TYPES.get(_extension(film), "")) for film in films if film]
        return sorted(found, key=lambda source: source[1] != "video/mp4")


class KeyFactBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("Nội dung"), max_length=120)
    value = blocks.CharBlock(label=_("Số liệu"), max_length=120)


class KeyFactsBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Tiêu đề"), required=False, max_length=120)
    facts = blocks.ListBlock(KeyFactBlock(), label=_("Số liệu nổi bật"), min_num=1)

    class Meta:
        icon = "list-ul"
        label = _("Số liệu nổi bật")
        template = "blocks/key_facts.html"


class StoryBlock(blocks.StreamBlock):
    """An exemplar's story."""

    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Đoạn văn"), features=RICH_TEXT_FEATURES, template="blocks/paragraph.html"
    )
    image_with_caption = ImageWithCaptionBlock()
    image_gallery = ImageGalleryBlock()
    short_film = ShortFilmBlock()
    quote = QuoteBlock()
    key_facts = KeyFactsBlock()
