"""Tables in a marking guide's text: tab-separated rows (a DOCX table), pipe tables typed in a
text file, and a PDF table, which a PDF reader gives back as a header line of column names and
then each row on one line, or, where a cell wraps, one cell per line."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .guide_lines import (
    NUM,
    UNIT,
    clean,
    number,
    parse_point,
    split_question_answer,
    total_statement,
)

COLUMN_NAMES = [
    ("number", r"question\s+(?:no\.?|number|#)|q\.?\s*no\.?|no\.?|#|q|qn|item|number|s/?n"),
    (
        "points",
        r"marking\s+(?:points?|scheme|criteria|criterion|guide)|mark(?:ing)?\s+points?|mark\s+scheme|criteria|criterion|award",
    ),
    ("notes", r"(?:additional\s+|marking\s+|examiner'?s?\s+)?(?:guidance|notes|comments)"),
    (
        "answer",
        r"(?:model|expected|suggested|correct|sample|possible)\s+(?:answers?|responses?)|answers?|solutions?|responses?|memo|key",
    ),
    ("marks", r"max(?:imum)?\.?\s+marks?|marks?(?:\s+available)?|points?|pts\.?|score|allocation|max\.?"),
    ("text", r"questions?|task|prompt"),
]
_HEADER_CELL = re.compile("|".join(f"(?P<{kind}>{pattern})" for kind, pattern in COLUMN_NAMES), re.IGNORECASE)
_HEADER_RUN = re.compile(rf"^(?:(?:{'|'.join(p for _, p in COLUMN_NAMES)})(?:\s+|$))+$", re.IGNORECASE)
_PIPE_RULE = re.compile(r"^\s*\|?[\s:|-]+\|?\s*$")
_LABEL = r"\d{1,3}(?:(?:\s*\(\s*[a-z]{1,4}\s*\))+|[a-z](?:\s*\(\s*[ivx]{1,4}\s*\))?|\.\d{1,2})?"
_ROW_LABEL = re.compile(rf"^(?:(?:question|q)\s*\.?\s*)?({_LABEL})[.):]?(?:\s+|$)", re.IGNORECASE)
_BARE_LABEL = re.compile(rf"^(?:(?:question|q)\s*\.?\s*)?{_LABEL}[.):]?$", re.IGNORECASE)
_MARKS_CELL = re.compile(rf"^({NUM})\s*(?:{UNIT})?$", re.IGNORECASE)


@dataclass
class Row:
    cells: dict  # column kind -> text
    lines: list  # 1-based source line numbers


@dataclass
class Table:
    start: int  # 0-based index of the first line, header included
    end: int  # 0-based index after the last line
    columns: list
    rows: list

    @property
    def has_questions(self) -> bool:
        return "text" in self.columns

    @property
    def is_criteria(self) -> bool:
        """A table of a question's marking points and their marks."""
        return set(self.columns) == {"points", "marks"}

    @property
    def is_key(self) -> bool:
        return "text" not in self.columns and "answer" in self.columns and "number" in self.columns


def header_kind(cell: str) -> str | None:
    match = _HEADER_CELL.fullmatch(clean(cell).strip(" :"))
    return match.lastgroup if match else None


def header_columns(cells: list[str]) -> list[str] | None:
    """The column kinds of a header row, or None when it is no header of a guide's table."""
    kinds = []
    for cell in cells:
        match = _HEADER_CELL.fullmatch(clean(cell).strip(" :"))
        if not match:
            return None
        kind = match.lastgroup
        if kind in kinds:
            return None
        kinds.append(kind)
    wanted = "text" in kinds or "answer" in kinds or set(kinds) == {"points", "marks"}
    return kinds if len(kinds) >= 2 and wanted else None


def _split_header_run(line: str) -> list[str] | None:
    """A PDF header line "No Question Model answer Marks" split into its column names."""
    text, cells = clean(line), []
    while text:
        ends = [
            m.end() for _, pattern in COLUMN_NAMES if (m := re.match(rf"(?:{pattern})(?=\s|$)", text, re.IGNORECASE))
        ]
        if not ends:
            return None
        cells.append(text[: max(ends)])
        text = text[max(ends) :].strip()
    return cells


def find_tables(lines: list[str]) -> list[Table]:
    tables, i = [], 0
    while i < len(lines):
        table = _delimited(lines, i, "\t") or _delimited(lines, i, "|") or _pdf_table(lines, i)
        if table:
            tables.append(table)
            i = table.end
        else:
            i += 1
    return tables


def _cells(line: str, sep: str) -> list[str] | None:
    if sep == "|":
        if line.count("|") < 2:
            return None
        line = line.strip()
        line = line.removeprefix("|")
        line = line.removesuffix("|")
    elif sep not in line:
        return None
    return [cell.strip() for cell in line.split(sep)]


def _delimited(lines, i, sep) -> Table | None:
    header = _cells(lines[i], sep)
    columns = header_columns(header) if header else None
    if not columns:
        return None
    rows, j = [], i + 1
    while j < len(lines):
        if sep == "|" and _PIPE_RULE.match(lines[j]) and "|" in lines[j]:
            j += 1
            continue
        cells = _cells(lines[j], sep)
        if (
            cells is None
            or not lines[j].strip()
            or re.match(r"^\s*\|?\s*(?:grand\s+)?total\b", lines[j], re.IGNORECASE)
        ):
            break  # a "Total" row is the guide's total, read as a line of its own
        cells += [""] * (len(columns) - len(cells))
        rows.append(Row({kind: cells[k] for k, kind in enumerate(columns)}, [j + 1]))
        j += 1
    if rows and "text" in columns and "number" not in columns and all(_BARE_LABEL.match(r.cells["text"]) for r in rows):
        columns = ["number" if kind == "text" else kind for kind in columns]  # "Question" holding only "Q1", "Q2"
        rows = [Row({("number" if k == "text" else k): v for k, v in r.cells.items()}, r.lines) for r in rows]
    return Table(i, j, columns, rows) if rows else None


def _pdf_table(lines, i, title_checked=False) -> Table | None:
    """A header line of column names (or a run of them, one per line), then rows until a blank
    line, a total or the end."""
    if "\t" in lines[i] or "|" in lines[i] or not _HEADER_RUN.match(clean(lines[i]) or "-"):
        return None
    names, j = _split_header_run(lines[i]) or [], i + 1
    title = len(names) == 1 and header_kind(names[0]) in ("points", "answer", "notes")
    if title and not title_checked and i + 1 < len(lines) and _pdf_table(lines, i + 1, True):
        return None  # "Marking scheme" above the table is its title, not its first column
    for extra in (6, 5, 4, 3, 2, 1):  # a header cell that wrapped ("Max" / "marks") or one name per line
        joined = _split_header_run(" ".join(lines[i : i + 1 + extra])) if i + extra < len(lines) else None
        fragments = range(i + 1, i + 1 + extra)
        if joined and all(
            lines[k].strip() and len(lines[k].split()) <= 2 and not re.search(r"[\t|]", lines[k]) for k in fragments
        ):
            names, j = joined, i + 1 + extra
            break
    columns = header_columns(names)
    if not columns:
        return None
    body = []
    while j < len(lines) and lines[j].strip() and not total_statement(lines[j]):
        body.append(j)
        j += 1
    if (
        body
        and columns[0] == "text"
        and "number" not in columns
        and re.match(r"^(?:q\s*\.?\s*)?\d{1,3}\b", lines[body[0]].strip(), re.IGNORECASE)
    ):
        columns = ["number", *columns[1:]]  # "Question" holding only "Q1", "Q2"
    rows = _pdf_rows(lines, body, columns)
    return Table(i, j, columns, rows) if rows else None


def _pdf_rows(lines, body, columns) -> list[Row]:
    """Rows start with the next row number where there is a number column; without one, a row
    ends with its marks (or each line is a row)."""
    groups: list[list[int]] = []
    if columns[0] == "number":
        expected, previous = None, None
        for j in body:
            match = _ROW_LABEL.match(clean(lines[j]))
            top = int(re.match(r"\d+", match.group(1)).group()) if match else None
            part = match and "(" in match.group(1) and clean(match.group(1)) != previous
            marks_cell = (
                "marks" in columns
                and groups
                and re.fullmatch(r"\d{1,3}", lines[j].strip())
                and not any(_ends_with_marks(lines[k]) for k in groups[-1][1:])
            )
            if match and (expected is None or top == expected + 1 or (top == expected and part)) and not marks_cell:
                groups.append([j])
                expected, previous = top, clean(match.group(1))
            elif groups:
                groups[-1].append(j)
    else:
        current: list[int] = []
        for j in body:
            current.append(j)
            if "marks" not in columns or _ends_with_marks(lines[j]):
                groups.append(current)
                current = []
        if current:
            groups.append(current)
    return [row for group in groups if (row := _pdf_row(lines, group, columns))]


def _ends_with_marks(line: str) -> bool:
    return re.search(rf"(?:^|\s)({NUM})\s*(?:{UNIT})?\s*$", line.strip(), re.IGNORECASE) is not None


def _pdf_row(lines, group, columns) -> Row | None:
    parts = [clean(lines[j]) for j in group if clean(lines[j])]
    text = " ".join(parts)
    cells = {}
    if columns[0] == "number":
        match = _ROW_LABEL.match(text)
        if not match:
            return None
        cells["number"], text = match.group(1), text[match.end() :]
    breaks = _breaks(parts, len(" ".join(parts)) - len(text))
    rest = [c for c in columns if c != "number"]
    if "marks" in rest:
        after_marks = rest[rest.index("marks") + 1 :]
        before, marks, after = _marks_split(
            text, trailing="points" in after_marks or "notes" in after_marks, notes="notes" in after_marks
        )
        cells["marks"] = marks
        segments = [(rest[: rest.index("marks")], before), (rest[rest.index("marks") + 1 :], after)]
    else:
        segments = [(rest, text)]
    for kinds, segment in segments:
        if len(kinds) == 1:
            cells[kinds[0]] = segment
        elif len(kinds) >= 2:
            offset = text.find(segment) if segment else 0
            first, second = split_question_answer(segment, tuple(b - offset for b in breaks if b > offset))
            cells[kinds[0]], cells[kinds[1]] = first, second
    return Row(cells, [j + 1 for j in group])


def _breaks(parts: list[str], cut: int) -> tuple[int, ...]:
    """Where the row's lines met, as offsets into the row's text after its first ``cut`` characters."""
    out, at = [], 0
    for part in parts[:-1]:
        at += len(part) + 1
        out.append(at - cut)
    return tuple(b for b in out if b > 0)


def _marks_split(text: str, trailing: bool, notes: bool = False) -> tuple[str, str, str]:
    """Split "question answer 2 1 mark for salt" at the marks: the first standalone number after
    which only marking points (or nothing) follow; before a notes column, also one followed by a
    capitalised note ("3 Allow 40 kJ") that no operator precedes."""
    for match in re.finditer(rf"(?:^|\s)({NUM})(?:\s*{UNIT})?(?=\s|$)", text, re.IGNORECASE):
        after = text[match.end() :].strip()
        if not after or (trailing and all(parse_point(p) for p in re.split(r"[;\n]", after) if p.strip())):
            return text[: match.start()].strip(), match.group(1), after
        operator = re.search(r"[=x×*/+\-^]\s*$", text[: match.start()])
        if notes and re.match(r"[A-Z][a-z]", after) and not operator and re.fullmatch(r"\d{1,2}", match.group(1)):
            return text[: match.start()].strip(), match.group(1), after
    return text, "", ""


def row_marks(cell: str):
    match = _MARKS_CELL.match(clean(cell))
    return number(match.group(1)) if match else None
