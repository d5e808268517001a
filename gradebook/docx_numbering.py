"""Word's automatic list numbers ("1.", "(a)", "ii)") for the streaming DOCX reader.

They are not in a paragraph's text: Word draws them from ``word/numbering.xml``, through the
paragraph's own numbering or its style's (``word/styles.xml``, following ``basedOn``). The
reader writes them in front of the paragraph, counted as Word counts them, so numbered
questions in a marking guide keep their numbers. Both parts are small and read with the same
safe parser (no DTD, no entities) and a size limit.
"""

from __future__ import annotations

import zipfile

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MAX_PART_BYTES = 2 * 1024 * 1024


def _letters(n: int) -> str:
    out = ""
    while n > 0:
        n, rest = divmod(n - 1, 26)
        out = chr(ord("A") + rest) + out
    return out


def _roman(n: int) -> str:
    out = ""
    for value, numeral in (
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ):
        while n >= value:
            out, n = out + numeral, n - value
    return out


FORMATS = {
    "decimal": str,
    "lowerLetter": lambda n: _letters(n).lower(),
    "upperLetter": _letters,
    "lowerRoman": lambda n: _roman(n).lower(),
    "upperRoman": _roman,
}


def _num_pr(p_pr) -> tuple[str, int] | None:
    num_pr = p_pr.find(f"{W}numPr") if p_pr is not None else None
    if num_pr is None or num_pr.find(f"{W}numId") is None:
        return None
    level = num_pr.find(f"{W}ilvl")
    return num_pr.find(f"{W}numId").get(f"{W}val"), int(level.get(f"{W}val")) if level is not None else 0


class ListNumbers:
    """The numbering of one document; ``label(paragraph)`` gives a paragraph's number and a
    space ("1. "), "- " for a bullet, or "" when it is not in a list."""

    def __init__(self, archive: zipfile.ZipFile, parse):
        self.levels: dict[str, dict[int, tuple[str, str, int]]] = {}
        self.counters: dict[str, dict[int, int]] = {}
        self.styles: dict[str, tuple[tuple[str, int] | None, str | None]] = {}
        numbering = self._root(archive, "word/numbering.xml", parse)
        if numbering is None:
            return
        abstract = {a.get(f"{W}abstractNumId"): a for a in numbering.iterchildren(f"{W}abstractNum")}
        for num in numbering.iterchildren(f"{W}num"):
            ref = num.find(f"{W}abstractNumId")
            definition = abstract.get(ref.get(f"{W}val")) if ref is not None else None
            if definition is None:
                continue
            levels = {}
            for lvl in definition.iterchildren(f"{W}lvl"):
                fmt, text, start = lvl.find(f"{W}numFmt"), lvl.find(f"{W}lvlText"), lvl.find(f"{W}start")
                levels[int(lvl.get(f"{W}ilvl", "0"))] = (
                    fmt.get(f"{W}val") if fmt is not None else "decimal",
                    text.get(f"{W}val") if text is not None else "",
                    int(start.get(f"{W}val")) if start is not None else 1,
                )
            self.levels[num.get(f"{W}numId")] = levels
        styles = self._root(archive, "word/styles.xml", parse)
        for style in styles.iterchildren(f"{W}style") if styles is not None else ():
            based_on = style.find(f"{W}basedOn")
            self.styles[style.get(f"{W}styleId")] = (
                _num_pr(style.find(f"{W}pPr")),
                based_on.get(f"{W}val") if based_on is not None else None,
            )

    @staticmethod
    def _root(archive: zipfile.ZipFile, name: str, parse):
        if name not in archive.namelist() or archive.getinfo(name).file_size > MAX_PART_BYTES:
            return None
        with archive.open(name) as part:
            return parse(part)

    def _numbering(self, paragraph) -> tuple[str, int] | None:
        """(numId, level) from the paragraph, or else from its style and the styles it is based on."""
        p_pr = paragraph.find(f"{W}pPr")
        if (own := _num_pr(p_pr)) is not None:
            return own
        style = p_pr.find(f"{W}pStyle") if p_pr is not None else None
        style_id, seen = (style.get(f"{W}val") if style is not None else None), set()
        while style_id and style_id not in seen:
            seen.add(style_id)
            numbering, style_id = self.styles.get(style_id, (None, None))
            if numbering is not None:
                return numbering
        return None

    def label(self, paragraph) -> str:
        if not self.levels or (found := self._numbering(paragraph)) is None:
            return ""
        num_id, level = found
        levels = self.levels.get(num_id)
        if not levels or level not in levels:
            return ""
        counters = self.counters.setdefault(num_id, {})
        counters[level] = counters.get(level, levels[level][2] - 1) + 1
        for deeper in [k for k in counters if k > level]:
            del counters[deeper]
        fmt, text, _ = levels[level]
        if fmt == "bullet" or not text:
            return "- "
        for k, (k_fmt, _, k_start) in levels.items():
            text = text.replace(f"%{k + 1}", FORMATS.get(k_fmt, str)(counters.get(k, k_start)))
        return f"{text} "
