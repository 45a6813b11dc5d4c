"""A storage that sends each file, by the folder its name starts with, to another storage.

Why: Wagtail keeps images, renditions and documents in the one "default" storage. With S3
that storage is a public-read bucket location with plain URLs, but a document may sit in a
private collection (login or password), which Wagtail checks only in its serve view
(/tai-lieu/<id>/<name>). A public object would be readable by anyone who knows its address,
check or no check. So, under S3, "default" is this router (portal/settings/production.py):
names under "documents/" (Wagtail's upload_to) go to the "private" storage (private objects,
signed URLs that expire), everything else to the "public" one. The serve view checks, then
redirects to a signed URL (WAGTAILDOCS_SERVE_METHOD = "redirect").

The router names the storages by alias (STORAGES) instead of holding their options, because
Wagtail deconstructs a file's storage into the arguments of a background task when the file
is deleted (wagtail.tasks.delete_file_from_storage_task): those arguments are stored in the
task table, and must be plain JSON holding no keys.
"""

import posixpath

from django.core.exceptions import ImproperlyConfigured
from django.core.files.storage import Storage, storages
from django.utils.deconstruct import deconstructible


@deconstructible(path="core.storages.PrefixRoutingStorage")
class PrefixRoutingStorage(Storage):
    """routes: {"documents": "private"} sends "documents/…" to the storage with that alias;
    every other name goes to the storage aliased `default`."""

    def __init__(self, routes=None, default="public"):
        self.routes = {prefix.strip("/"): alias for prefix, alias in (routes or {}).items()}
        if "" in self.routes:
            raise ImproperlyConfigured("PrefixRoutingStorage: a route needs a folder name.")
        self.default = default

    @staticmethod
    def _key(name):
        # The name as the storage behind will store it, so that "x/../documents/a.pdf" or
        # "documents\\a.pdf" cannot land a document in the public storage.
        key = posixpath.normpath(str(name or "").replace("\\", "/")).lstrip("/")
        return "" if key == "." else key

    def storage_for(self, name):
        key = self._key(name)
        alias = next(
            (
                alias
                for prefix, alias in self.routes.items()
                if key == prefix or key.startswith(prefix + "/")
            ),
            self.default,
        )
        storage = storages[alias]
        if isinstance(storage, PrefixRoutingStorage):
            raise ImproperlyConfigured(f"PrefixRoutingStorage: {alias!r} is a router too.")
        return storage

    # The Storage API, each call answered by the storage the name belongs to. Names are passed
    # on unchanged: each storage adds its own location (bucket prefix).

    def _open(self, name, mode="rb"):
        return self.storage_for(name).open(name, mode)

    def _save(self, name, content):
        return self.storage_for(name)._save(name, content)

    def generate_filename(self, filename):
        return self.storage_for(filename).generate_filename(filename)

    def get_valid_name(self, name):
        return self.storage_for(name).get_valid_name(name)

    def get_alternative_name(self, file_root, file_ext):
        return self.storage_for(file_root).get_alternative_name(file_root, file_ext)

    def get_available_name(self, name, max_length=None):
        return self.storage_for(name).get_available_name(name, max_length=max_length)

    def is_name_available(self, name, max_length=None):
        return self.storage_for(name).is_name_available(name, max_length=max_length)

    def path(self, name):
        return self.storage_for(name).path(name)

    def delete(self, name):
        return self.storage_for(name).delete(name)

    def exists(self, name):
        return self.storage_for(name).exists(name)

    def listdir(self, path):
        directories, files = self.storage_for(path).listdir(path)
        if self._key(path) == "":
            # The routed folders live in other storages; show them at the root all the same.
            for prefix in self.routes:
                folder = prefix.split("/")[0]
                if folder not in directories:
                    directories.append(folder)
        return directories, files

    def size(self, name):
        return self.storage_for(name).size(name)

    def url(self, name, *args, **kwargs):
        return self.storage_for(name).url(name, *args, **kwargs)

    def get_accessed_time(self, name):
        return self.storage_for(name).get_accessed_time(name)

    def get_created_time(self, name):
        return self.storage_for(name).get_created_time(name)

    def get_modified_time(self, name):
        return self.storage_for(name).get_modified_time(name)
