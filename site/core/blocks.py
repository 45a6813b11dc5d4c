"""StreamField blocks shared by every content page.

Names say what the block is for, not how it looks (heading, paragraph, image_with_caption…),
so templates in templates/blocks/ can change freely.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul", "h3", "h4"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Tiêu đề"), max_length=200)
    level = blocks.ChoiceBlock(
        label=_("Cấp"), choices=[("h2", "H2"), ("h3", "H3")], default="h2", required=True
    )

    class Meta:
        icon = "title"
        label = _("Tiêu đề mục")
        template = "blocks/heading.html"


class ImageWithCaptionBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Ảnh"))
    alt_text = blocks.CharBlock(
        label=_("Mô tả ảnh (cho người khiếm thị)"),
        max_length=250,
        help_text=_("Bắt buộc: mô tả nội dung ảnh cho trình đọc màn hình."),
    )
    caption = blocks.CharBlock(label=_("Chú thích"), required=False, max_length=300)

    class Meta:
        icon = "image"
        label = _("Ảnh có chú thích")
        template = "blocks/image_with_caption.html"


class ImageGalleryBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Tên bộ ảnh"), required=False, max_length=200)
    images = blocks.ListBlock(ImageWithCaptionBlock(), label=_("Ảnh"), min_num=2)

    class Meta:
        icon = "image"
        label = _("Bộ ảnh")
        template = "blocks/image_gallery.html"


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Trích dẫn"))
    attribution = blocks.CharBlock(label=_("Nguồn"), required=False, max_length=200)

    class Meta:
        icon = "openquote"
        label = _("Trích dẫn")
        template = "blocks/quote.html"


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Tệp"))
    title = blocks.CharBlock(label=_("Tên hiển thị"), required=False, max_length=250)

    class Meta:
        icon = "doc-full"
        label = _("Tệp đính kèm")
        template = "blocks/document_link.html"


class BodyBlock(blocks.StreamBlock):
    """The body of news, standard pages and stories."""

    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Đoạn văn"), features=RICH_TEXT_FEATURES, template="blocks/paragraph.html"
    )
    image_with_caption = ImageWithCaptionBlock()
    image_gallery = ImageGalleryBlock()
    quote = QuoteBlock()
    table = TableBlock(label=_("Bảng"), template="blocks/table.html")
    document_link = DocumentLinkBlock()
    video_embed = EmbedBlock(label=_("Video nhúng"), template="blocks/video_embed.html")


class LinkBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("Nhãn"), max_length=100)
    url = blocks.CharBlock(
        label=_("Địa chỉ"),
        max_length=300,
        help_text=_("Đường dẫn trong cổng (/van-ban/) hoặc https://…"),
    )

    class Meta:
        icon = "link"
        label = _("Liên kết")


class QuickLinkBlock(LinkBlock):
    description = blocks.CharBlock(label=_("Mô tả ngắn"), required=False, max_length=200)

    class Meta:
        icon = "link"
        label = _("Lối tắt")


class SocialLinkBlock(LinkBlock):
    network = blocks.ChoiceBlock(
        label=_("Mạng xã hội"),
        choices=[
            ("facebook", "Facebook"),
            ("youtube", "YouTube"),
            ("zalo", "Zalo"),
            ("other", _("Khác")),
        ],
    )

    class Meta:
        icon = "site"
        label = _("Mạng xã hội")
