"""Page furniture and boxes of generated HTML books (split from ``readers_html.py``, which walks the blocks).

Why: a user's own book is often HTML that a documentation tool generated (DocBook, Sphinx, a wiki export), not
the plain pages proda was developed on. Such a page carries, beside its prose, things a reader must not take for
prose: the navigation bar at the top and bottom ("<<< Prev | Home | Next >>>", a breadcrumb, a banner), a table of
contents (a list of links to the sections), footnote markers glued to the last word ("Spanish.[1]"); and boxes
whose title or label would otherwise open a paragraph ("Note", "SECURITY Forwarding logs"). Code and shell output
(``<pre>``) are skipped by the walker itself.

Every signal here is HTML structure or an HTML convention, never one book's wording:
- navigation: a ``<nav>`` element or ``role="navigation"``/``"banner"``/``"contentinfo"`` (the page footer); a class
  or id naming navigation (a whole token of ``NAV_TOKENS``: "navheader", "docnav", "wy-nav-side", a breadcrumb, a
  pager, a banner: the convention readers such as Mozilla's Readability rely on; never the page's ``body``, ``main``
  or ``article``) when the element is short (at most ``_NAV_MAX_WORDS`` words) or mostly link text, so that a section
  whose id only looks like one ("navier-stokes-equations", "naval-architecture", a "navigation" section of prose) is
  read; the largest short container (at most ``_NAV_MAX_WORDS`` words, no heading) around a link that HTML marks as
  site navigation (``accesskey``, or ``rel`` prev/next/up/home/contents/index);
- a table of contents or an index: a list of two items or more whose every item is only link text, or a short
  label (at most ``_LABEL_WORDS`` words, no sentence) with a link, and whose every link leads out of the text: to
  another page, or to a section of this page (its first text is a heading's). A list of in-page links to anything else
  (``<a href="#apt">apt</a>`` to a glossary entry or an anchor in a paragraph) is the text's own cross-references;
- a permalink: an in-page link whose text has no letter or digit ("¶", "#", "§" after a heading's words);
- a footnote marker: an in-page link whose text is a bracketed number or letter or a star (``[1]``, ``*``), or a
  bare one in a superscript (``<sup>2</sup>``; a bare "2" elsewhere may be a cross-reference's own text);
- a box: ``<aside>``, ``role="note"``/``"complementary"``, or a class naming an admonition or a sidebar
  (``_BOX_CLASSES``). Its title is the first text in it, when a heading, a caption, a table header or an element of
  class "title" holds it. A bare label (the title is the box's own class: "Note" in ``class="note"``) is dropped; a
  capitalised label inline before the title ("<em>SECURITY</em> Forwarding logs") becomes a line of its own before
  the title's, so that neither opens the other's sentence (nor a list item's text, when the box sat in the item:
  "... two disks. NOTE Disks and cluster sizes If two disks ..."). Title and label stay lines, not headings:
  measured on the DocBook dev books, box titles as headings gave 14 wrong concepts of 24 through the extractor's
  heading evidence ("hot analysis", "option syntax", "limitations of testing"), and labels in a heading became
  concepts ("TOOL", "CULTURE"); dropping the label lost right statements whose term only the label repeated
  ("DEBIAN POLICY"); see docs/audits/dev-2026-12-03/s26-X.md. A box inside a list item or a glossary entry is
  read after the item, not glued into its text;
- a layout table: a table one of whose cells holds a paragraph, a list or a division (an admonition drawn as a
  table). Its cells are read as containers, not as table rows.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from bs4 import NavigableString, Tag
from bs4.element import PreformattedString

_NAV_ROLES = {"navigation", "banner", "search", "contentinfo"}
NAV_TOKENS = frozenset({
    "nav", "navbar", "navbox", "navheader", "navfooter", "navlinks", "navmenu", "docnav", "sidenav",
    "subnav", "topnav", "footnav", "breadcrumb", "breadcrumbs", "crumbs", "pager", "pagination", "banner", "skiplink",
    "toc",
})
"""The whole class or id tokens (``_tokens``) that name page navigation in the HTML that documentation tools and site
templates write (DocBook's navheader/navfooter, publican's docnav, Sphinx themes' nav/navbar/sidenav, a breadcrumb,
a pager). Data, not a pattern: "navier", "naval", "navy" are no navigation, nor is "navigation" alone
("navigation-systems" is a section's id; a template's navigation is a ``<nav>`` or carries ``role="navigation"``)."""
_NAV_LINK_SHARE = 0.5  # a longer element named as navigation is removed when links hold at least this share of its text
_NAV_REL = {"prev", "previous", "next", "up", "home", "start", "first", "last", "contents", "index", "toc"}
_NAV_MAX_WORDS = 30  # a navigation bar is short: the climb from a navigation link stops before a longer container
_LABEL_WORDS = 8  # an index entry's words at most: a term, a comma, the linked pages
_BOX_ROLES = {"note", "complementary"}
_BOX_CLASSES = {"note", "tip", "hint", "warning", "caution", "important", "attention", "danger", "admonition",
                "sidebar", "aside", "callout", "infobox"}
_TITLE_TAGS = {"h1", "h2", "h3", "h4", "h5", "h6", "caption", "legend", "th"}
_PROSE_TAGS = {"p", "div", "ul", "ol", "dl", "pre", "table", "blockquote"}
_FOOTNOTE_MARK = re.compile(r"\[\s*(?:\d{1,3}|[a-z])\s*\]|\*+|†|‡")
_BARE_MARK = re.compile(r"\d{1,3}|[a-z]")
_PAGE_TAGS = {"html", "body", "main", "article"}


def _tokens(el: Tag) -> list[str]:
    """The element's class and id, split into lower-case words ("docnav top" -> docnav, top; "nav-bar" -> nav, bar)."""
    raw = " ".join(el.get("class") or []) + " " + str(el.get("id") or "")
    return [t for t in re.split(r"[\s_\-]+", raw.lower()) if t]


def _words(el: Tag) -> int:
    return len(el.get_text(" ", strip=True).split())


def _nav_named(el: Tag) -> bool:
    if el.name in _PAGE_TAGS:
        return False
    if el.name == "nav" or str(el.get("role") or "").lower() in _NAV_ROLES:
        return True
    if not any(t in NAV_TOKENS for t in _tokens(el)):
        return False
    if _words(el) <= _NAV_MAX_WORDS:
        return True
    text = "".join(el.get_text().split())
    linked = "".join("".join(a.get_text().split()) for a in el.find_all("a") if a.find_parent("a") is None)
    return len(linked) >= _NAV_LINK_SHARE * len(text)


def _nav_link(a: Tag) -> bool:
    rel = a.get("rel") or []
    rel = rel.split() if isinstance(rel, str) else rel
    return a.get("accesskey") is not None or any(r.lower() in _NAV_REL for r in rel)


def _own_strings(item: Tag) -> list[NavigableString]:
    """The item's own text, without the lists nested in it."""
    return [s for s in item.find_all(string=True) if not isinstance(s, PreformattedString)
            and s.find_parent(["ul", "ol", "dl"]) is item.find_parent(["ul", "ol", "dl"])]


def _link_list(el: Tag) -> bool:
    """A list of two items or more, each a link: nothing but link text (a table of contents, a list of pages), or a
    short label with a link and no sentence ("ledger, Basic Concepts": an index entry). A list nested in an item is
    judged on its own."""
    items = [c for c in el.find_all(["li", "dt", "dd"]) if c.find_parent(["ul", "ol", "dl"]) is el]
    if len(items) < 2:
        return False
    for it in items:
        own = _own_strings(it)
        text = "".join("".join(s.split()) for s in own)
        linked = "".join("".join(s.split()) for s in own if s.find_parent("a") is not None)
        if not text and it.find(["ul", "ol", "dl"]) is not None:
            continue  # only a nested list
        if text and len(linked) >= 0.9 * len(text):
            continue
        words = " ".join(own).split()
        if not linked or len(words) > _LABEL_WORDS or words[-1][-1:] in ".!?:;":
            return False
    return all(_leads_out(a) for a in el.find_all("a", href=True))


def _leads_out(a: Tag) -> bool:
    """The link leads to another page, or to a section of this one: the first text at its target is a heading's."""
    href = str(a.get("href") or "").strip()
    if not href.startswith("#") or href == "#":  # "#" alone: a menu's placeholder, no cross-reference
        return True
    root = next(iter(a.find_parents()[-1:]), a)
    target = root.find(id=href[1:]) or root.find(attrs={"name": href[1:]})
    if target is None:
        return False
    first = next((s for s in target.next_elements if isinstance(s, NavigableString)
                  and not isinstance(s, PreformattedString) and s.strip()), None)
    return first is not None and first.find_parent(re.compile(r"^h[1-6]$")) is not None


def _footnote_mark(a: Tag) -> bool:
    href, text = str(a.get("href") or ""), a.get_text().strip()
    if not href.startswith("#"):
        return False
    if text and not any(ch.isalnum() for ch in text):
        return True  # a permalink ("¶") a generator writes after a heading's words
    return bool(_FOOTNOTE_MARK.fullmatch(text)) or (bool(_BARE_MARK.fullmatch(text))
                                                    and (a.find("sup") is not None or a.find_parent("sup") is not None))


def _is_box(el: Tag) -> bool:
    if el.name == "aside" or str(el.get("role") or "").lower() in _BOX_ROLES:
        return True
    return el.name in ("div", "section") and any(t in _BOX_CLASSES for t in _tokens(el))


def _layout_table(t: Tag) -> bool:
    return any(c.find_parent("table") is t for c in t.find_all(["td", "th"])
               if c.find(list(_PROSE_TAGS)) is not None)


def _first_text(el: Tag) -> NavigableString | None:
    for s in el.descendants:
        if isinstance(s, NavigableString) and not isinstance(s, PreformattedString) and s.strip():
            return s
    return None


def _title_of(box: Tag) -> Tag | None:
    """The element holding the box's first text, when it is a title (see the module docstring)."""
    s = _first_text(box)
    if s is None:
        return None
    for anc in s.parents:
        if anc is box:
            return None
        if anc.name in _TITLE_TAGS or "title" in _tokens(anc):
            return anc
    return None


def _bare_label(title: Tag, box: Tag) -> bool:
    """The title is the box's own class ("Note" in ``class="note"``): a label, no title."""
    text = " ".join(title.get_text(" ").split()).lower()
    return text in set(_tokens(box)) | {t for p in title.parents if p is not box and box in p.parents
                                        for t in _tokens(p)}


def _inline_label(title: Tag) -> Tag | None:
    """The inline element holding a capitalised label before the title's own words ("<em>SECURITY</em> Forwarding
    logs"), or None."""
    first = _first_text(title)
    inline = first.parent if first is not None else None
    while inline is not None and inline is not title and inline.parent is not title \
            and inline.parent.get_text(" ", strip=True) == inline.get_text(" ", strip=True):
        inline = inline.parent  # <span><em>LABEL</em></span>: the outermost element holding only the label
    if inline is None or inline is title:
        return None
    label = " ".join(inline.get_text(" ").split())
    text = " ".join(title.get_text(" ").split())
    rest = text[len(label):].strip() if text.startswith(label) else ""
    if rest and label.isupper() and sum(ch.isalpha() for ch in label) >= 2 and rest[:1].isalnum():
        return inline
    return None


BOX = "data-proda-box"  # the walker reads a box's content apart from the item it sits in
TITLE = "data-proda-title"  # the walker writes this element as a line of its own ("drop": a bare label)
LABEL = "data-proda-label"  # in a title: the label, which the walker writes as a line of its own before the title


_TEX = re.compile(r"\s*(\$.+\$|\\\(.+\\\)|\\\[.+\\\])\s*", re.S)  # "$ \kappa$", "\(x^2\)", "\[E = mc^2\]"


@lru_cache(maxsize=1)
def _latex():
    """pylatexenc's converter, built once: a latex2html page holds hundreds of formula images."""
    from pylatexenc.latex2text import LatexNodes2Text

    return LatexNodes2Text(math_mode="text")


def math_text(alt: str) -> str | None:
    """The text of a formula an image stands for, when its ``alt`` is TeX: "$ \\boldsymbol{\\kappa}$" -> "κ",
    "$ T_0$" -> "T_0"; None for any other alt text.  Why: latex2html (and tools like it) draws every symbol as an
    image whose alt is its TeX; dropped, "where κ is the conductivity" reads "where is the conductivity" and the
    sentence names nothing (blind round 40: the judge's missed facts on a mechanics manual were mostly such).
    Rendered by pylatexenc, normalised (NFKC: mathematical bold "𝐈" is "I")."""
    if not _TEX.fullmatch(alt or ""):
        return None
    try:
        text = _latex().latex_to_text(alt.strip())
    except Exception:  # a formula pylatexenc cannot read: its TeX stands, better than a hole
        text = alt.strip().strip("$")
    return unicodedata.normalize("NFKC", " ".join(text.split()))


def prepare(soup) -> None:
    """Remove the page's furniture from ``soup`` and mark its boxes, their titles and its layout tables (see the
    module docstring), so that the walker reads what is left as it reads any page; a formula drawn as an image
    becomes its text (:func:`math_text`)."""
    body = soup.body or soup
    for img in body.find_all("img"):
        if (text := math_text(str(img.get("alt") or ""))) is not None:
            img.replace_with(NavigableString(text))
    drop: list[Tag] = []
    layout: list[Tag] = []
    for el in body.find_all(True):
        if _nav_named(el) or (el.name in ("ul", "ol", "dl") and _link_list(el)):
            drop.append(el)
        elif el.name == "a" and _footnote_mark(el):
            drop.append(el)
        elif el.name == "table" and _layout_table(el):
            layout.append(el)
    for a in body.find_all("a"):
        if _nav_link(a) and (bar := _nav_bar(a)) is not None:
            drop.append(bar)
    for el in drop:
        if not el.decomposed:
            el.decompose()
    for el in body.find_all(_is_box):
        if (title := _title_of(el)) is not None:
            el[BOX] = "1"
            title[TITLE] = "drop" if _bare_label(title, el) else "1"
            if (label := _inline_label(title)) is not None:
                label[LABEL] = "1"
    parts = [[t, *(c for c in t.find_all(["tr", "td", "th", "thead", "tbody", "tfoot"])
                   if c.find_parent("table") is t)] for t in layout]
    for c in (c for p in parts for c in p):  # read as containers: the cells hold paragraphs, not a row of values
        c.name = "div"


def _nav_bar(a: Tag) -> Tag | None:
    """The largest short container around a navigation link, with no heading in it."""
    top = None
    for anc in a.parents:
        if anc.name in ("body", "html", "[document]") or _words(anc) > _NAV_MAX_WORDS \
                or anc.find(re.compile(r"^h[1-6]$")) is not None:
            break
        top = anc
    return top


def redirect_target(soup) -> str | None:
    """The target of a ``<meta http-equiv="refresh">`` redirect, or None."""
    for m in soup.find_all("meta"):
        if str(m.get("http-equiv") or "").lower() == "refresh":
            content = str(m.get("content") or "")
            url = re.search(r"url\s*=\s*['\"]?([^'\"\s;]+)", content, re.I)
            return url.group(1) if url else content.strip() or "(no address)"
    return None
