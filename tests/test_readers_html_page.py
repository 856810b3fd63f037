"""HTML pages a documentation tool generated: navigation, tables of contents, boxes, code, footnotes, redirects.

Invented snippets in the shapes DocBook, publican and similar tools write (and one plain page in the shape of the
development books, which must read as before); the sentences come from several disciplines."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

from proda.ingest.readers import ReadError, read_document


def page(tmp_path: Path, body: str, head: str = "<title>T</title>", name: str = "p.html", xml: bool = False) -> Path:
    f = tmp_path / name
    decl = ('<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 '
            'Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">') if xml else ""
    f.write_text(f'{decl}<html xmlns="http://www.w3.org/1999/xhtml"><head>{head}</head><body>{body}</body></html>')
    return f


def blocks(f: Path) -> list[tuple[str, str, list[str]]]:
    return [(b.kind, b.text, b.heading_path) for b in read_document(f).blocks]


def texts(f: Path) -> list[str]:
    return [b.text for b in read_document(f).blocks]


NAV_TABLE = ('<div class="navheader"><table summary="Navigation header"><tr><th colspan="3">4.2. Tides</th></tr>'
             '<tr><td><a accesskey="p" href="a.html">&lt;&lt;&lt; Prev</a></td><th>Chapter 4. Oceans</th>'
             '<td><a accesskey="n" href="c.html">Next &gt;&gt;&gt;</a></td></tr></table><hr/></div>')
NAV_FOOT = ('<div class="navfooter"><hr/><table><tr><td><a accesskey="p" href="a.html">&lt;&lt;&lt; Prev</a></td>'
            '<td><a accesskey="h" href="index.html">Home</a></td><td><a accesskey="n" href="c.html">Next</a></td></tr>'
            '<tr><td>4.1. Waves</td><td><a accesskey="u" href="o.html">Up</a></td><td>4.3. Currents</td></tr>'
            '</table></div>')


def test_navigation_bars_are_not_text(tmp_path):
    body = (NAV_TABLE + '<div class="section"><h2 class="title">4.2. Tides</h2>'
            '<p>The Moon raises two bulges of water on opposite sides of the Earth.</p></div>' + NAV_FOOT)
    assert blocks(page(tmp_path, body)) == [
        ("heading", "4.2. Tides", ["4.2. Tides"]),
        ("paragraph", "The Moon raises two bulges of water on opposite sides of the Earth.", ["4.2. Tides"]),
    ]


def test_navigation_by_class_role_or_nav_element(tmp_path):
    body = ('<div id="banner"><a href="get.html"><span>Download the ebook</span></a></div>'
            '<ul class="docnav top"><li class="previous"><a href="a.html"><strong>Prev</strong></a></li>'
            '<li class="home">A Handbook of Soils</li><li class="next"><a href="c.html"><strong>Next</strong></a></li></ul>'
            '<nav><a href="/">Home</a> › <a href="/b">Soils</a></nav>'
            '<div role="navigation"><a href="x.html">Index</a></div>'
            '<h1>Clay</h1><p>Clay particles are smaller than two micrometres across.</p>'
            '<ul class="docnav"><li class="previous"><a href="a.html"><strong>Prev</strong>3.1. Sand</a></li>'
            '<li class="up"><a href="#"><strong>Up</strong></a></li></ul>')
    assert texts(page(tmp_path, body)) == ["Clay", "Clay particles are smaller than two micrometres across."]


def test_a_navigation_link_inside_prose_keeps_the_prose(tmp_path):
    sentence = ("Heat always flows from the warmer body to the cooler one, as the proof in the "
                '<a accesskey="n" href="n.html">next section</a> shows for any two bodies in contact, whatever '
                "their size, shape or material, provided that no work is done on them.")
    got = texts(page(tmp_path, f"<h1>Heat</h1><p>{sentence}</p>"))
    assert got[1].startswith("Heat always flows") and got[1].endswith("done on them.")


def test_a_table_of_contents_is_not_text(tmp_path):
    toc = ('<div class="toc"><dl class="toc"><dt><a href="s1.html">1.1. What Is a Market?</a></dt><dd><dl>'
           '<dt><a href="s1.html#a">1.1.1. Buyers</a></dt><dt><a href="s1.html#b">1.1.2. Sellers</a></dt></dl></dd>'
           '<dt><a href="s2.html">1.2. Prices</a></dt></dl></div>')
    intro = "<p>Markets bring buyers and sellers together.</p>"
    assert texts(page(tmp_path, f"<h1>Chapter 1. Markets</h1>{toc}{intro}")) == [
        "Chapter 1. Markets", "Markets bring buyers and sellers together."]
    links = '<ul><li><a href="a.html">Supply</a></li><li><a href="b.html">Demand</a></li></ul>'
    with pytest.raises(ReadError, match=r"contents\.html: no text content found"):
        read_document(page(tmp_path, links, name="contents.html"))


def test_a_list_with_some_linked_words_is_kept(tmp_path):
    body = ('<h1>Cells</h1><ul><li>The <a href="n.html">nucleus</a> holds the chromosomes.</li>'
            '<li>The <a href="m.html">mitochondrion</a> makes ATP.</li></ul>')
    assert texts(page(tmp_path, body))[1:] == ["The nucleus holds the chromosomes.", "The mitochondrion makes ATP."]


def test_code_is_left_out_and_inline_markup_keeps_its_spaces(tmp_path):
    body = ('<h1>Archives</h1><div class="para">To list an archive, run <code class="command">tar</code> with '
            '<code class="option">-t</code>:<pre class="screen"><code class="prompt">$ </code><strong class="userinput">'
            '<code>tar -tf a.tar</code></strong>\n<code class="computeroutput">a.txt\nb.txt</code></pre></div>'
            '<p>Choose <span class="guimenu">File</span> → <span class="guimenuitem">Save As</span> to keep a copy.</p>'
            '<pre class="programlisting">if x &gt; 0:\n    print("Positive.")</pre>')
    assert texts(page(tmp_path, body))[1:] == [
        "To list an archive, run tar with -t:", "Choose File → Save As to keep a copy."]


def test_an_admonition_drawn_as_a_table_reads_as_prose_without_its_label(tmp_path):
    note = ('<div class="note"><table border="0"><tr><td rowspan="2"><img src="note.png"/></td>'
            '<th align="left">Note</th></tr><tr><td colspan="2"><p>A ledger lists every entry in date order.</p>'
            '<p>A journal records each entry first.</p></td></tr></table></div>')
    data = ('<table><thead><tr><th>Metal</th><th>Density</th></tr></thead>'
            '<tbody><tr><td>Iron</td><td>7.9</td></tr></tbody></table>')
    body = f"<h1>Books</h1><h2>Ledgers</h2><p>Entries are posted.</p>{note}<p>Totals are checked.</p>{data}"
    assert blocks(page(tmp_path, body)) == [
        ("heading", "Books", ["Books"]),
        ("heading", "Ledgers", ["Books", "Ledgers"]),
        ("paragraph", "Entries are posted.", ["Books", "Ledgers"]),
        ("paragraph", "A ledger lists every entry in date order.", ["Books", "Ledgers"]),
        ("paragraph", "A journal records each entry first.", ["Books", "Ledgers"]),
        ("paragraph", "Totals are checked.", ["Books", "Ledgers"]),
        ("table_row", "Metal | Density", ["Books", "Ledgers"]),
        ("table_row", "Iron | 7.9", ["Books", "Ledgers"]),
    ]


SIDEBAR = ('<div class="sidebar"><div class="titlepage"><div><p class="title"><strong><span class="emphasis"><em>'
           'HISTORY</em></span> The first census</strong></p></div></div><div class="para">Rome counted its citizens '
           'every five years.</div></div>')


def test_a_sidebar_title_and_its_label_are_lines_of_their_own(tmp_path):
    body = f"<h1>Populations</h1><h2>Counting</h2><p>States count people.</p>{SIDEBAR}<p>Samples are cheaper.</p>"
    path = ["Populations", "Counting"]
    assert blocks(page(tmp_path, body)) == [
        ("heading", "Populations", ["Populations"]),
        ("heading", "Counting", path),
        ("paragraph", "States count people.", path),
        ("paragraph", "HISTORY", path),
        ("paragraph", "The first census", path),
        ("paragraph", "Rome counted its citizens every five years.", path),
        ("paragraph", "Samples are cheaper.", path),
    ]


def test_a_heading_inside_a_box_ends_with_the_box(tmp_path):
    body = ('<h1>Stars</h1><aside><h4>Why stars twinkle</h4><p>Turbulent air bends starlight.</p>'
            '<h5>Planets</h5><p>Planets shine steadily.</p></aside><p>Stars differ in colour.</p>')
    assert blocks(page(tmp_path, body))[1:] == [
        ("paragraph", "Why stars twinkle", ["Stars"]),
        ("paragraph", "Turbulent air bends starlight.", ["Stars"]),
        ("heading", "Planets", ["Stars", "Planets"]),
        ("paragraph", "Planets shine steadily.", ["Stars", "Planets"]),
        ("paragraph", "Stars differ in colour.", ["Stars"]),
    ]


def test_a_box_inside_a_list_item_is_read_after_the_item(tmp_path):
    body = (f"<h1>Populations</h1><ul><li><div class=\"para\">A census counts everyone.</div>{SIDEBAR}</li>"
            "<li>A survey asks a sample.</li></ul>")
    got = blocks(page(tmp_path, body))
    assert [(k, t) for k, t, _ in got] == [
        ("heading", "Populations"), ("list_item", "A census counts everyone."), ("paragraph", "HISTORY"),
        ("paragraph", "The first census"), ("paragraph", "Rome counted its citizens every five years."),
        ("list_item", "A survey asks a sample.")]
    assert got[-1][2] == ["Populations"]


def test_footnote_markers_are_not_glued_to_words(tmp_path):
    body = ('<h1>Acids</h1><p>Vinegar is a dilute solution of acetic acid.<a class="footnote" href="#ftn.1">'
            '<sup class="footnote">[1]</sup></a></p><div class="footnotes"><div class="footnote" id="ftn.1"><p>'
            '<a class="para" href="#f1"><sup class="para">[1] </sup></a>Most table vinegar holds about five per cent '
            'acid.</p></div></div>')
    assert texts(page(tmp_path, body)) == [
        "Acids", "Vinegar is a dilute solution of acetic acid.", "Most table vinegar holds about five per cent acid."]
    sup = ('<h1>Acids</h1><p>Lemons hold citric acid.<sup><a href="#n2">2</a></sup> The pH of a solution is given in '
           'step <a href="#s3">3</a>.</p>')
    assert texts(page(tmp_path, sup, name="sup.html"))[1] == (
        "Lemons hold citric acid. The pH of a solution is given in step 3.")


def test_a_page_whose_body_is_classed_as_navigation_is_still_read(tmp_path):
    body = '<h1>Soils</h1><p>Loam mixes sand, silt and clay.</p>'
    f = tmp_path / "b.html"
    f.write_text(f'<html><body class="nav-open">{body}</body></html>')
    assert texts(f) == ["Soils", "Loam mixes sand, silt and clay."]


def test_a_redirect_page_is_one_clear_line(tmp_path):
    f = page(tmp_path, "<p>This page has moved.</p>", name="old.html",
             head='<meta http-equiv="refresh" content="0; url=new/index.html"/>')
    with pytest.raises(ReadError) as e:
        read_document(f)
    assert str(e.value) == f"{f}: not a book page: a redirect to new/index.html"
    assert "\n" not in str(e.value)


def test_an_xhtml_page_reads_without_a_warning(tmp_path):
    # bs4 warns when the XML declaration and the root tag fall in different chunks of lxml's feed (a long head)
    keywords = ", ".join(["rivers", "deltas", "erosion", "sediment", "floodplains", "meanders"] * 12)
    f = page(tmp_path, "<h1>Rivers</h1><p>Rivers carry sediment to the sea.</p>", xml=True,
             head=f'<meta name="keywords" content="{keywords}" /><title>1.2. Rivers</title>')
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        assert texts(f) == ["Rivers", "Rivers carry sediment to the sea."]
    assert [str(w.message) for w in caught] == []


def test_a_plain_textbook_page_reads_as_before(tmp_path):
    """The shape of the development books (no classes, no links): every block as the walker always read it."""
    body = ("<h1>The Heart</h1><h2>Learning Outcomes</h2><ul><li>Describe the chambers.</li></ul><h2>Chambers</h2>"
            "<p>The heart has four chambers.</p><table><tr><td>Atria</td><td>receive blood</td></tr></table>"
            "<dl><dt>ventricle</dt><dd>chamber that pumps blood out of the heart</dd></dl>")
    assert blocks(page(tmp_path, body)) == [
        ("heading", "The Heart", ["The Heart"]),
        ("heading", "Learning Outcomes", ["The Heart", "Learning Outcomes"]),
        ("list_item", "Describe the chambers.", ["The Heart", "Learning Outcomes"]),
        ("heading", "Chambers", ["The Heart", "Chambers"]),
        ("paragraph", "The heart has four chambers.", ["The Heart", "Chambers"]),
        ("table_row", "Atria | receive blood", ["The Heart", "Chambers"]),
        ("definition", "ventricle: chamber that pumps blood out of the heart", ["The Heart", "Chambers"]),
    ]


def test_an_index_page_is_not_text(tmp_path):
    index = ('<div class="index"><div class="indexdiv"><h3>A</h3><dl><dt>assets, <a href="a.html#x">Basic Ideas</a>'
             '</dt><dd><dl><dt>current, <a href="b.html">Balance Sheets</a></dt><dt>fixed, <a href="c.html">'
             'Depreciation</a>, <a href="d.html">Taxes</a></dt></dl></dd><dt>audit, <a href="e.html">Checks</a></dt>'
             '</dl></div></div>')
    assert texts(page(tmp_path, f"<h1>Index</h1>{index}<p>Entries refer to sections.</p>")) == [
        "Index", "A", "Entries refer to sections."]


def test_a_sphinx_like_page_permalinks_admonition_and_footer(tmp_path):
    body = ('<div class="related" role="navigation"><ul><li><a href="genindex.html">index</a></li></ul></div>'
            '<section><h1>Glaciers<a class="headerlink" href="#glaciers" title="Link to this heading">¶</a></h1>'
            '<p>A glacier is a persistent body of dense ice.</p><div class="admonition note"><p class="admonition-title">'
            'Note</p><p>Sea ice is not glacier ice.</p></div><div class="highlight"><pre>melt(rate=2)</pre></div>'
            '</section><div class="footer" role="contentinfo">© Copyright 2026. Created using a generator.</div>')
    assert blocks(page(tmp_path, body)) == [
        ("heading", "Glaciers", ["Glaciers"]),
        ("paragraph", "A glacier is a persistent body of dense ice.", ["Glaciers"]),
        ("paragraph", "Sea ice is not glacier ice.", ["Glaciers"]),
    ]
