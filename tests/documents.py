"""Real PDF and DOCX files for tests, made in memory with fpdf2, pypdf and python-docx."""

import io

import docx
from fpdf import FPDF
from PIL import Image
from pypdf import PdfReader, PdfWriter


def pdf_bytes(text: str) -> bytes:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    pdf.multi_cell(0, 10, text)
    return bytes(pdf.output())


def docx_bytes(text: str) -> bytes:
    document = docx.Document()
    document.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def encrypted_pdf_bytes(text: str, password: str = "secret") -> bytes:
    writer = PdfWriter()
    for page in PdfReader(io.BytesIO(pdf_bytes(text))).pages:
        writer.add_page(page)
    writer.encrypt(password)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def image_only_pdf_bytes() -> bytes:
    """A 'scanned' page: one picture, no text layer."""
    pdf = FPDF()
    pdf.add_page()
    pdf.image(Image.new("RGB", (200, 100), "white"), x=10, y=10, w=100)
    return bytes(pdf.output())


# Scans and other formats, made in the test from known text.


def rendered_page(text: str, *, dpi: int = 300, angle: float = 0.0, noise: float = 0.0, seed: int = 0) -> Image.Image:
    """A typed page as a scanner would see it: 12 pt text at `dpi`, optionally rotated by
    `angle` degrees and with a fraction `noise` of the pixels flipped."""
    import random

    from PIL import ImageDraw, ImageFont

    width, height = int(8.27 * dpi), int(11.69 * dpi)
    page = Image.new("L", (width, height), 255)
    font = ImageFont.load_default(size=int(12 / 72 * dpi))
    ImageDraw.Draw(page).multiline_text((dpi, dpi), text, fill=0, font=font, spacing=int(dpi / 12))
    if angle:
        page = page.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=255)
    if noise:
        rng = random.Random(seed)
        pixels = page.load()
        for _ in range(int(width * height * noise)):
            x, y = rng.randrange(width), rng.randrange(height)
            pixels[x, y] = 255 - pixels[x, y]
    return page


def png_bytes(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def scanned_pdf_bytes(pages: list[Image.Image]) -> bytes:
    """A PDF of page images only, no text layer, as a scanner makes it."""
    pdf = FPDF(unit="pt", format="A4")
    for image in pages:
        pdf.add_page()
        pdf.image(image, x=0, y=0, w=pdf.w, h=pdf.h)
    return bytes(pdf.output())


def rtf_bytes(text: str) -> bytes:
    escaped = "".join(c if ord(c) < 128 else f"\\'{ord(c.encode('cp1252')):02x}" for c in text)
    body = escaped.replace("\n", "\\par\n")
    return (
        "{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\fswiss Helvetica;}}"
        "{\\*\\generator Test;}\\f0\\fs24 " + body + "\\par}"
    ).encode("ascii")


# Hostile files.


def docx_with_parts(text: str, replace: dict[str, bytes] | None = None, add: dict[str, bytes] | None = None) -> bytes:
    """A real DOCX with some parts replaced or added, written member by member."""
    import zipfile

    source = zipfile.ZipFile(io.BytesIO(docx_bytes(text)))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            target.writestr(info.filename, (replace or {}).get(info.filename, source.read(info.filename)))
        for name, data in (add or {}).items():
            target.writestr(name, data)
    return out.getvalue()


def docx_pointing_at_a_zero_image(megabytes: int = 300) -> bytes:
    """A valid DOCX whose picture part unpacks to `megabytes` MiB of zeros (about 0.1 % of that zipped)."""
    import zipfile

    base = docx_with_parts("An answer with a picture.")
    out = io.BytesIO(base)
    with zipfile.ZipFile(out, "a", zipfile.ZIP_DEFLATED) as target:
        with target.open("word/media/image1.png", "w", force_zip64=True) as image:
            chunk = bytes(1024 * 1024)
            for _ in range(megabytes):
                image.write(chunk)
    return out.getvalue()


def _document_xml(body: str, prolog: str = "") -> bytes:
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        + prolog
        + '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
        + body
        + "</w:body></w:document>"
    ).encode()


def docx_with_paragraphs(count: int) -> bytes:
    return docx_with_parts(
        "x", replace={"word/document.xml": _document_xml("<w:p><w:r><w:t>x</w:t></w:r></w:p>" * count)}
    )


def docx_with_entity_expansion() -> bytes:
    """The 'billion laughs': ten levels of entities, each ten of the one before."""
    entities = '<!ENTITY lol0 "lol">' + "".join(
        f'<!ENTITY lol{i} "{("&lol%d;" % (i - 1)) * 10}">' for i in range(1, 10)
    )
    xml = _document_xml("<w:p><w:r><w:t>&lol9;</w:t></w:r></w:p>", prolog=f"<!DOCTYPE w:document [{entities}]>")
    return docx_with_parts("x", replace={"word/document.xml": xml})


def docx_with_bad_xml() -> bytes:
    return docx_with_parts("x", replace={"word/document.xml": b"<w:document><w:body><w:p>unclosed"})


def raw_pdf(objects: list[bytes]) -> bytes:
    """A PDF from object bodies (object 1 the catalog), with a correct cross-reference table."""
    out = io.BytesIO()
    out.write(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


def _flate_zeros(size: int) -> bytes:
    import zlib

    compressor = zlib.compressobj(9)
    chunk = bytes(1024 * 1024)
    data = b"".join(compressor.compress(chunk[: min(len(chunk), size - done)]) for done in range(0, size, len(chunk)))
    return data + compressor.flush()


def pdf_with_content_bomb(megabytes: int = 200) -> bytes:
    """One page whose content stream unpacks to `megabytes` MiB of zeros."""
    stream = _flate_zeros(megabytes * 1024 * 1024)
    return raw_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << >> >>",
            b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
        ]
    )


def pdf_with_a_huge_image(width: int = 50_000, height: int = 50_000) -> bytes:
    """One image-only page whose picture declares width × height pixels."""
    stream = _flate_zeros(1024)
    return raw_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
            b" /Resources << /XObject << /Im0 5 0 R >> >> >>",
            b"<< /Length 31 >>\nstream\nq 612 0 0 792 0 0 cm /Im0 Do Q\nendstream",
            b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray /BitsPerComponent 8"
            b" /Filter /FlateDecode /Length %d >>\nstream\n" % (width, height, len(stream)) + stream + b"\nendstream",
        ]
    )


def deeply_nested_pdf(depth: int = 5000) -> bytes:
    """A page whose dictionary holds arrays nested `depth` deep."""
    return raw_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Nested " + b"[" * depth + b"]" * depth + b" >>",
        ]
    )


def png_pixel_bomb(width: int = 20_000, height: int = 20_000) -> bytes:
    """A valid 1-bit PNG of width × height white pixels: about 50 KB that decode to 400 megapixels."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    compressor = zlib.compressobj(9)
    row = b"\x00" + b"\xff" * ((width + 7) // 8)
    idat = b"".join(compressor.compress(row * 100) for _ in range(height // 100)) + compressor.flush()
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")


def jpeg_claiming_size(width: int = 60_000, height: int = 60_000) -> bytes:
    """A small real JPEG whose frame header is rewritten to claim width × height pixels."""
    import struct

    out = io.BytesIO()
    Image.new("L", (16, 16), 255).save(out, format="JPEG")
    data = bytearray(out.getvalue())
    sof = data.index(b"\xff\xc0")
    data[sof + 5 : sof + 9] = struct.pack(">HH", height, width)
    return bytes(data)
