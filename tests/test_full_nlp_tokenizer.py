"""The pipeline the stored-definition checks re-parse drafts with (``termhood_definitions.full_nlp``) splits words
as the extractor's (``nlp.load_nlp``) does: same tokenizer suffixes, paths kept whole, the same components, NER kept
(review finding 12, session 27).  Before, ``full_nlp`` was a bare ``spacy.load`` and cut a path into pieces the
extraction never saw.  Sentences invented, in the manner of a system administrator's handbook.
"""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from proda.ingest.extract.nlp import load_nlp  # noqa: E402
from proda.ingest.termhood_definitions import full_nlp  # noqa: E402


@pytest.mark.parametrize("text", [
    "The file /etc/apt/sources.list lists the package sources the system installs from.",
    "A mount point such as /srv/backup is a directory where another file system is attached.",
    "Logs are written to /var/log/syslog.1, which rotates every week.",
    "The umask (0022 by default) sets the permissions a new file is created without.",
])
def test_full_nlp_splits_words_as_the_extractor(text):
    full = full_nlp()
    assert full is not None
    assert [t.text for t in full(text)] == [t.text for t in load_nlp()(text)]


def test_full_nlp_has_the_extractor_components_and_ner():
    full, ext = full_nlp(), load_nlp()
    assert "ner" in full.pipe_names
    assert [p for p in full.pipe_names if p != "ner"] == ext.pipe_names
    doc = full("The file /etc/hosts maps names such as debian.org to addresses, as John Smith explained.")
    assert "/etc/hosts" in [t.text for t in doc]
    assert any(e.label_ == "PERSON" for e in doc.ents)
