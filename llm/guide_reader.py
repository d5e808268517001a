"""The rules that read a marking guide's lines into questions.

One pass over the lines, in order. A line opens a question when its label fits where the guide
is: "Q 1", "2)", "3.", "5 )" and "Question 4" are the next question; "(a)", "1(b)", "1.2" are
parts of the question they follow, and become questions of their own ("1(a)") while what they
follow becomes their stem, or, when it is a bare title ("1. Kinematics"), a heading. A number
that does not fit ("1." inside an answer) is a list item. Answers come after any answer label,
from an answer key at the end (matched back by label), from a table, or, with no label, as the
lines under the question once its text is complete. Each question keeps the source lines it came
from, so a reviewer can see why.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .guide_lines import (
    ANSWER_LABEL,
    FENCE,
    INLINE_ANSWER,
    KEY_HEADING,
    MARKS_LINE,
    PAGE_LINE,
    POINTS_HEADING,
    SECTION_HEADING,
    answer_rest,
    caps_heading,
    clean,
    closes_question,
    heading_like,
    is_bullet,
    is_code,
    label,
    next_sub,
    number,
    parse_point,
    question_start,
    starts_with_command,
    take_marks,
    total_statement,
)
from .guide_tables import Table, find_tables, row_marks


@dataclass
class Block:
    """A question (or a key entry, or a parent whose parts are the questions) as it is read."""

    top: int
    sub: str | None = None
    subsub: str | None = None
    dotted: bool = False
    head: str = ""
    head_line: int = 0
    text: list = field(default_factory=list)  # (line number, raw line)
    answer: list = field(default_factory=list)
    points: list = field(default_factory=list)
    marks: float | int | None = None
    part: str = "text"
    labelled: bool = False  # the answer came after an answer label
    lines: list = field(default_factory=list)
    parent: Block | None = None
    is_parent: bool = False
    from_table: dict | None = None
    stem_block: Block | None = None  # the part a roman sub-part belongs to
    prefix: str = ""  # the section's letter where numbering starts again in each section
    section: str = ""  # the section it stands in

    @property
    def label(self) -> str:
        return self.prefix + label(self.top, self.sub, self.subsub, self.dotted)

    def empty(self) -> bool:
        return (
            not (self.answer or self.points or self.marks is not None or self.text) and take_marks(self.head)[1] is None
        )

    def add(self, number_, raw):
        self.lines.append(number_)
        if self.part == "answer":
            self.answer.append((number_, raw))
        elif self.part == "text":
            self.text.append((number_, raw))


@dataclass
class Reading:
    questions: list
    stated_total: float | int | None
    notes: list  # what the reader decided that a person may want to check


def read_guide(text: str) -> Reading:
    lines = (text or "").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return _Reader(lines).run()


class _Reader:
    def __init__(self, lines):
        self.lines = lines
        self.tables = {t.start: t for t in find_tables(lines)}
        self.blocks: list[Block] = []  # questions and parents, in order
        self.key: dict[str, Block] = {}
        self.cur: Block | None = None
        self.in_key = False
        self.list_next = None
        self.totals: list[tuple[float | int, str]] = []
        self.section, self.restart_ok = "", False  # numbering may start again at 1 after "Section B"
        self.notes: list[str] = []

    # Where the guide is

    def top(self) -> int | None:
        block = self.cur or (self.blocks[-1] if self.blocks else None)
        return block.top if block else None

    def labels(self) -> set[str]:
        return {b.label for b in self.blocks if not b.is_parent}

    def run(self) -> Reading:
        i, fenced = 0, False
        while i < len(self.lines):
            if i in self.tables:
                self.table(self.tables[i])
                i = self.tables[i].end
                continue
            raw, n = self.lines[i], i + 1
            i += 1
            if FENCE.match(raw):
                fenced = not fenced
                continue
            indented = re.match(r"^(?: {4,}|\t)", raw) is not None
            if fenced or (is_code(raw) and self.cur is not None and (indented or not total_statement(raw))):
                if self.cur is not None:
                    self.cur.add(n, raw.rstrip())
                continue
            self.line(clean(raw), n)
        return Reading(self.questions(), self.stated_total(), self.notes)

    def stated_total(self):
        guide = [value for value, scope in self.totals if scope == "guide"]
        return max(guide) if guide else None

    # One line

    def line(self, line: str, n: int):
        if not line:
            self.list_next = None
            return
        if PAGE_LINE.match(line):
            return
        start = question_start(line)
        if self.in_key and start and start.kind in ("plain", "prefixed", "bare"):
            entries = _inline_entries(line)
            if len(entries) > 1:  # "1. B   2. C   3. A": a key on one line
                for entry in entries:
                    self.open(question_start(entry), n)
                return
        if start and self.open(start, n):
            return
        if start and start.kind in ("plain", "bare") and self.cur is not None:
            self.list_next = (start.top or 0) + 1
        total = total_statement(re.sub(r"\s*[|\t]+\s*", " ", line)) if not start else None
        if total and not ANSWER_LABEL.match(line):
            self.totals.append(total)
            if (
                total[1] == "question"
                and self.cur is not None
                or self.cur is not None
                and (total[1] != "guide" or len(clean(line).split()) <= 8)
            ):
                self.cur.part = "ignore"
            return
        if KEY_HEADING.match(line) and self.blocks and self.key_follows(n):
            self.in_key, self.cur = True, None
            self.notes.append(f"line {n}: an answer key starts; its answers are matched to the questions by number.")
            return
        section = SECTION_HEADING.match(line)
        if section and len(line.split()) <= 8 and not take_marks(line)[1]:
            self.cur, self.section, self.restart_ok = None, section.group(1).upper(), True
            return
        if self.cur is None:
            return
        self.content(line, n)

    def key_follows(self, n: int) -> bool:
        """An answer key heading is one followed by an entry for a question already read (or a table)."""
        for j in range(n, min(n + 4, len(self.lines))):
            if j in self.tables:
                return True
            nxt = self.lines[j].strip()
            if not nxt:
                continue
            start = question_start(nxt)
            return bool(start and start.top is not None and str(start.top) in {str(b.top) for b in self.blocks})
        return False

    def content(self, line: str, n: int):
        cur = self.cur
        answer = ANSWER_LABEL.match(line)
        if answer and (cur.part != "answer" or not cur.labelled or not cur.answer):
            cur.part, cur.labelled = "answer", True
            rest = answer_rest(answer)
            cur.lines.append(n)
            if rest.strip():
                cur.answer.append((n, rest.strip()))
            return
        if POINTS_HEADING.match(line):
            cur.part = "points"
            cur.lines.append(n)
            return
        marks_line = MARKS_LINE.match(line)
        if marks_line and cur.part != "points":
            value = number(next(g for g in marks_line.groups() if g))
            if value:
                cur.marks = value
                cur.lines.append(n)
                return
        if cur.part == "ignore":
            return
        bullet = is_bullet(line)
        point = parse_point(line) if (bullet or cur.part == "points") else None
        if point:
            cur.part = "points"
            cur.points.append(point)
            cur.lines.append(n)
        elif cur.part == "points" and cur.points and not bullet:
            if heading_like(line) or caps_heading(line):
                return
            cur.points[-1]["description"] += f" {line}"
            cur.lines.append(n)
        elif cur.part == "points":
            cur.part = "answer"
            cur.add(n, line)
        else:
            if (
                caps_heading(line) or (heading_like(line) and cur.part == "answer" and cur.answer)
            ) and self.next_is_start(n):
                self.cur = None  # a title between questions, not the end of an answer
                return
            cur.add(n, line)

    def next_is_start(self, n: int) -> bool:
        for j in range(n, min(n + 3, len(self.lines))):
            if j in self.tables:
                return False
            nxt = self.lines[j].strip()
            if nxt:
                return question_start(nxt) is not None or SECTION_HEADING.match(nxt) is not None
        return True

    # Question starts

    def open(self, start, n: int) -> bool:
        """Open a question (or key entry) at ``start`` when its label fits; False leaves the line as text."""
        cur, top = self.cur, self.top()
        if self.in_key:
            return self.open_key(start, n)
        if start.kind == "sub":
            return self.open_sub(start, n)
        if start.kind == "unnumbered":
            start.top = (top or 0) + 1
        restart = self.restart_ok and start.top == 1 and start.kind != "sub"
        if restart:
            self.drop_heading(start)
            block = Block(top=1, head=start.rest, head_line=n, lines=[n], section=self.section)
            if start.sub is None:
                self.restart_ok = False
                if "1" in {b.label for b in self.blocks}:
                    for earlier in self.blocks:
                        earlier.prefix = earlier.prefix or earlier.section
                    block.prefix = self.section
                    self.notes.append(
                        f"line {n}: numbering starts again in section {self.section}; its questions are labelled {self.section}1, {self.section}2, …"
                    )
                self.blocks.append(block)
                self.cur, self.list_next = block, None
                _inline_answer(block, n)
                return True
        if start.kind == "plain":
            fits = (
                top is None
                or (start.top == top + 1 and start.top != self.list_next)
                or (start.top == top + 2 and (take_marks(start.rest)[1] is not None or closes_question(start.rest)))
            )
            if not fits or (cur is not None and cur.part == "answer" and self.list_next == start.top):
                return False
        if start.kind == "prefixed" and top is not None and start.top < top and start.sub is None:
            return False  # "Q1 is the hardest" inside question 3 refers back; it opens nothing
        if start.kind == "bare" and not (
            (top is None and start.top == 1) or (top is not None and start.top == top + 1 != self.list_next)
        ):
            return False
        if start.kind == "combined" and top is not None and start.top not in (top, top + 1):
            return False
        if (
            start.kind == "combined"
            and cur is not None
            and cur.part == "answer"
            and start.top == top
            and cur.sub is None
            and cur.answer
        ):
            return False
        self.drop_heading(start)
        if start.sub is not None:
            parent = self.parent_for(start.top, n)
            if parent is None:
                return False
            return self.new_part(
                parent,
                start.sub,
                start.subsub,
                start.rest,
                n,
                dotted=start.kind in ("combined", "prefixed") and bool(re.match(r"\d", start.sub)),
            )
        block = Block(
            top=start.top, head=start.rest, head_line=n, lines=[n], prefix=self.current_prefix(), section=self.section
        )
        self.blocks.append(block)
        self.cur, self.list_next, self.restart_ok = block, None, False
        _inline_answer(block, n)
        return True

    def current_prefix(self) -> str:
        return self.blocks[-1].prefix if self.blocks else ""

    def drop_heading(self, start):
        """A top-level "question" with nothing under it, followed by another top-level one (or a
        numbered part of another number), was a section title such as "1. Kinematics"."""
        cur = self.cur
        if cur is None or cur.sub is not None or cur.is_parent or not cur.empty():
            return
        same_parent = start.sub is not None and start.top == cur.top
        if same_parent or not heading_like(cur.head) or starts_with_command(cur.head):
            return  # "2. Define osmosis" with its answer in a key is a question, not a title
        self.blocks.remove(cur)
        self.notes.append(f"line {cur.head_line}: “{clean(cur.head)}” read as a section heading, not a question.")
        self.cur = None

    def parent_for(self, top: int, n: int) -> Block | None:
        for block in reversed(self.blocks):
            if block.sub is None and block.top == top:
                if not block.is_parent:
                    if block.labelled and block.answer:
                        return None
                    block.is_parent = True
                return block
            if block.top != top:
                break
        block = Block(top=top, head="", head_line=n, lines=[], is_parent=True)
        self.blocks.append(block)
        return block

    def open_sub(self, start, n: int) -> bool:
        cur = self.cur
        if cur is None or re.search(r"\s\(?[b-h]\)\s", start.rest):
            return False  # "a) oxygen  b) nitrogen": options on one line, not a part
        if cur.sub is not None and start.sub in next_sub(cur.sub) and cur.subsub is None:
            return self.new_part(cur.parent, start.sub, None, start.rest, n)
        if cur.sub is not None and start.sub in ("i",) and cur.subsub is None and cur.sub != "h" and not cur.answer:
            return self.new_part(cur.parent, cur.sub, "i", start.rest, n, stem_from=cur)
        if cur.subsub is not None:
            if start.sub in next_sub(cur.subsub):
                return self.new_part(cur.parent, cur.sub, start.sub, start.rest, n, stem_from=cur.stem_block)
            if start.sub in next_sub(cur.sub):
                return self.new_part(cur.parent, start.sub, None, start.rest, n)
            return False
        if cur.sub is None and start.sub in ("a", "i") and not (cur.answer and cur.part == "answer"):
            cur.is_parent = True
            return self.new_part(cur, start.sub, None, start.rest, n)
        return False

    def new_part(self, parent: Block, sub, subsub, rest, n, dotted=False, stem_from=None) -> bool:
        block = Block(
            top=parent.top,
            sub=sub,
            subsub=subsub,
            dotted=dotted,
            head=rest,
            head_line=n,
            lines=[n],
            parent=parent,
            stem_block=stem_from,
            prefix=parent.prefix,
            section=parent.section,
        )
        self.blocks.append(block)
        self.cur, self.list_next = block, None
        _inline_answer(block, n)
        return True

    def open_key(self, start, n: int) -> bool:
        cur = self.cur
        if start.kind == "sub":
            if cur is None:
                return False
            top = cur.top
            sub = start.sub
        else:
            top, sub = start.top, start.sub
        dotted = bool(sub and sub.isdigit())
        if label(top, sub, dotted=dotted) not in self.labels() and label(top) not in self.labels():
            return False
        entry = Block(
            top=top, sub=sub, dotted=dotted, head=start.rest, head_line=n, lines=[n], part="answer", labelled=True
        )
        rest, marks = take_marks(start.rest, at_end_only=True)
        entry.marks = marks
        answer = ANSWER_LABEL.match(rest)
        rest = answer_rest(answer) if answer else rest
        if rest.strip():
            entry.answer.append((n, rest.strip()))
        if start.kind == "sub" and cur is not None and cur.sub is None and not cur.answer:
            self.key.pop(cur.label, None)
        self.key[entry.label] = entry
        self.cur = entry
        return True

    # Tables

    def table(self, table: Table):
        if table.is_criteria:
            target = self.cur or (self.blocks[-1] if self.blocks else None)
            for row in table.rows if target is not None else []:
                points = row_marks(row.cells.get("marks", ""))
                if points and row.cells.get("points"):
                    target.points.append({"description": clean(row.cells["points"]), "points": points})
                    target.lines.extend(row.lines)
            if target is not None:
                target.part = "ignore"
            return
        if table.is_key:
            for i, row in enumerate(table.rows, 1):
                raw = row.cells.get("number") or str(i)
                entry = Block(top=0, head_line=row.lines[0], lines=list(row.lines), part="answer", labelled=True)
                entry.answer = [(row.lines[0], row.cells.get("answer", ""))]
                entry.marks = row_marks(row.cells.get("marks", ""))
                _row_points(entry, row)
                entry.from_table = {"label": _table_label(raw)}
                self.key[_table_label(raw)] = entry
            self.notes.append(f"line {table.start + 1}: a table of answers, matched to the questions by number.")
            self.cur = None
            return
        if not table.has_questions:
            return
        for i, row in enumerate(table.rows, 1):
            raw = row.cells.get("number") or str(i)
            text, marks = take_marks(row.cells.get("text", ""))
            block = Block(top=i, head=text, head_line=row.lines[0], lines=list(row.lines), labelled=True)
            block.from_table = {"label": _table_label(raw)}
            block.answer = [(row.lines[0], row.cells.get("answer", ""))] if row.cells.get("answer") else []
            block.marks = row_marks(row.cells.get("marks", "")) or marks
            _row_points(block, row)
            self.blocks.append(block)
        self.cur = None

    # The questions

    def questions(self) -> list[dict]:
        out = [self.question(block) for block in self.blocks if not block.is_parent]
        self.check_parts(out)
        labels = {q["number"] for q in out}
        for lbl, entry in self.key.items():
            if lbl not in labels and not any(lbl.startswith(f"{other}(") for other in labels):
                # A mark scheme giving only labels and answers: its entries are the questions.
                entry.head, entry.from_table = "", {"label": lbl}
                out.append(self.question(entry))
                self.notes.append(
                    f"line {entry.head_line}: answer {lbl} matches no question, so it is a question of its own (without text)."
                )
        return out

    def check_parts(self, questions: list[dict]):
        """A question whose parts are the questions may state its own marks ("Question 1 [6 marks]");
        where its parts add up to something else, say so."""
        for parent in (b for b in self.blocks if b.is_parent):
            stated = parent.marks if parent.marks is not None else take_marks(clean(parent.head))[1]
            parts = [q for q, b in zip(questions, (b for b in self.blocks if not b.is_parent)) if b.parent is parent]
            total = sum(q["marks"] or 0 for q in parts)
            if stated is not None and parts and abs(total - stated) > 1e-6:
                self.notes.append(
                    f"line {parent.head_line}: question {parent.prefix}{parent.top} states {stated} marks, but its parts add up to {total}."
                )

    def question(self, block: Block) -> dict:
        lbl = block.from_table["label"] if block.from_table else block.label
        head, head_marks = take_marks(clean(block.head))
        text_lines = list(block.text)
        marks = block.marks if block.marks is not None else head_marks
        answer_lines = list(block.answer)
        key = self.key.get(lbl)
        if key is None and block.sub is None:
            key = self.key.get(lbl)
        lines = set(block.lines)
        if not answer_lines and key is not None:
            answer_lines = list(key.answer)
            lines |= set(key.lines)
            if marks is None:
                marks = key.marks
            if not block.points and key.points:
                block.points = key.points
        if not answer_lines and not block.labelled:
            text_lines, answer_lines = _split_unlabelled(head, text_lines, head_marks is not None)
        body = []
        for _, raw in text_lines:
            if is_code(raw):
                body.append(raw.rstrip())
                continue
            stripped, found = take_marks(clean(raw), at_end_only=True)
            if found is not None and marks is None:
                marks = found
            body.append(stripped if found is not None else clean(raw))
        answer = _join([raw for _, raw in answer_lines])
        closing = re.search(r"\s*[\(\[][^\(\)\[\]]*[\)\]]\s*$", answer)
        if closing:
            *earlier, last = answer.split("\n")
            stripped, found = take_marks(last, at_end_only=True)
            if found is not None and stripped != last:
                answer = "\n".join([*earlier, stripped]).strip()
                marks = found if marks is None else marks
        stem = _stem(block)
        text = "\n".join(part for part in [stem, _join([head, *body]) if head else _join(body)] if part)
        return {
            "number": lbl,
            "text": text,
            "answer": answer,
            "marks": marks,
            "marking_points": block.points,
            "line": block.head_line,
            "lines": sorted(lines),
        }


def _inline_entries(line: str) -> list[str]:
    """A key line holding several numbered answers, split at each next number ("1. B 2. C")."""
    first = re.match(r"^(?:q\s*)?(\d{1,3})", line, re.IGNORECASE)
    if not first:
        return [line]
    pieces, expected, at = [], int(first.group(1)) + 1, 0
    for match in re.finditer(r"\s(?:q\s*)?(\d{1,3})\s*[.):\-–]\s", line, re.IGNORECASE):
        if int(match.group(1)) == expected:
            pieces.append(line[at : match.start()].strip())
            at, expected = match.start() + 1, expected + 1
    pieces.append(line[at:].strip())
    return pieces


def _inline_answer(block: Block, n: int):
    """ "1. Capital of France? (1) Answer: Paris": the answer label inside the question's line."""
    match = INLINE_ANSWER.search(block.head)
    if match and match.start() > 0:
        block.head, rest = block.head[: match.start()], block.head[match.end() :].strip()
        block.part, block.labelled = "answer", True
        if rest:
            block.answer.append((n, rest))


def _stem(block: Block) -> str:
    """The text of the question a part belongs to, unless it was only a title."""
    parts = []
    for stem_block in (block.parent, block.stem_block):
        if stem_block is None:
            continue
        head = take_marks(clean(stem_block.head))[0]
        text = _join([head, *[raw for _, raw in stem_block.text]])
        if text and not heading_like(text) and not caps_heading(text):
            parts.append(text)
    return "\n".join(parts)


def _split_unlabelled(head: str, text_lines: list, head_marked: bool = False) -> tuple[list, list]:
    """With no answer label, the question's text ends at its question mark or its marks, else at
    the first finished sentence not followed by another instruction (or at an instruction whose
    next line starts afresh with a capital); the lines after it are the answer."""
    items = ([(None, head)] if head else []) + text_lines
    if not items:
        return text_lines, []
    close = 0 if head and head_marked else None
    for k, (n, raw) in enumerate(items if close is None else []):
        if n is not None and is_code(raw):
            continue
        if closes_question(raw) or (n is not None and take_marks(clean(raw), at_end_only=True)[1] is not None):
            close = k
            break
    if (
        close is None
        and len(items) > 1
        and starts_with_command(items[0][1])
        and re.match(r"[A-Z0-9]", items[1][1].strip())
    ):
        close = 0
    if close is None:
        for k, (_, raw) in enumerate(items):
            if re.search(r"[.:!][\"'’”)]*\s*$", raw.strip()) and not is_code(raw):
                close = k
                break
    if close is None:
        return text_lines, []
    while close + 1 < len(items) and starts_with_command(items[close + 1][1]) and close + 2 < len(items):
        close += 1
    while close + 1 < len(items) and is_code(items[close + 1][1]) and close + 2 < len(items):
        close += 1
    offset = 1 if head else 0
    return text_lines[: close + 1 - offset], text_lines[close + 1 - offset :]


def _join(lines: list[str]) -> str:
    """Wrapped lines become one line again; a bullet, a numbered item or a line of code keeps its
    own line (code keeps its indentation)."""
    out: list[str] = []
    code_before = False
    for raw in lines:
        code = is_code(raw)
        line = raw.rstrip() if code else clean(raw)
        if not line.strip():
            continue
        if code:
            out.append(line)
        elif (
            out
            and not code_before
            and not re.match(
                r"[-•*–·▪◦✓]\s|\d+[.)]\s|\(?[a-z]\)\s|[A-H][.)]\s|(?:accept|reject|do not accept|allow|ignore|or)\b",
                line,
                re.IGNORECASE,
            )
        ):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
        code_before = code
    return _dedent("\n".join(out))


def _dedent(text: str) -> str:
    lines = text.split("\n")
    indents = [len(line) - len(line.lstrip()) for line in lines if line.strip()]
    if not indents or min(indents) == 0:
        return text
    cut = min(indents)
    return "\n".join(line[cut:] for line in lines)


def _row_points(block: Block, row):
    """Marking points from a points column; from a notes column, the parts that give marks are
    points and the rest ("Allow 40 kJ") is kept with the answer, on a line of its own."""
    block.points = _cell_points(row.cells.get("points", ""))
    for part in re.split(r"[;\n]", row.cells.get("notes", "") or ""):
        point = parse_point(part) if part.strip() else None
        if point:
            block.points.append(point)
        elif part.strip():
            block.answer.append((row.lines[-1], part.strip()))


def _cell_points(cell: str) -> list[dict]:
    return [p for p in (parse_point(part) for part in re.split(r"[;\n]", cell or "")) if p]


def _table_label(raw: str) -> str:
    text = re.sub(r"^(?:question|q)\s*\.?\s*", "", clean(raw), flags=re.IGNORECASE).rstrip(".:")
    match = re.match(r"^(\d+)\s*((?:\(\s*[a-z]{1,4}\s*\)\s*)*|[a-z](?:\s*\(\s*[ivx]{1,4}\s*\))?)$", text, re.IGNORECASE)
    if match and match.group(2):
        parts = re.findall(r"[a-z]+", match.group(2).lower())
        return match.group(1) + "".join(f"({p})" for p in parts)
    return text.rstrip(")") if re.fullmatch(r"\d+\)", text) else text
