"""Marked claims: a sentence about the output beside it carries a marker that the suite checks against
the stored recording (tests/test_claims.py).

    - Line 2: the child has ended, but its state is `zombie`. <!-- claim: ch04/zombie_status line 2 contains "zombie" -->

Grammar of a marker (an HTML comment, invisible on the site; several checks joined by `;`):

    <!-- claim: RECORDING[@RUN] CHECK; CHECK ... -->
    RECORDING  examples/RECORDING.out.json, e.g. ch04/zombie_status; the page must include its view
    @RUN       only the stored runs of that start method and/or Python version, parts joined by
               commas: @forkserver, @3.11, @3.14+ (3.14 and newer), @3.15,spawn; without it, every
               stored run (every tab the page shows). Several markers may sit in one paragraph.
    CHECK      line N contains "TEXT"         lines N-M contain "TEXT"      lines N,M contain "TEXT"
               line N lacks "TEXT"            contains "TEXT" (any line)    lacks "TEXT" (no line)
               N lines                        (N, M count from 1)

Lines are those of a run's output as stored: a text is found in a line when it is in the
`normalized` line (PIDs as <PID1>, <PID2> ..., so "line 2 names the PID of line 1" reads
`line 1 contains "<PID1>"; line 2 contains "<PID1>"`) or in the raw line the view prints; "lacks"
needs both to lack it. A marker that does not parse fails too, so a typo cannot switch a check off.

Sentences that point at output lines ("line 3 shows", "第 3 行") must carry a marker in the same
paragraph, or `<!-- no-claim: REASON -->` when the line is one of the code, not of an output.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from tests import pages
from tests.harness.paths import DOCS, EXAMPLES

MARKER = re.compile(r"<!--\s*claim:\s*(?P<body>.*?)\s*-->", re.DOTALL)
NO_CLAIM = re.compile(r"<!--\s*no-claim:\s*\S.*?-->", re.DOTALL)
HEAD = re.compile(
    r"^(?P<recording>[\w./-]+?)(?:@(?P<run>[\w.+,]+))?\s+(?P<checks>.+)$", re.DOTALL
)
CHECK = re.compile(
    r"^(?:(?:lines?\s+(?P<lines>\d+(?:\s*(?:-|–|,)\s*\d+)*)\s+)?(?P<verb>contains?|lacks?)\s+\"(?P<text>[^\"]+)\""
    r"|(?P<count>\d+)\s+lines)$"
)
# Prose that points at numbered output lines.
POINTS_AT_LINES = re.compile(
    r"\b(?i:lines?)\s+\d+|第\s*\d+(?:\s*[、，,和与及到～–-]\s*\d+)*\s*行"
)


def _version(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in re.findall(r"\d+", text)[:2])


@dataclass(frozen=True)
class Run:
    python: str
    start_method: str | None
    lines: list[str]  # normalized
    raw: list[str]

    def _selected_by_part(self, part: str) -> bool:
        if part.endswith("+"):
            return _version(self.python) >= _version(part)
        if re.fullmatch(r"\d+\.\d+", part):
            return _version(self.python) == _version(part)
        return part == self.start_method

    def selected_by(self, run: str | None) -> bool:
        return run is None or all(
            self._selected_by_part(part) for part in run.split(",")
        )

    def has(self, number: int | None, text: str) -> bool:
        """Whether line `number` (any line when None) holds `text`, normalized or raw."""
        for lines in (self.lines, self.raw):
            chosen = lines if number is None else lines[number - 1 : number]
            if any(text in line for line in chosen):
                return True
        return False


def stored_runs(recording: str, examples: Path = EXAMPLES) -> list[Run] | None:
    path = examples / f"{recording}.out.json"
    if not path.exists():
        return None
    runs = json.loads(path.read_text(encoding="utf-8")).get("runs", [])
    return [
        Run(
            run.get("python", ""),
            run.get("start_method"),
            (run.get("normalized") or "").splitlines(),
            (run.get("output") or "").splitlines(),
        )
        for run in runs
    ]


def _line_numbers(spec: str) -> list[int]:
    numbers: list[int] = []
    for part in re.split(r"\s*,\s*", spec):
        ends = [int(n) for n in re.split(r"\s*[-–]\s*", part)]
        numbers += list(range(ends[0], ends[-1] + 1))
    return numbers


def check_claim(body: str, runs: list[Run]) -> list[str]:
    """What is false about one claim's checks, in every selected run."""
    head = HEAD.match(body)
    assert head  # the caller parsed it
    failures = []
    for check in (
        c.strip()
        for c in re.split(r';(?=(?:[^"]*"[^"]*")*[^"]*$)', head.group("checks"))
        if c.strip()
    ):
        parsed = CHECK.match(check)
        if not parsed:
            failures.append(f"cannot read the check {check!r}")
            continue
        for run in runs:
            tab = f"Python {run.python}" + (
                f" · {run.start_method}" if run.start_method else ""
            )
            if parsed.group("count"):
                if len(run.lines) != int(parsed.group("count")):
                    failures.append(
                        f"{check!r} is false in the run {tab}: it has {len(run.lines)} lines"
                    )
                continue
            wanted, text = (
                not parsed.group("verb").startswith("lack"),
                parsed.group("text"),
            )
            if parsed.group("lines") is None:
                if run.has(None, text) != wanted:
                    failures.append(f"{check!r} is false in the run {tab}")
                continue
            for number in _line_numbers(parsed.group("lines")):
                if not 0 < number <= len(run.lines):
                    failures.append(
                        f"{check!r}: the run {tab} has only {len(run.lines)} lines"
                    )
                elif run.has(number, text) != wanted:
                    failures.append(
                        f"{check!r} is false in the run {tab}: line {number} is {run.lines[number - 1]!r}"
                    )
    return failures


def _paragraphs(page: pages.Page) -> list[list[pages.Line]]:
    """Prose paragraphs: runs of non-blank lines outside code; each list item its own paragraph."""
    found: list[list[pages.Line]] = []
    current: list[pages.Line] = []
    for line in page.lines:
        item = re.match(r"^\s*(?:[-*+]|\d+\.)\s", line.text)
        if (
            line.fence is not None
            or not line.text.strip()
            or item
            or pages.HEADING.match(line.text)
        ):
            if current:
                found.append(current)
            current = [line] if (line.fence is None and line.text.strip()) else []
        else:
            current.append(line)
    if current:
        found.append(current)
    return found


def claim_problems(path: Path, examples: Path = EXAMPLES) -> list[str]:
    page = pages.read_page(path)
    shown = {
        target[: -len(".out.md")]
        for target, _ in page.includes
        if target.endswith(".out.md")
    }
    where = pages.rel(path)
    problems = []
    for paragraph in _paragraphs(page):
        text = "\n".join(line.text for line in paragraph)
        markers = list(MARKER.finditer(text))
        for marker in markers:
            number = paragraph[0].number + text[: marker.start()].count("\n")
            body = re.sub(
                r"\s*\n\s*", " ", marker.group("body")
            )  # a marker may wrap; texts keep their spaces
            head = HEAD.match(body)
            if not head:
                problems.append(
                    f"{where}:{number}: cannot read the claim {body!r}; write e.g. "
                    '<!-- claim: ch04/zombie_status line 2 contains "zombie" -->'
                )
                continue
            recording = head.group("recording")
            runs = stored_runs(recording, examples)
            if runs is None or recording not in shown:
                problems.append(
                    f"{where}:{number}: the claim is about {recording!r}, but this page does not show "
                    f'its recording; include `--8<-- "{recording}.out.md"` or fix the name'
                )
                continue
            selected = [run for run in runs if run.selected_by(head.group("run"))]
            if not selected:
                problems.append(
                    f"{where}:{number}: no stored run of {recording} is {head.group('run')!r}"
                )
                continue
            for failure in check_claim(body, selected):
                problems.append(
                    f"{where}:{number}: the claim about {recording} does not hold: {failure}. "
                    "Make the sentence say what the recording shows (and fix its marker), or fix the example"
                )
        prose = pages.INLINE_CODE.sub(
            "", re.sub(r"<!--.*?-->", "", text, flags=re.DOTALL)
        )
        pointer = POINTS_AT_LINES.search(prose)
        if pointer and not markers and not NO_CLAIM.search(text):
            number = paragraph[0].number + prose[: pointer.start()].count("\n")
            problems.append(
                f"{where}:{number}: {pointer.group(0)!r} points at a line of an output but the paragraph has no "
                '<!-- claim: RECORDING line N contains "TEXT" --> marker (tests/claims.py); add one that states what '
                "the sentence says, or <!-- no-claim: REASON --> if the line is one of the code"
            )
    return problems


def markdown_pages(docs: Path = DOCS) -> list[Path]:
    return [path for path in pages.all_pages(docs) if path.suffix == ".md"]
