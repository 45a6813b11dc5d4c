"""Production storages: the file system by default, S3-compatible buckets when S3_BUCKET is set.

The settings are imported in a fresh interpreter with a given environment; building the
storages makes no network call. With a bucket, a document and an image are also saved through
the "default" storage: every request S3 would receive is recorded and answered in the process
(botocore's before-send event), so what is written where, with which ACL, is checked without
a network or an S3 double."""

import json
import os
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

from django.core.files.base import ContentFile
from django.core.files.storage import storages

ROOT = Path(__file__).resolve().parent.parent

PROBE = """
import json, sys
sys.path.insert(0, "site")
import django
django.setup()
from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import storages
from tests.test_storage_settings import keep_s3_requests_local

default, private = storages["default"], storages["private"]


def local_path(name):
    try:
        return default.path(name)
    except NotImplementedError:  # remote storage: Wagtail then redirects to the file's URL
        return None


found = {
    "STORAGES": {alias: value["BACKEND"] for alias, value in settings.STORAGES.items()},
    "OPTIONS": {
        alias: value.get("OPTIONS", {})
        for alias, value in settings.STORAGES.items()
        if alias != "staticfiles"
    },
    "WAGTAILDOCS_SERVE_METHOD": getattr(settings, "WAGTAILDOCS_SERVE_METHOD", None),
    "default_class": type(default).__name__,
    "private_class": type(private).__name__,
    "default_url": default.url("original_images/anh.jpg"),
    "document_url": default.url("documents/quy-che.pdf"),
    "document_path": local_path("documents/quy-che.pdf"),
    "private_url": private.url("hoi-dap/2025/01/tep.pdf"),
    "default_deconstructed": default.deconstruct(),
}
if getattr(settings, "S3_BUCKET", ""):
    sent = []
    for alias in settings.STORAGES:
        keep_s3_requests_local(storages[alias], sent)
    found["saved"] = {
        name: default.save(name, ContentFile(content))
        for name, content in (
            ("documents/quy-che.pdf", b"%PDF-1.4 quy che"),
            ("original_images/anh.jpg", b"anh"),
        )
    }
    found["sent"] = sent
print(json.dumps(found, default=str))
"""


def keep_s3_requests_local(storage, sent):
    """Record every request an S3 storage would send in `sent` and answer it in the process
    (botocore's before-send event), so that none leaves the machine: HEAD (is the name
    taken?) answers 404, anything else 200. Other storages are left alone."""
    from botocore.awsrequest import AWSResponse
    from storages.backends.s3 import S3Storage

    if not isinstance(storage, S3Storage):
        return

    class Body:
        def stream(self, **kwargs):
            yield b""

    def answer(request, **kwargs):
        headers = {
            key.lower(): value.decode() if isinstance(value, bytes) else value
            for key, value in request.headers.items()
        }
        url = request.url.split("?")[0]
        sent.append({"method": request.method, "url": url, "headers": headers})
        return AWSResponse(request.url, 404 if request.method == "HEAD" else 200, {}, Body())

    storage.connection.meta.client.meta.events.register("before-send.s3", answer)


S3_NAMES = (
    "S3_BUCKET",
    "S3_PRIVATE_BUCKET",
    "S3_PRIVATE_LOCATION",
    "S3_MEDIA_LOCATION",
    "S3_MEDIA_ACL",
    "S3_ENDPOINT_URL",
    "S3_REGION",
    "S3_CUSTOM_DOMAIN",
    "S3_ACCESS_KEY_ID",
    "S3_SECRET_ACCESS_KEY",
    "S3_ADDRESSING_STYLE",
    "S3_PRIVATE_URL_EXPIRE",
    "S3_MEDIA_CACHE_CONTROL",
    "S3_SIGNATURE_VERSION",
)

# One bucket on an S3-compatible service (MinIO-like, path-style addresses).
ONE_BUCKET = {
    "S3_BUCKET": "tdkt-media",
    "S3_ENDPOINT_URL": "https://s3.example-cloud.vn",
    "S3_REGION": "hn-1",
    "S3_ACCESS_KEY_ID": "AKIAEXAMPLE",
    "S3_SECRET_ACCESS_KEY": "secret-example",
    "S3_ADDRESSING_STYLE": "path",
}


def production_storages(**env):
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in S3_NAMES and not key.startswith("AWS_") and key != "DJANGO_ALLOW_ASYNC_UNSAFE"
    }
    environment.update(
        DJANGO_SETTINGS_MODULE="portal.settings.production",
        SECRET_KEY="s" * 20 + "0123456789abcdefghijklmnopqrstuvwxyzQWERTYUIOP",
        ALLOWED_HOSTS="thiduakhenthuong.langson.gov.vn",
        # No credentials on disk or in the metadata service are looked for.
        AWS_CONFIG_FILE=os.devnull,
        AWS_SHARED_CREDENTIALS_FILE=os.devnull,
        AWS_EC2_METADATA_DISABLED="true",
        **env,
    )
    result = subprocess.run(
        [sys.executable, "-c", PROBE],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def writes(found):
    """The uploads S3 would receive: {URL: request headers}."""
    return {
        request["url"]: request["headers"]
        for request in found["sent"]
        if request["method"] == "PUT"
    }


def test_without_a_bucket_media_and_private_files_stay_on_the_file_system(tmp_path):
    found = production_storages(PRIVATE_MEDIA_ROOT=str(tmp_path / "private"))
    assert found["STORAGES"]["default"] == "django.core.files.storage.FileSystemStorage"
    assert found["STORAGES"]["private"] == "django.core.files.storage.FileSystemStorage"
    assert "public" not in found["STORAGES"]
    assert found["OPTIONS"]["private"]["location"] == str(tmp_path / "private")
    assert found["OPTIONS"]["private"]["base_url"] is None
    assert found["default_class"] == found["private_class"] == "FileSystemStorage"
    assert found["STORAGES"]["staticfiles"] == (
        "whitenoise.storage.CompressedManifestStaticFilesStorage"
    )
    # As before: documents have a path on disk and no serve method is set, so Wagtail sends
    # them itself from /tai-lieu/ ("serve_view"); nginx refuses /media/documents/.
    assert found["WAGTAILDOCS_SERVE_METHOD"] is None
    assert found["document_path"].endswith("/documents/quy-che.pdf")


def test_one_bucket_public_media_and_private_files_under_their_own_prefix():
    found = production_storages(**ONE_BUCKET)
    assert found["STORAGES"]["default"] == "core.storages.PrefixRoutingStorage"
    assert found["STORAGES"]["public"] == "storages.backends.s3.S3Storage"
    assert found["STORAGES"]["private"] == "storages.backends.s3.S3Storage"
    assert found["STORAGES"]["staticfiles"] == (
        "whitenoise.storage.CompressedManifestStaticFilesStorage"
    )
    assert found["default_class"] == "PrefixRoutingStorage"
    assert found["private_class"] == "S3Storage"
    assert found["OPTIONS"]["default"] == {"routes": {"documents": "private"}, "default": "public"}

    public = found["OPTIONS"]["public"]
    assert public["bucket_name"] == "tdkt-media"
    assert public["location"] == "media"
    assert public["default_acl"] == "public-read"
    assert public["querystring_auth"] is False
    assert public["file_overwrite"] is False
    assert public["endpoint_url"] == "https://s3.example-cloud.vn"
    assert public["region_name"] == "hn-1"
    assert public["addressing_style"] == "path"
    assert public["access_key"] == "AKIAEXAMPLE"
    assert public["secret_key"] == "secret-example"
    assert public["custom_domain"] is None

    private = found["OPTIONS"]["private"]
    assert private["bucket_name"] == "tdkt-media"
    assert private["location"] == "private"
    assert private["default_acl"] == "private"
    assert private["querystring_auth"] is True
    assert private["querystring_expire"] == 300
    assert private["file_overwrite"] is False
    assert private["custom_domain"] is None

    # Public media: a plain address; private files: a signed one that expires.
    assert found["default_url"] == (
        "https://s3.example-cloud.vn/tdkt-media/media/original_images/anh.jpg"
    )
    assert found["private_url"].startswith(
        "https://s3.example-cloud.vn/tdkt-media/private/hoi-dap/2025/01/tep.pdf?"
    )
    assert "X-Amz-Signature=" in found["private_url"]
    assert "X-Amz-Expires=300" in found["private_url"]


def test_documents_are_private_objects_behind_signed_urls_images_stay_public():
    """A document may be in a private collection, which only Wagtail's serve view checks: its
    file must not be readable at a plain address. /tai-lieu/ redirects to a signed URL."""
    found = production_storages(**ONE_BUCKET)
    assert found["WAGTAILDOCS_SERVE_METHOD"] == "redirect"
    assert found["document_path"] is None

    # Read: the document at a signed URL that expires, in the private location; the image at
    # its plain public one.
    document_url = found["document_url"]
    assert document_url.startswith(
        "https://s3.example-cloud.vn/tdkt-media/private/documents/quy-che.pdf?"
    )
    assert "X-Amz-Signature=" in document_url
    assert "X-Amz-Expires=300" in document_url
    assert found["default_url"] == (
        "https://s3.example-cloud.vn/tdkt-media/media/original_images/anh.jpg"
    )

    # Write: what the storage sends S3 when Wagtail saves each file.
    assert found["saved"] == {
        "documents/quy-che.pdf": "documents/quy-che.pdf",
        "original_images/anh.jpg": "original_images/anh.jpg",
    }
    sent = writes(found)
    assert set(sent) == {
        "https://s3.example-cloud.vn/tdkt-media/private/documents/quy-che.pdf",
        "https://s3.example-cloud.vn/tdkt-media/media/original_images/anh.jpg",
    }
    document = sent["https://s3.example-cloud.vn/tdkt-media/private/documents/quy-che.pdf"]
    assert document["x-amz-acl"] == "private"
    assert document["cache-control"] == "private, no-store"
    assert document["content-type"] == "application/pdf"
    image = sent["https://s3.example-cloud.vn/tdkt-media/media/original_images/anh.jpg"]
    assert image["x-amz-acl"] == "public-read"
    assert image["cache-control"] == "public, max-age=86400"
    # Before each upload only the name's own storage is asked whether the name is taken.
    assert [(request["method"], request["url"]) for request in found["sent"]] == [
        ("HEAD", "https://s3.example-cloud.vn/tdkt-media/private/documents/quy-che.pdf"),
        ("PUT", "https://s3.example-cloud.vn/tdkt-media/private/documents/quy-che.pdf"),
        ("HEAD", "https://s3.example-cloud.vn/tdkt-media/media/original_images/anh.jpg"),
        ("PUT", "https://s3.example-cloud.vn/tdkt-media/media/original_images/anh.jpg"),
    ]

    # Wagtail queues a deleted file's storage, deconstructed, in the task table: aliases
    # only, never the keys.
    assert found["default_deconstructed"] == [
        "core.storages.PrefixRoutingStorage",
        [],
        {"routes": {"documents": "private"}, "default": "public"},
    ]


def test_separate_private_bucket_custom_domain_and_bucket_policy_instead_of_acls():
    found = production_storages(
        S3_BUCKET="tdkt-media",
        S3_PRIVATE_BUCKET="tdkt-private",
        S3_CUSTOM_DOMAIN="media.thiduakhenthuong.langson.gov.vn",
        S3_MEDIA_ACL="",
        S3_PRIVATE_URL_EXPIRE="120",
        S3_REGION="ap-southeast-1",
        AWS_ACCESS_KEY_ID="AKIAEXAMPLE",
        AWS_SECRET_ACCESS_KEY="secret-example",
    )
    public = found["OPTIONS"]["public"]
    assert public["bucket_name"] == "tdkt-media"
    assert public["custom_domain"] == "media.thiduakhenthuong.langson.gov.vn"
    assert public["default_acl"] is None
    assert "access_key" not in public  # the standard AWS_* variables are used instead

    private = found["OPTIONS"]["private"]
    assert private["bucket_name"] == "tdkt-private"
    assert private["location"] == ""
    assert private["querystring_expire"] == 120
    assert private["custom_domain"] is None

    assert found["default_url"] == (
        "https://media.thiduakhenthuong.langson.gov.vn/media/original_images/anh.jpg"
    )
    assert "X-Amz-Signature=" in found["private_url"]
    assert "tdkt-private" in found["private_url"]

    # Documents: in the private bucket, at its root, never on the public custom domain.
    document_url = urlsplit(found["document_url"])
    assert document_url.netloc.startswith("tdkt-private.s3.")
    assert document_url.path == "/documents/quy-che.pdf"
    assert "X-Amz-Signature=" in document_url.query
    assert "X-Amz-Expires=120" in document_url.query
    sent = writes(found)
    document_put = "https://tdkt-private.s3.ap-southeast-1.amazonaws.com/documents/quy-che.pdf"
    assert sent[document_put]["x-amz-acl"] == "private"
    image_put = "https://tdkt-media.s3.ap-southeast-1.amazonaws.com/media/original_images/anh.jpg"
    assert "x-amz-acl" not in sent[image_put]  # the bucket policy makes media/ public


def test_the_router_keeps_each_file_in_the_storage_its_folder_names(settings, tmp_path):
    """core.storages.PrefixRoutingStorage on two folders: every Storage call lands where the
    name belongs, also for the names Django picks when one is taken."""
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "core.storages.PrefixRoutingStorage",
            "OPTIONS": {"routes": {"documents": "private"}, "default": "public"},
        },
        "public": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": tmp_path / "public"},
        },
        "private": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": tmp_path / "private"},
        },
    }
    router = storages["default"]
    first = router.save("documents/quy-che.pdf", ContentFile(b"one"))
    second = router.save("documents/quy-che.pdf", ContentFile(b"two"))
    image = router.save("original_images/anh.jpg", ContentFile(b"image"))
    assert first == "documents/quy-che.pdf"
    assert second.startswith("documents/quy-che_") and second.endswith(".pdf")
    assert (tmp_path / "private" / first).read_bytes() == b"one"
    assert (tmp_path / "private" / second).read_bytes() == b"two"
    assert (tmp_path / "public" / image).read_bytes() == b"image"
    assert not (tmp_path / "public" / "documents").exists()

    assert router.exists(first) and not router.exists("documents/khac.pdf")
    assert router.size(second) == 3
    with router.open(first) as opened:
        assert opened.read() == b"one"
    assert router.path(first) == str(tmp_path / "private" / first)
    assert router.get_modified_time(first) is not None
    assert router.listdir("") == (["original_images", "documents"], [])
    assert sorted(router.listdir("documents")[1]) == sorted(
        name.split("/")[1] for name in (first, second)
    )
    router.delete(first)
    assert not (tmp_path / "private" / first).exists()

    # The route is judged on the name as the storage would store it.
    assert router.storage_for("original_images/../documents/a.pdf") is storages["private"]
    assert router.storage_for("/documents/a.pdf") is storages["private"]
    assert router.storage_for("documents") is storages["private"]
    assert router.storage_for("documents-cu/a.pdf") is storages["public"]
    assert router.storage_for("images/anh.width-800.jpg") is storages["public"]
