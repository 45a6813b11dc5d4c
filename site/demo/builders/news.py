"""Demo content of the news app: categories, tags, documents, award catalogue, targets,
decisions and their awardees (data/news/, read by demo.content.news). Idempotent, like the
rest of the demo."""

import io
from datetime import date

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from wagtail.documents.models import Document
from wagtail.images import get_image_model

from core.docx_export import simple_docx
from core.spreadsheets import read_rows
from core.text import slugify_vi
from demo.content import news as content
from demo.content import site as home_content
from demo.pages import child_by_slug, ensure_child, publish
from news import resistance_import
from news.models import (
    AwardDecisionPage,
    Awardee,
    AwardForm,
    AwardTarget,
    IssuingBody,
    LegalDocumentFile,
    LegalDocumentPage,
    NewsCategory,
    NewsPage,
    ResistanceAward,
)


def iso(value):
    return date.fromisoformat(value) if value else None


def build(home, builder):

    categories = {
        name: NewsCategory.objects.get_or_create(
            slug=slug, defaults={"name": name, "sort_order": order}
        )[0]
        for order, (name, slug) in enumerate(content.NEWS_CATEGORIES)
    }
    categorise_news(categories)

    issuers = {
        name: IssuingBody.objects.get_or_create(
            name=name, defaults={"short_name": short, "sort_order": order}
        )[0]
        for order, (name, short) in enumerate(content.ISSUERS)
    }
    library = child_by_slug(home, "van-ban")
    documents = {}
    # Successors first (a chain 91/2017 → 98/2023 → 152/2025 too), so a replaced document
    # can point at what replaced it when created.
    for spec in sorted(content.DOCUMENTS, key=replacement_depth):
        slug = slugify_vi(spec["number"].replace("/", "-"))[:80] or "van-ban"
        page = ensure_child(
            library,
            LegalDocumentPage,
            slug,
            title=spec["title"],
            number=spec["number"],
            doc_type=spec["doc_type"],
            issuer=issuers[spec["issuer"]],
            signer=spec["signer"],
            issued_on=iso(spec["issued_on"]),
            effective_on=iso(spec.get("effective_on")),
            status=spec["status"],
            replaced_by=documents.get(spec.get("replaced_by")),
            field=spec["field"],
            abstract=spec["abstract"],
        )
        if not page.live:
            page.files.add(
                LegalDocumentFile(document=docx_document(spec), label=f"Toàn văn {spec['number']}")
            )
            publish(page)
        else:
            sync_validity(page, spec, documents.get(spec.get("replaced_by")))
        documents[spec["number"]] = page

    forms = {}
    for order, spec in enumerate(content.AWARD_FORMS):
        form, _ = AwardForm.objects.get_or_create(
            name=spec["name"],
            rank=spec["rank"],
            defaults={
                "group": spec["group"],
                "recipients": spec["recipients"],
                "sort_order": order,
            },
        )
        forms[str(form)] = form

    for order, spec in enumerate(content.TARGETS):
        AwardTarget.objects.get_or_create(
            plan=spec["plan"],
            tier=spec["tier"],
            group=spec["group"],
            defaults={
                "period_start": int(str(spec["period_start"])[:4]),
                "period_end": int(str(spec["period_end"])[:4]),
                "comparison": spec["comparison"],
                "threshold": spec["threshold"],
                "note": spec["note"],
                "sort_order": order,
            },
        )

    if not ResistanceAward.objects.exists():
        import_resistance_awards()

    decisions_index = child_by_slug(home, "khen-thuong")
    for spec in content.DECISIONS:
        slug = slugify_vi(f"{spec['number'].replace('/', '-')}-{spec['signed_on'][:4]}")[:80]
        page = ensure_child(
            decisions_index,
            AwardDecisionPage,
            slug,
            title=spec["title"],
            number=spec["number"],
            signed_on=iso(spec["signed_on"]),
            level_id=spec["level"],
            award_form=forms[spec["award_form"]],
            reason=spec["reason"],
        )
        if not page.live:
            page.awardees.set(
                [
                    Awardee(
                        sort_order=order,
                        kind=row["kind"],
                        full_name=row["full_name"],
                        position=row["position"],
                        unit=row["unit"],
                        locality=row["locality"],
                        award_form=forms[row["award_form"]] if row["award_form"] else None,
                        small_collective=row["small_collective"],
                        grassroots_unit=row["grassroots"],
                        direct_worker=row["direct_worker"],
                        worker=row["worker"],
                        farmer=row["farmer"],
                        revoked_on=iso(row["revoked_on"]) if row.get("revoked_on") else None,
                        revocation_reference=row.get("revocation_reference", ""),
                    )
                    for order, row in enumerate(spec["awardees"])
                ]
            )
            publish(page)


def import_resistance_awards():
    """The office's register of resistance-war awards, through the importer it uses."""
    rows = read_rows(
        ContentFile(content.RESISTANCE_AWARDS_CSV, name="so-khen-thuong-khang-chien.csv"),
        headings=resistance_import.HEADINGS.values(),
    )
    records, errors = resistance_import.validate(rows)
    if errors:
        raise ValueError(f"Demo resistance-war records refused: {errors}")
    resistance_import.save(records, "so-khen-thuong-khang-chien.csv")


def replacement_depth(spec):
    """How many successors a document has in the demo library (0 for a text in force)."""
    by_number = {item["number"]: item for item in content.DOCUMENTS}
    depth, seen = 0, {spec["number"]}
    while spec.get("replaced_by") and spec["replaced_by"] not in seen:
        seen.add(spec["replaced_by"])
        spec = by_number.get(spec["replaced_by"], {})
        depth += 1
    return depth


def sync_validity(page, spec, replaced_by):
    """A library built before a text was replaced learns it: validity and successor only."""
    if page.status == spec["status"] and page.replaced_by_id == (replaced_by and replaced_by.pk):
        return
    page.status = spec["status"]
    page.replaced_by = replaced_by
    page.abstract = spec["abstract"]
    page.save_revision().publish()


def categorise_news(categories):
    """Category, tags and lead picture of the demo news, each set once (a news kept from an
    older demo gets what it lacks), in one new revision."""
    for spec in home_content.NEWS:
        page = NewsPage.objects.filter(slug=spec["slug"]).first()
        if page is None:
            continue
        changed = False
        if not page.category_id:
            page.category = categories.get(spec["category"])
            page.tags.set(content.NEWS_TAGS.get(spec["slug"], []))
            changed = True
        picture = content.NEWS_IMAGES.get(spec["slug"])
        if picture and not page.main_image_id:
            page.main_image = news_image(spec, picture)
            page.main_image_alt = picture["alt"]
            page.main_image_caption = picture["caption"]
            changed = True
        if changed:
            page.save_revision().publish()


def news_image(spec, picture):
    """The news' drawn illustration in the image library."""
    data = (content.NEWS_IMAGE_FOLDER / f"{spec['slug']}.jpg").read_bytes()
    image = get_image_model()(
        title=picture["caption"][:255],
        file=ImageFile(io.BytesIO(data), name=f"{spec['slug']}.jpg"),
    )
    image.save()
    return image


def docx_document(spec):
    """The document's full text as a DOCX in the document library."""
    data = simple_docx(spec["title"], spec["body"].split("\n"))
    filename = slugify_vi(spec["number"].replace("/", "-")) + ".docx"
    document = Document(title=f"{spec['number']} – {spec['title'][:150]}")
    document.file.save(filename, ContentFile(data), save=False)
    document.save()
    return document
