"""OCR of scanned pages and photos: Tesseract (Debian's tesseract-ocr) through pytesseract.

Each page runs in its own single-threaded Tesseract process, OCR_THREADS pages at a time, and
at most that many decoded pages are held in memory. A page keeps a JPEG of its image for the
grading form, its text, and each word's confidence.
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable, Iterable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait

from django.conf import settings
from PIL import Image, ImageOps, UnidentifiedImageError

from .documents import Limits, ScannedPage

# One OpenMP thread per Tesseract process: pages run in parallel instead, which scales better.
os.environ.setdefault("OMP_THREAD_LIMIT", "1")

PAGE_IMAGE_LONG_SIDE = 2000
IMAGE_FORMATS = {"PNG", "JPEG"}


def check_pixels(width: int, height: int, limits: Limits):
    """Refuse a pixel bomb from its declared size, before a byte of it is decoded."""
    if width <= 0 or height <= 0:
        limits.fail("the image has no pixels.")
    if width * height > limits.max_image_pixels:
        limits.fail(
            f"the image is {width:,}×{height:,} pixels, over the limit of "
            f"{limits.max_image_pixels / 1e6:g} megapixels; scan at 300 dpi or make the photo smaller."
        )


def open_image(data: bytes, limits: Limits) -> Image.Image:
    """A PNG or JPEG upload, checked by content and size, then decoded."""
    try:
        image = Image.open(io.BytesIO(data))  # reads the header only
    except Image.DecompressionBombError:  # Pillow's own guard, for sizes far past ours
        limits.fail(f"the image has more pixels than the limit of {limits.max_image_pixels / 1e6:g} megapixels.")
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError):
        limits.fail("the file is not a readable PNG or JPEG image (it may be corrupt or misnamed).")
    if image.format not in IMAGE_FORMATS:
        limits.fail(f"the file is a {image.format} image; upload a PNG or JPEG.")
    check_pixels(image.width, image.height, limits)
    try:
        image.load()
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError, MemoryError) as error:
        limits.fail(f"the image is corrupt and cannot be read ({type(error).__name__}).")
    return ImageOps.exif_transpose(image)


def read_pages(images: Iterable[tuple[int, Callable[[], list[Image.Image]]]], limits: Limits) -> list[ScannedPage]:
    """OCR pages given as (number, a function that decodes the page's images), in parallel,
    decoding a page only when a thread is free for it."""
    pages: list[ScannedPage] = []
    threads = max(1, settings.OCR_THREADS)
    with ThreadPoolExecutor(threads) as pool:
        pending: set[Future] = set()
        try:
            for count, (number, decode) in enumerate(images, start=1):
                if count > limits.max_ocr_pages:
                    limits.fail(f"the file has more than {limits.max_ocr_pages} scanned pages to read; split it.")
                while len(pending) >= threads:
                    done, pending = wait(pending, return_when=FIRST_COMPLETED)
                    pages.extend(future.result() for future in done)
                pending.add(pool.submit(read_page, number, decode(), limits))
            pages.extend(future.result() for future in pending)
        finally:
            for future in pending:
                future.cancel()
    return sorted(pages, key=lambda page: page.number)


def read_page(number: int, images: list[Image.Image], limits: Limits) -> ScannedPage:
    """One page from its images (a scan usually has one): OCR each, keep the largest as the picture."""
    largest = max(images, key=lambda image: image.width * image.height)
    picture = _jpeg(largest)
    words, lines = [], []
    for image in images:
        image_lines = _ocr(image, limits)
        lines.extend(image_lines)
        words.extend(word for line in image_lines for word in line)
    text = "\n".join(" ".join(word for word, _ in line) if line else "" for line in lines)
    weights = sum(len(word) for word, _ in words)
    confidence = round(sum(conf * len(word) for word, conf in words) / weights, 1) if weights else 0.0
    return ScannedPage(number=number, image_jpeg=picture, text=text, confidence=confidence, lines=lines)


def _jpeg(image: Image.Image) -> bytes:
    picture = image.convert("RGB")
    picture.thumbnail((PAGE_IMAGE_LONG_SIDE, PAGE_IMAGE_LONG_SIDE))
    out = io.BytesIO()
    picture.save(out, format="JPEG", quality=85)
    return out.getvalue()


def _ocr(image: Image.Image, limits: Limits) -> list[list[list]]:
    """Lines of [word, confidence]; an empty line between paragraphs."""
    import pytesseract

    gray = image.convert("L")
    try:
        data = pytesseract.image_to_data(
            gray, lang=settings.OCR_LANGUAGE, output_type=pytesseract.Output.DICT, timeout=limits.seconds_left()
        )
    except pytesseract.TesseractNotFoundError:
        limits.fail("scanned pages need OCR, and Tesseract is not installed on this server; run `make ocr`.")
    except pytesseract.TesseractError as error:
        limits.fail(f"OCR could not read the image ({error.message.strip()[:200]}).")
    except RuntimeError:  # pytesseract's timeout
        limits.seconds_left()
        limits.fail(f"reading the scanned pages took longer than {limits.seconds:g} seconds; split the file.")
    lines: list[list[list]] = []
    current_key, current_paragraph = None, None
    for i, word in enumerate(data["text"]):
        confidence = float(data["conf"][i])
        if confidence < 0 or not word.strip():
            continue
        paragraph = (data["block_num"][i], data["par_num"][i])
        key = (*paragraph, data["line_num"][i])
        if key != current_key:
            if current_paragraph is not None and paragraph != current_paragraph:
                lines.append([])
            lines.append([])
            current_key, current_paragraph = key, paragraph
        lines[-1].append([word.strip(), round(confidence, 1)])
    return lines
