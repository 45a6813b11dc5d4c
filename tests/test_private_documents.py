"""Wagtail documents under the production S3 settings: the file is a private object, and
/tai-lieu/<id>/<name> hands out its signed, expiring address only after checking the
document's collection, in an answer no shared cache keeps.

The storages are the ones portal.settings.production builds for a bucket (read from a fresh
interpreter, see test_storage_settings); every request S3 would receive is answered in the
process, so nothing leaves the machine."""

from urllib.parse import urlsplit

import pytest
from django.core.cache import cache
from django.core.files.base import ContentFile
from django.core.files.storage import storages
from django.urls import reverse
from wagtail.documents.models import Document
from wagtail.models import Collection, CollectionViewRestriction

from tests.consultations.factories import MINIMAL_PDF
from tests.test_storage_settings import ONE_BUCKET, keep_s3_requests_local, production_storages

pytestmark = pytest.mark.django_db

BUCKET = "https://s3.example-cloud.vn/tdkt-media"


@pytest.fixture(scope="module")
def production():
    return production_storages(**ONE_BUCKET)


@pytest.fixture
def s3(settings, production):
    """This test's settings with the production storages and serve method; the requests S3
    would receive."""
    built = {
        alias: {"BACKEND": backend, "OPTIONS": production["OPTIONS"][alias]}
        for alias, backend in production["STORAGES"].items()
        if alias != "staticfiles"
    }
    settings.STORAGES = {**settings.STORAGES, **built}
    settings.WAGTAILDOCS_SERVE_METHOD = production["WAGTAILDOCS_SERVE_METHOD"]
    settings.PAGE_CACHE_SECONDS = 300
    cache.clear()
    sent = []
    for alias in built:
        keep_s3_requests_local(storages[alias], sent)
    yield sent
    cache.clear()


def upload(collection=None):
    document = Document(
        title="Quy chế thi đua", collection=collection or Collection.get_first_root_node()
    )
    document.file.save("quy-che.pdf", ContentFile(MINIMAL_PDF), save=False)
    document.save()
    return document


def signed(location, expire=300):
    address = urlsplit(location)
    return (
        f"{address.scheme}://{address.netloc}{address.path}",
        "X-Amz-Signature=" in address.query and f"X-Amz-Expires={expire}" in address.query,
    )


def assert_not_shared(response):
    control = {part.strip() for part in response["Cache-Control"].split(",")}
    assert "private" in control
    assert "public" not in control and not any(part.startswith("s-maxage") for part in control)


def test_an_uploaded_document_is_a_private_object(s3, django_capture_on_commit_callbacks):
    document = upload()
    assert document.file.name == "documents/quy-che.pdf"
    puts = [request for request in s3 if request["method"] == "PUT"]
    assert [request["url"] for request in puts] == [f"{BUCKET}/private/documents/quy-che.pdf"]
    assert puts[0]["headers"]["x-amz-acl"] == "private"

    # Deleting the document deletes the object, through the storage Wagtail rebuilds in its
    # background task from the deconstructed one.
    with django_capture_on_commit_callbacks(execute=True):
        document.delete()
    deletes = [request["url"] for request in s3 if request["method"] == "DELETE"]
    assert deletes == [f"{BUCKET}/private/documents/quy-che.pdf"]


def test_a_public_document_redirects_to_a_signed_address_no_shared_cache_keeps(client, s3):
    document = upload()
    path = f"/tai-lieu/{document.pk}/quy-che.pdf"
    assert document.url == path  # pages link to the serve view, never to the bucket

    first = client.get(path)
    assert first.status_code == 302
    assert signed(first["Location"]) == (f"{BUCKET}/private/documents/quy-che.pdf", True)
    assert_not_shared(first)
    assert first["X-Cache"] == "BYPASS"
    # Asked again: answered by the view again (a new signature), not from the page cache.
    second = client.get(path)
    assert second.status_code == 302
    assert second["X-Cache"] == "BYPASS"


def test_a_restricted_document_gives_its_address_only_after_the_check(client, s3, users):
    members = Collection.get_first_root_node().add_child(name="Tài liệu nội bộ")
    CollectionViewRestriction.objects.create(
        collection=members, restriction_type=CollectionViewRestriction.LOGIN
    )
    document = upload(members)
    path = f"/tai-lieu/{document.pk}/quy-che.pdf"

    refused = client.get(path)
    assert refused.status_code == 302
    # The site's own sign-in page (not Wagtail's bare one), then back to the document.
    assert refused["Location"] == f"/tai-khoan/dang-nhap/?next={path}"
    assert "example-cloud" not in refused["Location"]
    assert_not_shared(refused)

    client.force_login(next(iter(users.values())))
    allowed = client.get(path)
    assert allowed.status_code == 302
    assert signed(allowed["Location"]) == (f"{BUCKET}/private/documents/quy-che.pdf", True)
    assert_not_shared(allowed)


def test_a_password_protected_document_gives_its_address_only_after_the_password(client, s3):
    members = Collection.get_first_root_node().add_child(name="Hồ sơ hội đồng")
    restriction = CollectionViewRestriction.objects.create(
        collection=members,
        restriction_type=CollectionViewRestriction.PASSWORD,
        password="mat-khau-hoi-dong",
    )
    document = upload(members)
    path = f"/tai-lieu/{document.pk}/quy-che.pdf"

    form = client.get(path)
    assert form.status_code == 200
    assert b"example-cloud" not in form.content
    assert_not_shared(form)

    action = reverse("wagtaildocs_authenticate_with_password", args=[restriction.pk])
    client.post(action, {"password": "mat-khau-hoi-dong", "return_url": path})
    allowed = client.get(path)
    assert allowed.status_code == 302
    assert signed(allowed["Location"]) == (f"{BUCKET}/private/documents/quy-che.pdf", True)
    assert_not_shared(allowed)
