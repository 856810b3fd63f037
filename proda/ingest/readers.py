"""Read .txt / .md / .html / .pdf files into structured ``ParsedDocument`` blocks.

Structure (headings, list items, ``<dl>`` glossaries, table rows) is kept
because chunking follows sections and extraction reads definitions straight
from glossary entries.  Every block's text is whitespace-normalised to a single
line, so ``"\\n\\n"`` in ``ParsedDocument.text`` always means a block boundary.

Every failure is a one-line :class:`ReadError` naming the file: one bad file
in a folder of hundreds is reported, never a traceback; a redirect page is
skipped with a one-line notice (:class:`NotABookPage`).
"""

from __future__ import annotations

import hashlib
import html as html_lib
import logging
import os
import re
from pathlib import Path
from typing import Iterator

from proda.ingest.readers_norm import norm as _norm
from proda.models import Block, ParsedDocument

SUPPORTED = {".txt", ".md", ".markdown", ".html", ".htm", ".pdf"}
_log = logging.getLogger(__name__)
_FORMAT = {".txt": "txt", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html", ".pdf": "pdf"}


class ReadError(Exception):
    """A file cannot be read; ``str()`` is one line: ``<path>: <problem>``."""

    def __init__(self, path: Path | str, problem: str):
        self.path = str(path)
        self.problem = " ".join(str(problem).split())
        super().__init__(f"{self.path}: {self.problem}")


class NotABookPage(Exception):
    """A parser's finding that a readable file is no page of a book (an HTML redirect): :func:`read_documents` (a
    folder's files, as ``ingest`` reads them) skips it with a one-line notice naming the file, and the rest of the
    book is read (the notice: a warning on the ``proda.ingest.readers`` logger, which Python's last-resort handler
    writes as the bare line); :func:`read_document` (one file asked for) raises a :class:`ReadError` naming it."""


# ----------------------------------------------------------------------------- files


def iter_files(paths: list[Path]) -> Iterator[Path]:
    """Yield the files to read under ``paths``, sorted and de-duplicated.

    Folders are walked recursively; inside them only supported extensions are
    taken and hidden files/folders (``.name``) are skipped.  Problems are not
    swallowed: a path given explicitly is yielded even when it is missing, is
    unreadable or has an unsupported extension, and a sub-folder that cannot be
    listed is yielded too -- :func:`read_document` then raises a one-line
    :class:`ReadError` for it, so callers report every problem in one loop.
    """
    found: set[Path] = set()
    for p in map(Path, paths):
        if not p.is_dir():
            found.add(p)  # files, and missing/odd paths: read_document reports them
            continue
        for root, dirs, files in os.walk(p, onerror=lambda e: found.add(Path(e.filename))):
            dirs[:] = [d for d in dirs if not d.startswith(".")]
            for f in files:
                if not f.startswith(".") and Path(f).suffix.lower() in SUPPORTED:
                    found.add(Path(root) / f)
    yield from sorted(found)


def read_document(path: Path) -> ParsedDocument:
    """Parse one file (dispatch on extension) as one document; raise :class:`ReadError` on any problem."""
    return _read(Path(path), split=False)[0]


def read_documents(path: Path) -> list[ParsedDocument]:
    """The documents of one file, as ``ingest`` stores them: one, except a PDF whose outline has two chapters or
    more, which gives one per chapter (``readers_pdf_chapters``), as an HTML book gives one per section file; none, with
    a one-line notice naming the file, for a page that is no book page (:class:`NotABookPage`)."""
    return _read(Path(path), split=True)


def _read(path: Path, split: bool) -> list[ParsedDocument]:
    raw = _read_bytes(path)
    ext = path.suffix.lower()
    if ext not in SUPPORTED:
        supported = ", ".join(sorted(SUPPORTED))
        raise ReadError(path, f"unsupported file type {ext or '(no extension)'!r} (supported: {supported})")
    fmt = _FORMAT[ext]
    if not raw.strip():
        raise ReadError(path, "file is empty")
    sha = hashlib.sha256(raw).hexdigest()
    chapters = []  # (path suffix, title, sha256, blocks) when a PDF is read chapter by chapter
    try:
        if fmt == "pdf":
            from proda.ingest.readers_pdf import _parse_pdf_book
            from proda.ingest.readers_pdf_chapters import chapters_of

            title, blocks, reader, outline = _parse_pdf_book(path, raw)
            if split and blocks:
                chapters = chapters_of(blocks, reader, outline, title or path.stem, sha)
        else:
            from proda.ingest.readers_html import _parse_html

            text = _decode(path, raw)
            title, blocks = {"txt": _parse_txt, "md": _parse_md, "html": _parse_html}[fmt](text)
    except ReadError:
        raise
    except NotABookPage as e:
        if not split:
            raise ReadError(path, str(e)) from None
        _log.warning("%s", ReadError(path, f"skipped, {e}"))  # "b/old.html: skipped, not a book page: ..."
        return []
    except RecursionError:
        raise ReadError(path, f"cannot parse {fmt}: structure nested too deeply") from None
    except Exception as e:  # a parser bug or pathological input must still be one line
        raise ReadError(path, f"cannot parse {fmt}: {_short(e)}") from e
    if not blocks:
        raise ReadError(path, "no text content found")
    if len(chapters) > 1:
        return [ParsedDocument(path=f"{path}#{suffix}", title=t, format=fmt, sha256=h, blocks=bs)
                for suffix, t, h, bs in chapters]
    return [ParsedDocument(path=str(path), title=title or path.stem, format=fmt, sha256=sha, blocks=blocks)]


def _read_bytes(path: Path) -> bytes:
    try:
        if path.is_dir():
            try:
                os.listdir(path)
            except PermissionError:
                raise ReadError(path, "cannot list folder (permission denied)") from None
            raise ReadError(path, "is a folder, not a file")
        return path.read_bytes()
    except ReadError:
        raise
    except FileNotFoundError:
        raise ReadError(path, "no such file") from None
    except PermissionError:
        raise ReadError(path, "cannot read file (permission denied)") from None
    except OSError as e:
        raise ReadError(path, f"cannot read file ({e.strerror or _short(e)})") from None


def _short(e: BaseException) -> str:
    msg = " ".join(str(e).split())
    msg = msg[:120] + "..." if len(msg) > 120 else msg
    return f"{type(e).__name__}: {msg}" if msg else type(e).__name__


def _decode(path: Path, raw: bytes) -> str:
    """Strict UTF-8 (a BOM is accepted): mis-decoded text would poison every later stage."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ReadError(path, "not UTF-8 text (UTF-16 byte-order mark)")
    if b"\x00" in raw:
        raise ReadError(path, "binary file, not text")
    skip = 3 if raw.startswith(b"\xef\xbb\xbf") else 0
    try:
        text = raw[skip:].decode("utf-8")
    except UnicodeDecodeError as e:
        head = raw[:4096]
        ctrl = sum(1 for c in head if c < 9 or 13 < c < 32 and c != 27)
        if ctrl > len(head) * 0.05:
            raise ReadError(path, "binary file, not text") from None
        pos = e.start + skip
        raise ReadError(path, f"not UTF-8 text (invalid byte 0x{raw[pos]:02x} at offset {pos})") from None
    if not text.strip():
        raise ReadError(path, "file is empty")
    return text.replace("\r\n", "\n").replace("\r", "\n")


# ----------------------------------------------------------------------------- blocks


class _Builder:
    """Collects blocks and keeps the heading path (a stack of (level, title))."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.stack: list[tuple[int, str]] = []

    @property
    def path(self) -> list[str]:
        return [t for _, t in self.stack]

    def heading(self, text: str, level: int, path: list[str] | None = None) -> None:
        text = _norm(text)
        if not text:
            # an empty heading still ends the section above it at its level: a copy with its section titles
            # stripped ("<h2>Learning Outcomes</h2> ... <h2></h2> body") must not file the body under the last title
            if path is None:
                while self.stack and self.stack[-1][0] >= level:
                    self.stack.pop()
            return
        if path is None:
            while self.stack and self.stack[-1][0] >= level:
                self.stack.pop()
            self.stack.append((level, text))
        else:
            self.stack = [(i + 1, t) for i, t in enumerate(path)]
        self.blocks.append(Block(kind="heading", text=text, heading_path=self.path, level=level))

    def add(self, kind: str, text: str, term: str | None = None, level: int = 0) -> None:
        text = _norm(text)
        if text:
            self.blocks.append(Block(kind=kind, text=text, heading_path=self.path, term=term, level=level))

    def definition(self, term: str, definition: str) -> None:
        """``text`` is ``"term: definition"`` so that a chunk carries both."""
        term, definition = _norm(term), _norm(definition)
        if term and definition:
            self.add("definition", f"{term}: {definition}", term=term)
        else:
            self.add("paragraph", term or definition)

    def first_heading(self) -> str:
        return next((b.text for b in self.blocks if b.kind == "heading"), "")


# ----------------------------------------------------------------------------- txt

_TXT_BULLET = re.compile(r"^(?:[-*•]|\d{1,3}[.)])\s+")
_NUMBERED = re.compile(r"^(\d{1,3}(?:\.\d{1,3})*)\.?\s+([A-Z].*)$")


def _txt_heading_level(line: str, next_para: str | None) -> int:
    """Conservative: a lone short line without final punctuation, then real prose."""
    if next_para is None or len(line) > 80 or line[-1] in ".,;:!?" or not line[0].isalnum():
        return 0
    if m := _NUMBERED.match(line):
        if len(line.split()) > 12 or ("." not in m.group(1) and _TXT_BULLET.match(next_para)):
            return 0  # "1. Buy milk" followed by "2. ..." is a list, not a heading
        return m.group(1).count(".") + 1
    letters = [c for c in line if c.isalpha()]
    if len(letters) >= 2 and line.upper() == line:
        return 1
    prose = len(next_para) >= 80 or next_para.rstrip()[-1:] in ".!?"
    if line[0].isupper() and len(line.split()) <= 8 and prose and len(next_para) > 2 * len(line):
        return 2
    return 0


def _parse_txt(text: str) -> tuple[str, list[Block]]:
    b = _Builder()
    paras = [p.strip("\n") for p in re.split(r"\n[ \t]*\n", text) if p.strip()]
    for i, para in enumerate(paras):
        lines = [ln.strip() for ln in para.split("\n") if ln.strip()]
        nxt = paras[i + 1] if i + 1 < len(paras) else None
        if len(lines) == 2 and re.fullmatch(r"={3,}|-{3,}", lines[1]):  # setext-style underline
            b.heading(lines[0], 1 if lines[1][0] == "=" else 2)
        elif len(lines) == 1 and (level := _txt_heading_level(lines[0], nxt)):
            b.heading(lines[0], level)
        elif _TXT_BULLET.match(lines[0]):
            item: list[str] = []
            for ln in lines:
                if _TXT_BULLET.match(ln) and item:
                    b.add("list_item", " ".join(item), level=1)
                    item = []
                item.append(_TXT_BULLET.sub("", ln, count=1) if not item else ln)
            b.add("list_item", " ".join(item), level=1)
        else:
            b.add("paragraph", " ".join(lines))
    first = b.blocks[0] if b.blocks else None
    return (first.text if first is not None and first.kind == "heading" else ""), b.blocks


# ----------------------------------------------------------------------------- markdown

_MD_ATX = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
_MD_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_MD_HR = re.compile(r"^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$")
_MD_ITEM = re.compile(r"^([ \t]*)(?:[-*+]|\d{1,9}[.)])[ \t]+(.*)$")
_MD_TABLE_SEP = re.compile(r"^\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$")
_MD_LINKDEF = re.compile(r"^ {0,3}\[[^\]]+\]:\s*\S+")
_MD_DEF = re.compile(r"^(?:\*\*|__)([^*_]{1,100}?)(?::(?:\*\*|__)|(?:\*\*|__)\s*:)\s*(.+)$")
_MD_CODE = re.compile(r"(`+)(.+?)\1")
_MD_SUBS = [
    (re.compile(r"!\[[^\]]*\](?:\([^)]*\)|\[[^\]]*\])"), ""),  # images are dropped
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),  # [text](url)
    (re.compile(r"\[([^\]]+)\]\[[^\]]*\]"), r"\1"),  # [text][ref]
    (re.compile(r"<((?:https?|mailto):[^>\s]+)>"), r"\1"),  # <http://...>
    (re.compile(r"</?[A-Za-z][^>]*>"), ""),  # inline html tags
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),  # strong
    (re.compile(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])"), r"\1"),  # *em*
    (re.compile(r"(?<![\w_])_(?=\S)(.+?)(?<=\S)_(?![\w_])"), r"\1"),  # _em_ (not snake_case)
    (re.compile(r"~~(.+?)~~"), r"\1"),
    (re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])"), r"\1"),  # backslash escapes
]


def _md_inline(s: str) -> str:
    """Markup off, text kept; code spans are protected from the emphasis rules."""
    codes: list[str] = []

    def keep(m: re.Match) -> str:
        codes.append(m.group(2).strip())
        return f"\x00{len(codes) - 1}\x00"

    s = _MD_CODE.sub(keep, s)
    for rx, rep in _MD_SUBS:
        s = rx.sub(rep, s)
    s = re.sub(r"\x00(\d+)\x00", lambda m: codes[int(m.group(1))], s)
    return html_lib.unescape(s)


def _parse_md(text: str) -> tuple[str, list[Block]]:
    """Fenced code blocks are skipped: code is not prose and would only feed extractors noise."""
    text = re.sub(r"<!--.*?-->", "", text, flags=re.S)
    lines = text.split("\n")
    b = _Builder()
    title = ""
    i = 0
    if lines and lines[0].strip() == "---":  # YAML front matter: take its title, skip the rest
        end = next((k for k in range(1, min(len(lines), 200)) if lines[k].strip() in ("---", "...")), 0)
        for ln in lines[1:end]:
            if m := re.match(r"^title:\s*[\"']?(.*?)[\"']?\s*$", ln):
                title = _norm(m.group(1))
        i = end + 1 if end else 0
    para: list[str] = []
    item: list[str] = []
    item_level = 0
    last_term = ""

    def flush() -> None:
        nonlocal para, item, last_term
        if para:
            _md_para(b, para)
            para = []
        if item:
            raw = " ".join(item)
            if m := _MD_DEF.match(raw):
                b.definition(_md_inline(m.group(1)), _md_inline(m.group(2)))
            else:
                b.add("list_item", _md_inline(raw), level=item_level)
            item = []
        last_term = ""

    while i < len(lines):
        line = lines[i]
        s = line.strip()
        i += 1
        if m := _MD_FENCE.match(line):
            flush()
            fence = m.group(1)
            while i < len(lines) and not lines[i].strip().startswith(fence[0] * len(fence)):
                i += 1
            i += 1
            continue
        if not s:
            flush()
            continue
        if m := _MD_ATX.match(line):
            flush()
            b.heading(_md_inline(m.group(2) or ""), len(m.group(1)))
            continue
        if para and not item and re.fullmatch(r"=+|-+", s):  # setext heading underline
            heading, para = " ".join(para), []
            b.heading(_md_inline(heading), 1 if s[0] == "=" else 2)
            continue
        if _MD_HR.match(line) or _MD_LINKDEF.match(line):
            flush()
            continue
        if s.startswith("|") or (not para and "|" in s and i < len(lines) and _MD_TABLE_SEP.match(lines[i].strip())):
            flush()
            if not _MD_TABLE_SEP.match(s):
                cells = [_md_inline(c) for c in re.split(r"(?<!\\)\|", s.strip().strip("|"))]
                b.add("table_row", " | ".join(c for c in map(_norm, cells)))
            continue
        if re.match(r":\s+\S", s) and (para or last_term) and not item:  # "Term\n: definition"
            term = last_term
            if para:
                term = _md_inline(" ".join(para))
                para = []
            b.definition(term, _md_inline(s[1:]))
            last_term = term
            continue
        if m := _MD_ITEM.match(line):
            flush()
            item, item_level = [m.group(2)], len(m.group(1).expandtabs(4)) // 2 + 1
            continue
        s = re.sub(r"^(?:>\s?)+", "", s)  # block quotes read as plain paragraphs
        (item if item else para).append(s)
    flush()
    return title or b.first_heading(), b.blocks


def _md_para(b: _Builder, lines: list[str]) -> None:
    """A paragraph, or a run of ``**Term**: definition`` lines (one definition each)."""
    if not _MD_DEF.match(lines[0]):
        b.add("paragraph", _md_inline(" ".join(lines)))
        return
    entries: list[list[str]] = []
    for ln in lines:
        if _MD_DEF.match(ln) or not entries:
            entries.append([ln])
        else:
            entries[-1].append(ln)
    for e in entries:
        m = _MD_DEF.match(" ".join(e))
        if m:
            b.definition(_md_inline(m.group(1)), _md_inline(m.group(2)))
        else:
            b.add("paragraph", _md_inline(" ".join(e)))
