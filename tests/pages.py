"""Reading the site's pages the way the checks need them: twins, headings, includes, diagrams, tables.

Every function takes the folders it reads as arguments (defaults: the repository's docs/ and
examples/), so tests/test_faults.py can point them at scratch sites and prove each check fires.
Each `*_problems` function returns messages that name the file(s), the line and what to do;
an empty list means all is well.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from tests.harness.paths import DOCS, EXAMPLES, ROOT

# pymdownx.snippets: `--8<-- "path"` (a leading `;` escapes it, so it is not an include).
INCLUDE = re.compile(
    r'^(?P<indent>\s*)-{1,}8<-{1,}\s+(?P<q>["\'])(?P<target>[^"\']+)(?P=q)\s*$'
)
HEADING = re.compile(r"^(#{1,6})\s+\S")
# The explicit id every heading ends with, the same in both languages: `## 5.4.4 spawn 要求一切可 pickle { #spawn-needs-pickle }`.
HEADING_ID = re.compile(r"\s\{\s?#(?P<id>[^\s}]+)\s?\}\s*$")
KEBAB = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
FENCE_OPEN = re.compile(r"^(?P<indent>\s*)(?P<fence>`{3,}|~{3,})\s*(?P<info>.*)$")
TABLE_RULE = re.compile(
    r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)+\|?\s*$|^\s*\|\s*:?-{3,}:?\s*\|\s*$"
)
CJK = re.compile(r"[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]")
INLINE_CODE = re.compile(r"(`+)(?:(?!\1).)+?\1")
PARENS = re.compile(r"\([^()]*\)|（[^（）]*）")


def rel(path: Path) -> str:
    """A path for messages: relative to the repository when inside it, as given otherwise."""
    path = Path(path)
    try:
        return str(path.resolve().relative_to(ROOT))
    except ValueError:
        return str(path)


@dataclass
class Line:
    number: int  # 1-based
    text: str
    fence: (
        str | None
    )  # info string of the fenced block the line is inside (or opens), None outside
    opens: bool = False  # the line opens a fenced block


@dataclass
class Page:
    path: Path
    lines: list[Line] = field(default_factory=list)

    @property
    def headings(self) -> list[tuple[int, str, int]]:
        """(level, text, line number) of every Markdown heading outside fenced code."""
        found = []
        for line in self.lines:
            match = HEADING.match(line.text)
            if match and line.fence is None:
                found.append((len(match.group(1)), line.text.strip(), line.number))
        return found

    @property
    def heading_ids(self) -> list[tuple[str | None, str, int]]:
        """(explicit id or None, heading text, line number) of every heading."""
        found = []
        for _, text, number in self.headings:
            match = HEADING_ID.search(text)
            found.append((match.group("id") if match else None, text, number))
        return found

    @property
    def includes(self) -> list[tuple[str, int]]:
        """(target, line number) of every `--8<--` include, in order, in or outside code fences."""
        found = []
        for line in self.lines:
            match = INCLUDE.match(line.text)
            if match:
                found.append((match.group("target"), line.number))
        return found

    @property
    def mermaid(self) -> list[int]:
        """Line numbers where mermaid diagrams start."""
        return [
            ln.number
            for ln in self.lines
            if ln.opens and (ln.fence or "").split()[:1] == ["mermaid"]
        ]

    @property
    def tables(self) -> list[int]:
        """Line numbers of the header rule (|---|---|) of every Markdown table outside code."""
        return [
            ln.number - 1
            for ln in self.lines
            if ln.fence is None and TABLE_RULE.match(ln.text)
        ]


def read_page(path: Path) -> Page:
    page = Page(path)
    fence: tuple[str, str] | None = None  # (fence chars, info)
    rows = path.read_text(encoding="utf-8").splitlines()
    if rows and rows[0].strip() == "---":  # YAML front matter
        fence = ("---", "yaml front matter")
    for number, text in enumerate(rows, start=1):
        if fence == ("---", "yaml front matter"):
            page.lines.append(Line(number, text, fence[1], opens=number == 1))
            if number > 1 and text.strip() == "---":
                fence = None
            continue
        if fence is None:
            match = FENCE_OPEN.match(text)
            if match:
                fence = (match.group("fence"), match.group("info").strip())
                page.lines.append(Line(number, text, fence[1], opens=True))
                continue
            page.lines.append(Line(number, text, None))
        else:
            page.lines.append(Line(number, text, fence[1]))
            stripped = text.strip()
            if (
                stripped.startswith(fence[0][0])
                and set(stripped) == {fence[0][0]}
                and len(stripped) >= len(fence[0])
            ):
                fence = None
    return page


# ---------------------------------------------------------------------------- twins


def is_english(path: Path) -> bool:
    return path.name.endswith((".en.md", ".en.ipynb"))


def twin_of(path: Path) -> Path:
    """docs/X.md <-> docs/X.en.md, docs/X.ipynb <-> docs/X.en.ipynb."""
    name = path.name
    for suffix in (".md", ".ipynb"):
        if name.endswith(".en" + suffix):
            return path.with_name(name[: -len(".en" + suffix)] + suffix)
        if name.endswith(suffix):
            return path.with_name(name[: -len(suffix)] + ".en" + suffix)
    raise ValueError(f"not a page: {path}")


def all_pages(docs: Path = DOCS) -> list[Path]:
    return sorted(
        p
        for p in docs.rglob("*")
        if p.suffix in (".md", ".ipynb") and "assets" not in p.parts
    )


def zh_pages(docs: Path = DOCS, suffix: str = ".md") -> list[Path]:
    return [p for p in all_pages(docs) if p.suffix == suffix and not is_english(p)]


def en_pages(docs: Path = DOCS, suffix: str = ".md") -> list[Path]:
    return [p for p in all_pages(docs) if p.suffix == suffix and is_english(p)]


def twin_problems(docs: Path = DOCS) -> list[str]:
    problems = []
    for page in all_pages(docs):
        twin = twin_of(page)
        if not twin.exists():
            lang, other = (
                ("English", "Chinese") if is_english(page) else ("Chinese", "English")
            )
            problems.append(
                f"{rel(page)} ({lang}) has no {other} twin {rel(twin)}: write it (same sections, "
                "same included examples, same diagrams), or remove the page"
            )
    return problems


# ---------------------------------------------------------------------------- parity


def _first_difference(zh: list, en: list) -> int:
    for index, (a, b) in enumerate(zip(zh, en)):
        if a != b:
            return index
    return min(len(zh), len(en))


def _notebook_page(path: Path) -> Page:
    """A notebook as a page: its markdown cells' lines, then one fake include line per code cell."""
    notebook = json.loads(path.read_text(encoding="utf-8"))
    page = Page(path)
    number = 0
    for cell in notebook.get("cells", []):
        source = cell.get("source", "")
        text = "".join(source) if isinstance(source, list) else source
        if cell.get("cell_type") == "markdown":
            for row in text.splitlines():
                number += 1
                page.lines.append(Line(number, row, None))
        elif cell.get("cell_type") == "code":
            number += 1
            page.lines.append(Line(number, "[code cell]", "python"))
    return page


def load(path: Path) -> Page:
    return _notebook_page(path) if path.suffix == ".ipynb" else read_page(path)


def markdown_text(path: Path) -> str:
    """What the page is written in: a .md file's text, a notebook's markdown cells (code cells as a marker)."""
    return "\n".join(line.text for line in load(path).lines)


def parity_problems(zh_path: Path, en_path: Path) -> list[str]:
    """Same heading levels and explicit heading ids in the same order, same includes in the same order, same diagram and table counts."""
    zh, en = load(zh_path), load(en_path)
    pair = f"{rel(zh_path)} vs {rel(en_path)}"
    problems = []

    zh_levels = [level for level, _, _ in zh.headings]
    en_levels = [level for level, _, _ in en.headings]
    if zh_levels != en_levels:
        i = _first_difference(zh_levels, en_levels)
        zh_at = (
            f"line {zh.headings[i][2]}: {zh.headings[i][1]!r}"
            if i < len(zh.headings)
            else "(no more headings)"
        )
        en_at = (
            f"line {en.headings[i][2]}: {en.headings[i][1]!r}"
            if i < len(en.headings)
            else "(no more headings)"
        )
        problems.append(
            f"{pair}: heading structure differs at heading #{i + 1} "
            f"(zh {''.join(map(str, zh_levels))} vs en {''.join(map(str, en_levels))} as levels): "
            f"zh {zh_at}; en {en_at}. Give both pages the same sections, at the same levels, in the same order"
        )

    zh_inc = [t for t, _ in zh.includes]
    en_inc = [t for t, _ in en.includes]
    if zh_inc != en_inc:
        i = _first_difference(zh_inc, en_inc)
        zh_at = (
            f'line {zh.includes[i][1]}: "{zh.includes[i][0]}"'
            if i < len(zh_inc)
            else "(no more includes)"
        )
        en_at = (
            f'line {en.includes[i][1]}: "{en.includes[i][0]}"'
            if i < len(en_inc)
            else "(no more includes)"
        )
        problems.append(
            f"{pair}: included files differ at include #{i + 1}: zh {zh_at}; en {en_at}. "
            "Both languages must include the same examples and outputs, in the same order"
        )

    for what, zh_list, en_list in (
        ("mermaid diagrams", zh.mermaid, en.mermaid),
        ("tables", zh.tables, en.tables),
    ):
        if len(zh_list) != len(en_list):
            problems.append(
                f"{pair}: {len(zh_list)} {what} (at lines {zh_list}) vs {len(en_list)} (at lines {en_list}); "
                "give both pages the same ones (labels translated)"
            )
    # Notebook headings get their ids from the notebook pipeline, not from `{ #id }` (attr_list is Markdown-only).
    if zh_path.suffix == en_path.suffix == ".md":
        problems += heading_id_parity_problems(zh_path, en_path)
    return problems


def heading_id_problems(path: Path) -> list[str]:
    """Every heading ends with `{ #kebab-case-id }`, unique on the page (mkdocs would silently add _1)."""
    problems, seen = [], {}
    for heading_id, text, number in load(path).heading_ids:
        where = f"{rel(path)}:{number}: heading {text!r}"
        if heading_id is None:
            problems.append(
                f"{where} has no explicit id; end the line with `{{ #kebab-case-english-slug }}` (no section "
                "number), the same id on the twin page's heading, e.g. `## 5.4.4 spawn 要求一切可 pickle { #spawn-needs-pickle }`"
            )
        elif not KEBAB.match(heading_id):
            problems.append(
                f"{where}: id {heading_id!r} is not kebab-case English; use lowercase words joined by '-'"
            )
        elif heading_id in seen:
            problems.append(
                f"{where}: id {heading_id!r} is already used on line {seen[heading_id]}; make it unique on the page"
            )
        else:
            seen[heading_id] = number
    return problems


def heading_id_parity_problems(zh_path: Path, en_path: Path) -> list[str]:
    """The twins' headings carry the same ids in the same order, so a link or the language switch lands on the same section."""
    problems = heading_id_problems(zh_path) + heading_id_problems(en_path)
    zh, en = load(zh_path).heading_ids, load(en_path).heading_ids
    zh_ids, en_ids = [i for i, _, _ in zh], [i for i, _, _ in en]
    if zh_ids != en_ids:
        i = _first_difference(zh_ids, en_ids)
        zh_at = (
            f"{rel(zh_path)}:{zh[i][2]} has {zh_ids[i]!r}"
            if i < len(zh)
            else f"{rel(zh_path)} has no more headings"
        )
        en_at = (
            f"{rel(en_path)}:{en[i][2]} has {en_ids[i]!r}"
            if i < len(en)
            else f"{rel(en_path)} has no more headings"
        )
        problems.append(
            f"heading ids differ at heading #{i + 1}: {zh_at}; {en_at}. Twin headings carry the same "
            "`{ #id }`, in the same order: copy the id from one language to the other"
        )
    return problems


# A Chinese term in parentheses is at most this many CJK characters, without sentence punctuation.
TERM_MAX_CJK = 8
CJK_SENTENCE_PUNCTUATION = re.compile(r"[。，；：！？、]")


def cjk_problems(en_path: Path) -> list[str]:
    """Chinese characters on an English page, outside inline code and parentheses; and in parentheses
    anything longer than a term (a sentence: CJK punctuation, or more than TERM_MAX_CJK CJK characters)."""
    page = load(en_path)
    problems = []
    for line in page.lines:
        text = INLINE_CODE.sub("", line.text)
        for group in re.finditer(r"\([^()]*\)|（[^（）]*）", text):
            cjk = CJK.findall(group.group(0))
            chinese = [
                c
                for c in cjk
                if not CJK_SENTENCE_PUNCTUATION.match(c) and c not in "（）"
            ]
            if chinese and (
                CJK_SENTENCE_PUNCTUATION.search(group.group(0))
                or len(chinese) > TERM_MAX_CJK
            ):
                problems.append(
                    f"{rel(en_path)}:{line.number}: a Chinese sentence in parentheses on the English page: "
                    f"{group.group(0)[:80]!r}. Translate it; parentheses may keep a Chinese term only "
                    f"(at most {TERM_MAX_CJK} characters, no 。，；), e.g. zombie process (僵尸进程)"
                )
        previous = None
        while previous != text:
            previous, text = text, PARENS.sub("", text)
        found = CJK.search(text)
        if found:
            where = (
                "a mermaid diagram"
                if line.fence and line.fence.startswith("mermaid")
                else ("a code block" if line.fence else "text")
            )
            problems.append(
                f"{rel(en_path)}:{line.number}: Chinese left on the English page (in {where}), "
                f"first at {found.group(0)!r}: {line.text.strip()[:100]!r}. Translate it; a Chinese term may stay "
                "only in parentheses, e.g. zombie process (僵尸进程), or in `inline code`"
            )
    return problems


# ---------------------------------------------------------------------------- includes


def _shown_on(docs: Path) -> dict[str, set[Path]]:
    shown: dict[str, set[Path]] = {}
    for path in all_pages(docs):
        if path.suffix == ".md":
            for target, _ in read_page(path).includes:
                shown.setdefault(target, set()).add(path)
    return shown


def _showing(docs: Path) -> tuple[dict[str, set[Path]], dict[Path, str]]:
    """(_shown_on(docs), each notebook's text), read once per state of the pages: the suite asks
    once per example (about 80 times), and reading every page took 70 ms each time."""
    state = tuple(
        (path, path.stat().st_mtime_ns, path.stat().st_size) for path in all_pages(docs)
    )
    return _showing_in(docs, state)


@functools.lru_cache(maxsize=8)
def _showing_in(
    docs: Path, state: tuple
) -> tuple[dict[str, set[Path]], dict[Path, str]]:
    notebooks = {
        path: path.read_text(encoding="utf-8")
        for path, _, _ in state
        if path.suffix == ".ipynb"
    }
    return _shown_on(docs), notebooks


def missing_include_problems(docs: Path = DOCS, examples: Path = EXAMPLES) -> list[str]:
    """Every `--8<--` target exists; a page that shows a script also includes its output view."""
    problems = []
    for path in all_pages(docs):
        if path.suffix != ".md":
            continue
        page = read_page(path)
        targets = [t for t, _ in page.includes]
        for target, number in page.includes:
            if not (examples / target).exists():
                if target.endswith(".out.md"):
                    script = f"examples/{target[: -len('.out.md')]}.py"
                    hint = f"record it with `python -m tests.record {script}` (or fix the path)"
                else:
                    hint = "fix the path (relative to examples/) or add the file"
                problems.append(
                    f'{rel(path)}:{number}: --8<-- "{target}" but {rel(examples / target)} does not exist; {hint}'
                )
            elif target.endswith(".py"):
                view = target[: -len(".py")] + ".out.md"
                if view not in targets and (examples / view).exists():
                    problems.append(
                        f'{rel(path)}:{number}: shows "{target}" but not its recorded output; add '
                        f'`--8<-- "{view}"` after the code block'
                    )
    return problems


def unshown_problems(
    scripts: list[Path], docs: Path = DOCS, examples: Path = EXAMPLES
) -> list[str]:
    """Each script is shown on at least one Chinese page and on that page's English twin.

    Shown means included with `--8<--` on a Markdown page, or, for a helper module of a notebook
    page (notebooks cannot include files), its path `examples/...` written in the notebook.
    """
    shown_on, notebooks = _showing(docs)
    problems = []
    for script in scripts:
        target = script.relative_to(examples).as_posix()
        # A notebook cannot include files; one that names the script's path (and shows it) counts.
        named_in = {
            path for path, text in notebooks.items() if f"examples/{target}" in text
        }
        pages_with = shown_on.get(target, set()) | named_in
        zh = sorted(p for p in pages_with if not is_english(p))
        snippet = (
            f'```python title="examples/{target}"\n    --8<-- "{target}"\n    ```\n\n'
            f'    --8<-- "{target[:-3]}.out.md"'
        )
        if not zh:
            problems.append(
                f"{rel(script)} is not shown on any Chinese page; add to its chapter's docs/NN-*.md "
                f"and to the .en.md twin:\n    {snippet}"
            )
        for page in zh:
            if twin_of(page) not in pages_with:
                problems.append(
                    f"{rel(script)} is shown on {rel(page)} but not on its twin {rel(twin_of(page))}; "
                    f"add there too:\n    {snippet}"
                )
    return problems
