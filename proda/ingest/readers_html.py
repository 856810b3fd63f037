"""HTML reader (split from ``readers.py``): headings, paragraphs, list items, ``<dl>`` glossaries and table rows
as blocks, with the heading path kept, so chunking follows sections and definitions come straight from glossaries.
Scripts, navigation and other non-text elements are skipped; the furniture of a generated book's page (navigation bars,
tables of contents, footnote markers) is removed and its boxes and layout tables marked first (``readers_html_page``).
A redirect page is no book page: one line naming it."""

from __future__ import annotations

import re
import warnings

from bs4 import BeautifulSoup, NavigableString, Tag, XMLParsedAsHTMLWarning
from bs4.element import PreformattedString  # comments, doctypes, CDATA: not text

from proda.ingest.readers import NotABookPage, _Builder, _norm
from proda.ingest.readers_boxes import unbox
from proda.ingest.readers_html_page import BOX, LABEL, TITLE, prepare, redirect_target
from proda.models import Block


_H_LEVEL = {f"h{n}": n for n in range(1, 7)}
_SKIP_TAGS = {"script", "style", "nav", "noscript", "template", "svg", "head", "pre", "iframe", "object", "button", "select"}  # fmt: skip
_BLOCK_TAGS = set(_H_LEVEL) | {
    "p", "li", "ul", "ol", "dl", "dt", "dd", "table", "thead", "tbody", "tfoot", "tr", "td", "th",
    "div", "section", "article", "main", "header", "footer", "aside", "blockquote", "figure",
    "figcaption", "caption", "form", "fieldset", "body", "html", "hr", "address", "details",
    "summary", "center", "br",
}  # fmt: skip
_BOXES = "+boxes"  # in a ``skip`` set: leave out the boxes (an item's text), which the walker reads after the item
_PARA_TAGS = {"p", "figcaption", "caption", "summary", "address"}
_LIST_TAGS = {"ul", "ol", "dl"}


def _html_collect(el, parts: list[str], skip: frozenset[str] = frozenset()) -> None:
    """Append the strings under ``el``; block-level children are fenced by spaces, inline ones are not."""
    for c in el.children:
        if isinstance(c, Tag):
            name = c.name
            if name in _SKIP_TAGS or name in skip or (_BOXES in skip and c.has_attr(BOX)):
                continue
            if name in _BLOCK_TAGS:
                parts.append(" ")
                _html_collect(c, parts, skip)
                parts.append(" ")
            else:
                _html_collect(c, parts, skip)
        elif isinstance(c, NavigableString) and not isinstance(c, PreformattedString):
            parts.append(c)


def _html_text(el, skip: frozenset[str] = frozenset()) -> str:
    parts: list[str] = []
    _html_collect(el, parts, skip)
    return _norm("".join(parts))


def _parse_html(text: str) -> tuple[str, list[Block]]:
    """h1-h6 build the heading path (h1 included), ``<dl>`` pairs become definition blocks."""
    with warnings.catch_warnings():  # an XHTML page read as HTML is what we mean: no warning on the console
        warnings.simplefilter("ignore", XMLParsedAsHTMLWarning)
        soup = BeautifulSoup(text, "lxml")
    target = redirect_target(soup)
    prepare(soup)  # navigation, tables of contents and footnote markers out; boxes and layout tables marked
    b = _Builder()
    _html_walk(soup, b, 0)
    if target is not None and len(" ".join(x.text for x in b.blocks)) < _REDIRECT_TEXT:
        raise NotABookPage(f"not a book page: a redirect to {target}")
    b.blocks = unbox(b.blocks)  # worked-example titles and box labels the copy glued into paragraphs
    h1 = next((x.text for x in b.blocks if x.kind == "heading" and x.level == 1), "")
    title = _norm(soup.title.get_text()) if soup.title else ""
    return h1 or title, b.blocks


_REDIRECT_TEXT = 200  # a redirect page carries at most a line ("This page has moved to ...")


# a heading of the book's apparatus whose section is one list ("Learning Outcomes: By the end of this section, you
# will be able to: ..."): where the section's own title is missing, the text after the list is not the objectives'
_ANNOUNCING = frozenset({"learning outcomes", "learning objectives", "objectives", "outcomes", "learning goals",
                         "by the end of this section"})


def _html_walk(el, b: _Builder, depth: int) -> None:
    loose: list[str] = []  # inline content sitting directly in a container

    def flush() -> None:
        if loose:
            b.add("paragraph", "".join(loose))
            loose.clear()

    for c in el.children:
        if not isinstance(c, Tag):
            if isinstance(c, NavigableString) and not isinstance(c, PreformattedString):
                loose.append(c)
            continue
        name = c.name
        if name in _SKIP_TAGS:
            continue
        if c.has_attr(TITLE):  # a box's title: a line of its own (see readers_html_page), or a bare label: dropped
            flush()
            if c[TITLE] != "drop":
                if (label := c.find(attrs={LABEL: True})) is not None:
                    b.add("paragraph", _html_text(label))
                    label.extract()
                b.add("paragraph", _html_text(c))
            continue
        if c.has_attr(BOX):  # a heading inside a box ends with it: the section resumes after the box
            flush()
            saved = list(b.stack)
            _html_walk(c, b, depth)
            b.stack = saved
            continue
        if name == "br":
            loose.append(" ")
            continue
        if name not in _BLOCK_TAGS:
            _html_collect(c, loose)
            continue
        flush()
        if name in _H_LEVEL:
            b.heading(_html_text(c), _H_LEVEL[name])
        elif name in _PARA_TAGS:
            b.add("paragraph", _html_text(c))
        elif name == "li":
            b.add("list_item", _html_text(c, skip=frozenset(_LIST_TAGS | {_BOXES})), level=max(depth, 1))
            for sub in c.find_all(list(_LIST_TAGS)):
                if sub.find_parent("li") is c and sub.find_parent(_boxed) in (None, *c.parents):
                    _html_list(sub, b, depth + 1)
            _html_boxes(c, b, depth)
        elif name in _LIST_TAGS:
            _html_list(c, b, depth + 1)
            if name != "dl" and b.stack and b.stack[-1][1].lower().rstrip(":") in _ANNOUNCING:
                b.stack.pop()  # the objectives list is the whole section: the text after it is the parent's
        elif name == "tr":
            cells = [_html_text(td) for td in c.find_all(["td", "th"], recursive=False)]
            b.add("table_row", " | ".join(x for x in cells if x))
        elif name != "hr":
            _html_walk(c, b, depth)
    flush()


def _boxed(el) -> bool:
    return isinstance(el, Tag) and el.has_attr(BOX)


def _html_boxes(el, b: _Builder, depth: int) -> None:
    """The boxes a list item (``<li>``) or a glossary's items (``<dl>``) hold, read after the item(s) as the walker
    reads any box: only the outermost, and only those of this item, not of a list nested in it."""
    for box in el.find_all(_boxed):
        if box.find_parent(_boxed) not in (None, *el.parents):
            continue  # inside another box: read with it
        item = box.find_parent(["li", "dt", "dd"])
        if item is not el and (el.name != "dl" or item is None or item.find_parent("dl") is not el):
            continue
        saved = list(b.stack)
        _html_walk(box, b, depth)
        b.stack = saved


def _html_list(el, b: _Builder, depth: int) -> None:
    if el.name == "dl":
        _html_dl(el, b)
    else:
        _html_walk(el, b, depth)


def _api_entries(dl) -> bool:
    """The list documents a program's interface, not the subject's terms: a parameter with its type (docutils'
    ``classifier``: ``<dt>spin<span class="classifier">float</span></dt>``, or written out: ``<dt>ttime: float</dt>``)
    or a signature (Sphinx's ``dt.sig``).
    Why: read as a glossary, round 35 (a simulation package's pages) made concepts of "spinfloat", "massfloat",
    "ttime" and training items "Define spinfloat." (the type glued to the name): 10 of 11 rejects of one chapter's
    items.  Such a list is read as text, its types set off ("spin (float)"), its entries no definitions."""
    dts = [t for t in dl.find_all("dt") if t.find_parent("dl") is dl]
    typed = sum(_TYPED.match(t.get_text(" ", strip=True)) is not None for t in dts)  # half of them, at least
    return bool(dts) and 2 * typed >= len(dts) or any(
        t.find("span", class_="classifier") is not None or "sig" in (t.get("class") or []) for t in dts)


# a parameter with its type written out, numpy-docstring style: "ttime: float", "mask : array of bool, optional"
# (one identifier, a colon, at most six words naming a type)
_TYPED = re.compile(r"^[A-Za-z_][\w.]*\s*:\s*(?=(?:\S+\s*){1,6}$)[^:]*\b(?:float|int|integer|str|string|bool|"
                    r"boolean|list|dict|tuple|array|ndarray|object|callable|None|optional|sequence|iterable|complex)\b")


def _html_dl(dl, b: _Builder) -> None:
    """One definition block per term: consecutive dt share the following dd(s); a program's parameter or signature
    list is text (:func:`_api_entries`)."""
    items = [t for t in dl.find_all(["dt", "dd"]) if t.find_parent("dl") is dl]
    terms: list[str] = []
    defs: list[str] = []
    api = _api_entries(dl)
    for c in (c for c in dl.find_all("span", class_="classifier") if c.find_parent("dl") is dl):
        c.insert_before(" (")
        c.insert_after(")")

    def emit() -> None:
        if terms and defs and not api:
            for t in terms:
                b.definition(t, "; ".join(defs))
        else:
            for x in terms + defs:
                b.add("paragraph", x)

    for t in items:
        text = _html_text(t, skip=frozenset({"dl", _BOXES}))
        if t.name == "dt":
            if defs:
                emit()
                terms, defs = [], []
            terms.append(text)
        else:
            defs.append(text)
        for sub in t.find_all("dl"):  # nested glossaries, rare
            if sub.find_parent(["dt", "dd"]) is t and sub.find_parent(_boxed) in (None, *t.parents):
                _html_dl(sub, b)
    emit()
    _html_boxes(dl, b, 0)
