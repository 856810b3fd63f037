"""HTML reader, review findings 1, 7 and 8 (s27): real content whose class or id only looks like navigation, prose
lists of in-page cross-references, and a redirect page in a generated book's folder.

Invented snippets in the shapes Sphinx and DocBook write; the sentences come from several disciplines."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from proda.ingest.readers import ReadError, iter_files, read_document, read_documents


def page(tmp_path: Path, body: str, head: str = "<title>T</title>", name: str = "p.html") -> Path:
    f = tmp_path / name
    f.write_text(f'<html xmlns="http://www.w3.org/1999/xhtml"><head>{head}</head><body>{body}</body></html>')
    return f


def texts(f: Path) -> list[str]:
    return [b.text for b in read_document(f).blocks]


# --- finding 1: a class or id merely beginning or ending in "nav" is no navigation

NAVIER = ('<section id="navier-stokes-equations"><h2>The Navier-Stokes equations</h2><p>The Navier-Stokes equations '
          'describe the motion of a viscous fluid.</p></section>')


@pytest.mark.parametrize("name", ["naval-architecture", "navigation-systems", "navy", "navajo", "canav"])
def test_a_section_whose_class_only_starts_with_nav_is_read(tmp_path, name):
    body = (f'<h1>Ships</h1><div class="{name}"><p>A hull displaces its own weight of water.</p></div>'
            f'<div id="{name}"><p>Ballast lowers the centre of gravity.</p></div>')
    assert texts(page(tmp_path, body)) == ["Ships", "A hull displaces its own weight of water.",
                                           "Ballast lowers the centre of gravity."]


def test_a_sphinx_section_named_after_navier_is_read(tmp_path):
    body = f'<div class="body" role="main"><section id="fluids"><h1>Fluids</h1>{NAVIER}</section></div>'
    assert texts(page(tmp_path, body)) == ["Fluids", "The Navier-Stokes equations",
                                           "The Navier-Stokes equations describe the motion of a viscous fluid."]


def test_a_long_section_whose_id_names_navigation_is_read(tmp_path):
    prose = ("A navigator fixes the ship's position from two bearings taken on charted landmarks. The bearings are "
             "drawn on the chart as lines, and the ship lies where they cross. ")
    body = f'<h1>Pilotage</h1><section id="navigation"><h2>Navigation</h2><p>{prose * 2}</p></section>'
    assert texts(page(tmp_path, body))[1:] == ["Navigation", (prose * 2).strip()]


@pytest.mark.parametrize("cls", ["navheader", "navfooter", "docnav top", "navbar", "sidenav", "wy-nav-side",
                                 "nav", "breadcrumbs"])
def test_navigation_named_by_a_whole_token_is_still_removed(tmp_path, cls):
    bar = (f'<div class="{cls}"><ul><li><a href="a.html">Prev</a></li><li><a href="index.html">Home</a></li>'
           '<li>4.1. Waves</li></ul></div>')
    body = f'{bar}<h1>Tides</h1><p>The Moon raises two tidal bulges.</p>{bar}'
    assert texts(page(tmp_path, body)) == ["Tides", "The Moon raises two tidal bulges."]


def test_a_long_sidebar_of_links_named_as_navigation_is_removed(tmp_path):
    links = "".join(f'<p><a href="c{i}.html">Chapter {i}. Topic number {i}</a></p>' for i in range(12))
    body = f'<div class="wy-nav-side">{links}</div><h1>Tides</h1><p>The Moon raises two tidal bulges.</p>'
    assert texts(page(tmp_path, body)) == ["Tides", "The Moon raises two tidal bulges."]


# --- finding 7: a list of in-page cross-references in the text is prose, a table of contents is not

def test_a_list_of_in_page_cross_references_is_read(tmp_path):
    body = ('<h1>Packages</h1><p>Two tools install packages:</p>'
            '<ul><li><a href="#apt">apt</a></li><li><a href="#dpkg">dpkg</a></li></ul>'
            '<dl><dt id="apt">apt</dt><dd>Fetches packages and their dependencies.</dd>'
            '<dt id="dpkg">dpkg</dt><dd>Unpacks one package file.</dd></dl>')
    assert texts(page(tmp_path, body))[:4] == ["Packages", "Two tools install packages:", "apt", "dpkg"]


def test_a_sphinx_local_table_of_contents_is_still_removed(tmp_path):
    toc = ('<div class="topic"><p class="topic-title">Contents</p><ul class="simple">'
           '<li><a class="reference internal" href="#tides" id="id1">Tides</a></li>'
           '<li><a class="reference internal" href="#waves" id="id2">Waves</a></li></ul></div>')
    body = (f'<section id="oceans"><h1>Oceans</h1>{toc}<section id="tides"><h2>Tides</h2><p>The Moon raises two '
            'tidal bulges.</p></section><section id="waves"><h2>Waves</h2><p>Wind raises waves.</p></section></section>')
    assert texts(page(tmp_path, body)) == ["Oceans", "Contents", "Tides", "The Moon raises two tidal bulges.",
                                           "Waves", "Wind raises waves."]


def test_a_docbook_table_of_contents_of_anchors_in_headings_is_removed(tmp_path):
    toc = ('<dl><dt><a href="#sect-tides">4.1. Tides</a></dt><dt><a href="#sect-waves">4.2. Waves</a></dt></dl>')
    body = (f'<h1>Oceans</h1>{toc}<h2><a id="sect-tides"></a>4.1. Tides</h2><p>The Moon raises two tidal bulges.</p>'
            '<h2><a id="sect-waves"></a>4.2. Waves</h2><p>Wind raises waves.</p>')
    assert texts(page(tmp_path, body)) == ["Oceans", "4.1. Tides", "The Moon raises two tidal bulges.",
                                           "4.2. Waves", "Wind raises waves."]


def test_a_list_of_links_to_other_pages_is_still_removed(tmp_path):
    body = ('<h1>Oceans</h1><ul><li><a href="tides.html">Tides</a></li><li><a href="waves.html">Waves</a></li></ul>'
            '<p>Oceans cover most of the Earth.</p>')
    assert texts(page(tmp_path, body)) == ["Oceans", "Oceans cover most of the Earth."]


# --- finding 8: a redirect page in a book's folder is skipped with one line naming it; the rest is read

def redirect(tmp_path: Path) -> Path:
    return page(tmp_path, "<p>This page has moved.</p>", name="old.html",
                head='<meta http-equiv="refresh" content="0; url=new/index.html"/>')


def test_a_redirect_page_in_a_folder_is_skipped_with_one_line(tmp_path, caplog):
    r = redirect(tmp_path)
    page(tmp_path, "<h1>Tides</h1><p>The Moon raises two tidal bulges.</p>", name="tides.html")
    docs, errors = [], []
    with caplog.at_level(logging.WARNING, logger="proda.ingest.readers"):
        for f in iter_files([tmp_path]):
            try:
                docs += read_documents(f)
            except ReadError as e:
                errors.append(str(e))
    assert errors == []
    assert [d.title for d in docs] == ["Tides"]
    assert [m.getMessage() for m in caplog.records] == [f"{r}: skipped, not a book page: a redirect to new/index.html"]


def test_the_pipeline_reads_a_folder_with_a_redirect_page_without_an_error(tmp_path):
    from proda.ingest.pipeline import IngestReport, read_all

    redirect(tmp_path)
    page(tmp_path, "<h1>Tides</h1><p>The Moon raises two tidal bulges.</p>", name="tides.html")
    report = IngestReport()
    docs = read_all([tmp_path], report, None)
    assert (report.errors, [d.title for d in docs], report.files) == ([], ["Tides"], 2)


def test_a_redirect_page_read_alone_is_still_one_clear_line(tmp_path):
    f = redirect(tmp_path)
    with pytest.raises(ReadError) as e:
        read_document(f)
    assert str(e.value) == f"{f}: not a book page: a redirect to new/index.html"
