"""Uploads as they arrive: each file's size is counted chunk by chunk, and a file past
MAX_UPLOAD_BYTES is kept neither in memory nor on disk: it becomes an empty TooLargeUpload
that read_upload refuses with the file's name. Every upload path (pages and API) reads
its files through read_upload."""

from __future__ import annotations

from pathlib import PurePath

from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.files.uploadhandler import FileUploadHandler

from .documents import DocumentError


class TooLargeUpload(SimpleUploadedFile):
    """What is left of a file that went past the limit: its name and how much of it came."""

    def __init__(self, name: str, content_type: str, received: int):
        super().__init__(name, b"", content_type)
        self.size = received  # so a form sees a file, not an empty one, and read_upload refuses it


class SizeLimitUploadHandler(FileUploadHandler):
    """First of FILE_UPLOAD_HANDLERS: passes a file's chunks on to the next handlers until the
    file is over the limit, then swallows the rest."""

    def new_file(self, *args, **kwargs):
        super().new_file(*args, **kwargs)
        self.received = 0

    def receive_data_chunk(self, raw_data, start):
        self.received += len(raw_data)
        return raw_data if self.received <= settings.MAX_UPLOAD_BYTES else None

    def file_complete(self, file_size):
        if self.received <= settings.MAX_UPLOAD_BYTES:
            return None  # the next handler has the whole file
        return TooLargeUpload(self.file_name, self.content_type, self.received)


def too_large(name: str) -> DocumentError:
    limit_mb = settings.MAX_UPLOAD_BYTES / (1024 * 1024)
    return DocumentError(PurePath(name or "unnamed").name, f"the file is larger than the {limit_mb:g} MB limit.")


def read_upload(upload) -> bytes:
    """The bytes of an uploaded file within MAX_UPLOAD_BYTES, or DocumentError naming it."""
    if isinstance(upload, TooLargeUpload) or (upload.size or 0) > settings.MAX_UPLOAD_BYTES:
        raise too_large(upload.name)
    data = upload.read(settings.MAX_UPLOAD_BYTES + 1)
    if len(data) > settings.MAX_UPLOAD_BYTES:
        raise too_large(upload.name)
    return data
