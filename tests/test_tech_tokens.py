"""Technical tokens inside prose are kept whole or not at all (issue 11, s26-W): a file path is one token of the
parse (tech_tokens.proda_keep_paths), with the role in the sentence of the piece the parser attached, so a statement
never reads a path with its first segments dropped ("init.d/rc" for "/etc/init.d/rc").  Formulas, URLs, ratios and
numbers keep the tokens spaCy gives them.  Sentences are invented, from several disciplines."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from statements_util import triples  # noqa: E402

from proda.ingest.extract.nlp import load_nlp  # noqa: E402
from proda.ingest.extract.tech_tokens import path_spans  # noqa: E402


def _tok(text: str, word: str):
    return next(t for t in load_nlp()(text) if t.text == word)


def _pieces_of(path: str, got) -> list:
    """Words of the triples that are a proper piece of ``path`` (a path cut short)."""
    return [w for t in got for part in (t[0], t[2]) for w in part.split() if w != path and w in path and "/" in w]


def test_path_object_is_one_token_with_its_role():
    text = "At start the daemon reads /etc/daemon/main.conf before any other file."
    tok = _tok(text, "/etc/daemon/main.conf")
    assert tok.dep_ == "dobj" and tok.head.lower_ == "reads" and tok.pos_ == "PROPN"


def test_path_object_of_a_statement_is_whole():
    text = "The example files are stored in /usr/share/doc/tool/examples/ on every installed system."
    got = triples(text)
    assert any("/usr/share/doc/tool/examples/" in o for _, _, o in got), got
    assert not _pieces_of("/usr/share/doc/tool/examples/", got), got


def test_closing_full_stop_after_a_path_is_its_own_token():
    doc = load_nlp()("The scheduler keeps its tables in /var/spool/sched/.")
    assert [t.text for t in doc][-2:] == ["/var/spool/sched/", "."]


def test_path_in_brackets_and_before_a_comma():
    text = "Each user keeps notes (~/notes/today.txt), and the shared ones live in /srv/notes/, as the guide says."
    assert [text[a:b] for a, b in path_spans(load_nlp()(text))] == ["~/notes/today.txt", "/srv/notes/"]


def test_ratios_formulas_urls_and_numbers_are_not_paths():
    text = ("The probe moves at 5 km/s and/or faster; Ca(OH)2 reacts with CO2; the survey of 2019 is at "
            "https://data.example.org/survey/2019.csv in version 2.6.21.")
    doc = load_nlp()(text)
    assert path_spans(doc) == []
    words = [t.text for t in doc]
    for whole in ("Ca(OH)2", "https://data.example.org/survey/2019.csv", "2.6.21", "and/or"):
        assert whole in words, words


def test_url_object_in_a_social_science_sentence_is_whole():
    got = triples("The census bureau publishes the household survey at https://data.example.org/survey/2019.csv.")
    assert not any(w.startswith("data.example") or w.startswith("//") for t in got for w in (t[0] + " " + t[2]).split())


def test_chemistry_formula_subject_is_whole():
    got = triples("Calcium hydroxide, Ca(OH)2, absorbs carbon dioxide from the air.")
    assert not any("OH)2" in part and "Ca(OH)2" not in part for t in got for part in (t[0], t[2])), got


# real sentences of the development books (sysadmin: Debian handbook; anatomy: a reference list)

def test_real_sentence_path_object_is_not_cut():
    text = "Immediately, init executes /etc/init.d/rc again with the new runlevel."
    tok = _tok(text, "/etc/init.d/rc")
    assert tok.dep_ == "dobj" and tok.head.lower_ == "executes"
    assert not any("init.d/rc" in o and "/etc/init.d/rc" not in o for _, _, o in triples(text))


def test_real_sentence_path_before_its_noun_is_whole():
    got = triples("Available SELinux modules are stored in the /usr/share/selinux/default/ directory.")
    assert any(o == "/usr/share/selinux/default/ directory" for _, _, o in got), got


def test_real_reference_url_leaves_the_full_stop():
    text = ("Available from: http://www.aad.org/media-resources/stats-and-facts/prevention-and-care/"
            "tattoos-and-body-piercings/. Glossary")
    words = [t.text for t in load_nlp()(text)]
    assert "http://www.aad.org/media-resources/stats-and-facts/prevention-and-care/tattoos-and-body-piercings/" \
        in words and "." in words, words


# review findings 4 and 5 (s27)

def test_a_path_with_a_dot_segment_is_whole():
    for text, path in (("The public key is then appended to ~/.ssh/authorized_keys on the server.",
                        "~/.ssh/authorized_keys"),
                       ("Her aliases are defined in /home/rhertzog/.bashrc for every new shell.",
                        "/home/rhertzog/.bashrc")):
        doc = load_nlp()(text)
        assert [text[a:b] for a, b in path_spans(doc)] == [path]
        assert path in [t.text for t in doc], [t.text for t in doc]


def test_a_merged_path_that_heads_itself_is_the_root():
    for text in ("(/etc/x/y)", "(/etc/cron.d/x)"):
        doc = load_nlp()(text)
        assert [t.dep_ for t in doc if t.head.i == t.i] == ["ROOT"], [(t.text, t.dep_, t.head.text) for t in doc]
