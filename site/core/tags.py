"""Tag addresses (/tin-tuc/?the=…) folded like page addresses: taggit keeps Vietnamese letters
in a tag's slug ("đổi-mới"), which reads badly in an address and differs from every other
address of the site. Connected to taggit's Tag in core.apps."""

from core.text import slugify_vi


def fold_new_tag_slug(sender, instance, **_kwargs):
    """Before a new tag is first written: its slug from the folded name, made unique."""
    if not instance._state.adding or (instance.slug or "").isascii():
        return
    base = slugify_vi(instance.name, max_length=90) or "the"
    candidate, number = base, 1
    while sender._default_manager.filter(slug=candidate).exists():
        candidate = f"{base}_{number}"
        number += 1
    instance.slug = candidate
