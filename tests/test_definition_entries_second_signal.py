"""A definition-list gloss that opens with a capitalised verb is a glossary's gloss unless a second sign says it is a
manual's note on a control (review finding 6, session 27; :mod:`proda.ingest.extract.definition_entries`).

The glosses are the reviewer's (a textbook's glossary style: the term understood as subject); the notes are the
entries session 26 (s26-K) found in the dev accounting handbook's lists of fields and options, each refused then and
to stay refused: they teach a UI label or an instruction, not a concept.
"""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")

from proda.ingest.extract.definition_entries import entry_defines  # noqa: E402
from proda.ingest.extract.nlp import load_nlp  # noqa: E402


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


@pytest.mark.parametrize("text", [
    "Leads to the formation of a blood clot.",
    "Makes up most of the dry mass of plants.",
    "Speeds up a reaction without being consumed.",
    "Can be divided only by itself and one.",
    "Will dissolve in water at room temperature.",
    "What you owe to others.",
    "Breaks down proteins into amino acids.",
])
def test_capitalised_glosses_define(nlp, text):
    assert entry_defines(text, nlp)


@pytest.mark.parametrize("text", [
    "This field should be filled with the ending balance as it appears in the statement.",
    "Check this option if you want to include in the reconciliation the transactions that belongs to the "
    "sub-accounts of the selected account.",
    "Clicking this button opens a new window that allow you to enter an interest transaction to the account to be "
    "reconciled.",
    "Sets the status of the scheduled transaction.",
    "If enabled, will insert this transaction in the ledger without asking you before (see below).",
    "Sets how many days in advance the transaction will be created.",
    "Sets how many days in advance a reminder is presented.",
    "Sets the basic frequency of the transaction, with options for once, daily, weekly, semi-monthly and monthly.",
    "This option allows you to schedule transactions by multiplies of the value in Frequency.",
    "Sets the day of the month that the transaction is scheduled, and controls what GnuCash will do when the day "
    "occurs on a weekend.",
    "You enter the price not adjusted by commissions and enter the commissions expense on a separate split in the "
    "transaction.",
    "You enter a net price (adjusted by commissions) when buying and selling securities.",
    "The popup menu allows you to select the payment frequency with a range from yearly to daily.",
    "macOS (32-bit Intel, PPC) and Windows (XP and Vista).",
    "have been known to work with SGI IRIX (MIPS), IBM AIX 4.1.5 (RS/6000), Unixware 7 (Intel).",
    # invented notes of the same shapes in another manual
    "Select the channel the logger records first.",
    "Will overwrite the stored trace if you confirm.",
    "When checked, will average the last ten readings.",
])
def test_notes_on_controls_still_refused(nlp, text):
    assert not entry_defines(text, nlp)


@pytest.mark.parametrize("text", [
    # lower-case glossary glosses the tagger reads as a proper name with no verb (not a list of names)
    "cluster of alveoli",
    "mesentery of the appendix",
    "standard of comparison for measurements",
    "rupture of red blood cells due to the accumulation of excess water by osmosis",
])
def test_lower_case_noun_glosses_are_no_list_of_names(nlp, text):
    assert entry_defines(text, nlp)
