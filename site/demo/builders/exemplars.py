"""Demo content of the exemplars app: groups, localities, two movements, about fifteen stories
with illustrations and a short film (data/exemplars/, read by demo.content.exemplars). Idempotent,
like the rest of the demo."""

import io
import random
from datetime import date
from pathlib import Path

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.utils.html import escape
from PIL import Image as PillowImage
from PIL import ImageDraw
from wagtail.documents.models import Document
from wagtail.images import get_image_model

from demo.content import exemplars as content
from demo.pages import child_by_slug, ensure_child, publish
from exemplars.models import ExemplarGroup, ExemplarPage, MovementPage
from home.localities import localities_by_name
from news.models import AwardDecisionPage, Awardee, LegalDocumentPage, NewsPage

MEDIA = Path(__file__).resolve().parent.parent / "data" / "exemplars" / "media"
FILM_TITLE = "Phim ngắn: Gương điển hình tiên tiến tỉnh Lạng Sơn"
PALETTES = [
    ((255, 214, 153), (176, 58, 46), (46, 94, 62)),
    ((190, 227, 248), (61, 90, 128), (52, 111, 74)),
    ((253, 235, 208), (150, 75, 50), (86, 130, 60)),
    ((220, 240, 220), (44, 110, 73), (34, 80, 55)),
]


def iso(value):
    return date.fromisoformat(value) if value else None


def build(home, builder):

    groups = {
        name: ExemplarGroup.objects.get_or_create(
            slug=slug, defaults={"name": name, "sort_order": order}
        )[0]
        for order, (name, slug) in enumerate(content.GROUPS)
    }
    # Loaded by demo.build from the province's list (home/data).
    localities = localities_by_name(spec["locality"] for spec in content.EXEMPLARS)

    movement_index = child_by_slug(home, "phong-trao")
    movements = []
    for spec in content.MOVEMENTS:
        page = ensure_child(
            movement_index,
            MovementPage,
            spec["slug"],
            title=spec["title"],
            launched_by=spec["launched_by"],
            plan_document=LegalDocumentPage.objects.filter(number=spec["plan_number"]).first(),
            start_date=iso(spec["start"]),
            end_date=iso(spec.get("end")),
            scope=spec["scope"],
            status=spec["status"],
            intro=spec["intro"],
            goals=html_list(spec["goals"]),
            criteria=html_list(spec["criteria"]),
        )
        if not page.live:
            publish(page)
        movements.append(page)

    film = demo_film()
    exemplar_index = child_by_slug(home, "guong-dien-hinh")
    for number, spec in enumerate(content.EXEMPLARS):
        existing = exemplar_index.get_children().filter(slug=spec["slug"]).exists()
        page = ensure_child(
            exemplar_index,
            ExemplarPage,
            spec["slug"],
            title=spec["title"],
            kind=spec["kind"],
            subject_name=spec["name"],
            photo=None if existing else illustration(number, spec),
            photo_alt=spec["photo_alt"],
            summary=spec["summary"],
            story=story_blocks(spec, film if spec["featured"] else None),
            group=groups[spec["group"]],
            locality=localities[spec["locality"]],
            place_detail=spec["commune_detail"],
            ethnicity=spec["ethnicity"],
            show_ethnicity=spec["show_ethnicity"],
            movement=movements[spec["movement"]] if spec["movement"] is not None else None,
            date=iso(spec["date"]),
            featured=spec["featured"],
        )
        if not page.live:
            publish(page)
            if spec["award_holder"]:
                link_award(spec["award_holder"], page)
    link_movements(movements)


def html_list(items):
    return "<ul>" + "".join(f"<li>{escape(item)}</li>" for item in items) + "</ul>"


def story_blocks(spec, film):
    stream = []
    for block in spec["story"]:
        kind = block[0]
        if kind == "heading":
            stream.append(("heading", {"text": block[1], "level": "h2"}))
        elif kind == "quote":
            stream.append(("quote", {"text": block[1], "attribution": block[2]}))
        elif kind == "facts":
            facts = [{"label": label, "value": value} for label, value in block[1]]
            stream.append(("key_facts", {"title": "Số liệu nổi bật", "facts": facts}))
        else:
            stream.append(("paragraph", f"<p>{escape(block[1])}</p>"))
    if film is not None:
        video, video_mp4, captions, poster = film
        stream.append(
            (
                "short_film",
                {
                    "title": FILM_TITLE,
                    "video": video,
                    "video_mp4": video_mp4,
                    "captions": captions,
                    "poster": poster,
                    "embed": None,
                    "transcript": (
                        "Phim giới thiệu phong trào phát hiện, bồi dưỡng, tổng kết và nhân rộng "
                        "các gương điển hình tiên tiến trên địa bàn tỉnh Lạng Sơn."
                    ),
                },
            )
        )
    return stream


def demo_film():
    """The demo film (WebM, and MP4 for iPhones and Safari), its captions (WebVTT) and
    poster, stored once."""
    video = Document.objects.filter(title=FILM_TITLE).first()
    if video is None:
        video = Document(title=FILM_TITLE)
        video.file.save(
            "phim-guong-dien-hinh.webm",
            ContentFile((MEDIA / "phim-guong-dien-hinh.webm").read_bytes()),
        )
        video.save()
    video_mp4 = Document.objects.filter(title=f"{FILM_TITLE} – bản MP4").first()
    if video_mp4 is None:
        video_mp4 = Document(title=f"{FILM_TITLE} – bản MP4")
        video_mp4.file.save(
            "phim-guong-dien-hinh.mp4",
            ContentFile((MEDIA / "phim-guong-dien-hinh.mp4").read_bytes()),
        )
        video_mp4.save()
    captions = Document.objects.filter(title=f"{FILM_TITLE} – phụ đề").first()
    if captions is None:
        captions = Document(title=f"{FILM_TITLE} – phụ đề")
        captions.file.save(
            "phim-guong-dien-hinh.vtt",
            ContentFile((MEDIA / "phim-guong-dien-hinh.vtt").read_bytes()),
        )
        captions.save()
    Image = get_image_model()
    poster = Image.objects.filter(title=f"{FILM_TITLE} – ảnh bìa").first()
    if poster is None:
        data = (MEDIA / "phim-guong-dien-hinh-poster.jpg").read_bytes()
        poster = Image(
            title=f"{FILM_TITLE} – ảnh bìa",
            file=ImageFile(io.BytesIO(data), name="phim-poster.jpg"),
        )
        poster.save()
    return video, video_mp4, captions, poster


def illustration(number, spec):
    """A drawn landscape of the province's limestone hills, one palette per story."""
    rng = random.Random(number)
    sky, sun, hills = PALETTES[number % len(PALETTES)]
    canvas = PillowImage.new("RGB", (960, 600), sky)
    draw = ImageDraw.Draw(canvas)
    draw.ellipse((700 + rng.randint(-80, 40), 60, 820 + rng.randint(-80, 40), 180), fill=sun)
    for layer in range(3):
        shade = tuple(max(0, channel - 25 * layer) for channel in hills)
        base = 330 + layer * 90
        points = [(0, 600), (0, base)]
        x = 0
        while x < 960:
            width = rng.randint(90, 180)
            points += [(x + width // 2, base - rng.randint(60, 170)), (x + width, base)]
            x += width
        points.append((960, 600))
        draw.polygon(points, fill=shade)
    buffer = io.BytesIO()
    canvas.save(buffer, "JPEG", quality=82)
    Image = get_image_model()
    image = Image(title=spec["photo_alt"][:255], file=ImageFile(buffer, name=f"{spec['slug']}.jpg"))
    image.save()
    return image


def link_award(full_name, exemplar):
    """Point the awardee record at the story, through a new revision of its decision."""
    awardee = Awardee.objects.filter(full_name=full_name).select_related("decision").first()
    if awardee is None:
        return
    decision = AwardDecisionPage.objects.get(pk=awardee.decision_id)
    rows = list(decision.awardees.all())
    for row in rows:
        if row.pk == awardee.pk:
            row.exemplar = exemplar
    decision.awardees.set(rows)
    decision.save_revision().publish()


def link_movements(movements):
    """Tie the demo news and decisions to the movements they belong to (once)."""
    if NewsPage.objects.filter(movement__isnull=False).exists():
        return
    for page in NewsPage.objects.all():
        target = None
        if "1657" in page.title or "de-an" in page.slug:
            target = movements[0]
        elif "2026" in page.title and "phong trào" in page.title.lower():
            target = movements[-1]
        if target is not None:
            page.movement = target
            page.save_revision().publish()
    for movement in movements:
        end = movement.end_date or date(2100, 1, 1)
        decisions = AwardDecisionPage.objects.filter(
            signed_on__gte=movement.start_date,
            signed_on__lte=end,
            level_id="chu_tich_ubnd_tinh",
            movement=None,
        )
        for decision in decisions:
            decision.movement = movement
            decision.save_revision().publish()
