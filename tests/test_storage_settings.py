"""Production storages: the file system by default, S3-compatible buckets when S3_BUCKET is set.

The settings are imported in a fresh interpreter with a given environment; building the
storages makes no network call."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

PROBE = """
import json, sys
sys.path.insert(0, "site")
import django
django.setup()
from django.conf import settings
from django.core.files.storage import storages
default, private = storages["default"], storages["private"]
print(json.dumps({
    "STORAGES": {alias: value["BACKEND"] for alias, value in settings.STORAGES.items()},
    "OPTIONS": {
        alias: settings.STORAGES[alias].get("OPTIONS", {}) for alias in ("default", "private")
    },
    "default_class": type(default).__name__,
    "private_class": type(private).__name__,
    "default_url": default.url("original_images/anh.jpg"),
    "private_url": private.url("hoi-dap/2025/01/tep.pdf"),
}, default=str))
"""

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
)


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


def test_without_a_bucket_media_and_private_files_stay_on_the_file_system(tmp_path):
    found = production_storages(PRIVATE_MEDIA_ROOT=str(tmp_path / "private"))
    assert found["STORAGES"]["default"] == "django.core.files.storage.FileSystemStorage"
    assert found["STORAGES"]["private"] == "django.core.files.storage.FileSystemStorage"
    assert found["OPTIONS"]["private"]["location"] == str(tmp_path / "private")
    assert found["OPTIONS"]["private"]["base_url"] is None
    assert found["default_class"] == found["private_class"] == "FileSystemStorage"
    assert found["STORAGES"]["staticfiles"] == (
        "whitenoise.storage.CompressedManifestStaticFilesStorage"
    )


def test_one_bucket_public_media_and_private_files_under_their_own_prefix():
    found = production_storages(
        S3_BUCKET="tdkt-media",
        S3_ENDPOINT_URL="https://s3.example-cloud.vn",
        S3_REGION="hn-1",
        S3_ACCESS_KEY_ID="AKIAEXAMPLE",
        S3_SECRET_ACCESS_KEY="secret-example",
        S3_ADDRESSING_STYLE="path",
    )
    assert found["STORAGES"]["default"] == "storages.backends.s3.S3Storage"
    assert found["STORAGES"]["private"] == "storages.backends.s3.S3Storage"
    assert found["STORAGES"]["staticfiles"] == (
        "whitenoise.storage.CompressedManifestStaticFilesStorage"
    )
    assert found["default_class"] == found["private_class"] == "S3Storage"

    public = found["OPTIONS"]["default"]
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
    public = found["OPTIONS"]["default"]
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
