"""Termhood on the audit's labelled concepts: how many accepted / rejected names does the L1 rule keep as terms?

    python benchmarks/termhood_dev.py            # round-2 sheets of anatomy, chemistry, sociology (corpus-prose)
    python benchmarks/termhood_dev.py --round=4  # round-3/4 sheets add political science (its audited chapters)
    python benchmarks/termhood_dev.py --round=6  # round 6: every book on chapters never audited before
    python benchmarks/termhood_dev.py --round=7  # round 7: the chapters held out since round 6
    python benchmarks/termhood_dev.py --round=8  # round 8 (build.sh ROUND=8); --round=9, --round=10 likewise

The round-2 audit (docs/audits/independent-2026-11-29/round2/*-concepts.csv) judged 40 concept nodes per book
("accept" = a real term with a right definition or none).  For each node this rebuilds the evidence the ingest
pipeline stores (proda/ingest/termhood.py) without a store: the rule that found it (``kind``), whether its
shown definition really defines it (``valid_definitions``), a glossary entry of the book's HTML lists (anatomy and
chemistry only: ``corpus-prose`` has none), spaCy NER on its quote, and its recurrence over the sections of the
three audited chapters, then applies :func:`proda.ingest.extract.l1_terms.l1_term`.  Prints one table.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

from rich.console import Console
from rich.table import Table

from proda.ids import document_id, normalize_name
from proda.ingest.chunking import chunk_document
from proda.ingest.extract.l1_terms import l1_term
from proda.ingest.readers import iter_files, read_document
from proda.ingest.termhood import evidence_flags, people, recurrence, valid_definitions
from proda.models import ConceptDraft
from proda.stats import wilson

ROOT = Path(__file__).resolve().parents[1]
AUDITS = ROOT / "docs/audits/independent-2026-11-29"
C = ROOT.parent / "shared/corpora"
BOOKS = {
    "anatomy": (C / "anatomy", "corpus", ["09-joints", "17-the-endocrine-system", "19-the-cardiovascular-system-the-heart"]),
    "chemistry": (C / "chemistry", "corpus", ["09-thermochemistry", "13-fundamental-equilibrium-concepts", "17-kinetics"]),
    "sociology": (C / "sociology", "corpus-prose", ["05-socialization", "07-deviance-crime-and-social-control",
                                                     "20-population-urbanization-and-the-environment"]),
}
# political science was audited on other chapters each round (build.sh: ROUND=3 and ROUND=4)
POLISCI = {"3": ["04-civil-liberties", "09-legislatures", "14-international-relations"],
           "4": ["03-political-ideology", "12-the-media", "16-international-political-economy"],
           "5": ["08-interest-groups-political-parties-and-elections", "10-executives-cabinets-and-bureaucracies",
                 "13-governing-regimes"],
           "6": ["05-political-participation-and-public-opinion", "06-the-fundamentals-of-group-political-activity",
                 "11-courts-and-law"],
           "7": ["01-what-is-politics-and-what-is-political-science", "07-civil-rights",
                 "15-international-law-and-international-organizations"],
           "8": ["02-political-behavior-is-human-behavior", "04-civil-liberties", "12-the-media"],
           "9": ["03-political-ideology", "09-legislatures", "16-international-political-economy"],
           "10": ["10-executives-cabinets-and-bureaucracies", "13-governing-regimes", "14-international-relations"]}
# round 5 audited sociology on other chapters too (build.sh ROUND>=5); round 6 every book on chapters never audited
OTHER = {"5": {"sociology": ["11-race-and-ethnicity", "16-education", "19-health-and-medicine"]},
         "6": {"sociology": ["17-government-and-politics", "13-aging-and-the-elderly",
                             "14-relationships-marriage-and-family"],
               "anatomy": ["03-the-cellular-level-of-organization", "18-the-cardiovascular-system-blood",
                           "22-the-respiratory-system"],
               "chemistry": ["01-essential-ideas", "02-atoms-molecules-and-ions", "10-liquids-and-solids"]},
         "7": {"sociology": ["02-sociological-research", "09-social-stratification-in-the-united-states", "15-religion"],
               "anatomy": ["06-bone-tissue-and-the-skeletal-system", "14-the-somatic-nervous-system",
                           "16-the-neurological-exam"],
               "chemistry": ["03-electronic-structure-and-periodic-properties-of-elements",
                             "05-advanced-theories-of-bonding", "21-organic-chemistry"]},
         "8": {"sociology": ["01-an-introduction-to-sociology", "06-groups-and-organization", "18-work-and-the-economy"],
               "anatomy": ["08-the-appendicular-skeleton", "15-the-autonomic-nervous-system",
                           "21-the-lymphatic-and-immune-system"],
               "chemistry": ["12-thermodynamics", "14-acid-base-equilibria", "16-electrochemistry"]},
         "9": {"sociology": ["04-society-and-social-interaction", "08-media-and-technology", "10-global-inequality"],
               "anatomy": ["11-the-muscular-system", "13-anatomy-of-the-nervous-system", "23-the-digestive-system"],
               "chemistry": ["06-composition-of-substances-and-solutions", "15-equilibria-of-other-reaction-classes",
                             "19-transition-metals-and-coordination-chemistry"]},
         "10": {"sociology": ["05-socialization", "12-gender-sex-and-sexuality",
                              "20-population-urbanization-and-the-environment"],
                "anatomy": ["02-the-chemical-level-of-organization", "24-metabolism-and-nutrition",
                            "27-the-reproductive-system"],
                "chemistry": ["04-chemical-bonding-and-molecular-geometry", "08-gases",
                              "18-representative-metals-metalloids-and-nonmetals"]}}


def book_rows(book: str, rnd: str = "2") -> list[dict]:
    base, corpus, chapters = BOOKS[book] if book in BOOKS else (C / book, "corpus-prose", POLISCI[rnd])
    chapters = OTHER.get(rnd, {}).get(book, chapters)
    chunks, modules = [], set()
    for ch in chapters:
        for f in iter_files([base / corpus / ch]):
            modules.add(f.name.split("-")[0])
            d = read_document(f)
            did = document_id(d.sha256)
            for c in chunk_document(d, did):
                chunks.append({"id": c.id, "doc_id": did, "heading": c.heading_path[-1] if c.heading_path else d.title,
                               "text": c.text})
    gloss = set()
    if corpus == "corpus":  # the HTML lists are read as definition_list drafts
        for line in open(base / "glossary.jsonl", encoding="utf-8"):
            g = json.loads(line)
            if g.get("module") in modules:
                gloss.add(normalize_name(g["term"]))
    rows = list(csv.DictReader(open(AUDITS / f"round{rnd}" / f"{book}-concepts.csv", encoding="utf-8")))
    drafts = []
    for r in rows:
        name, _, definition = r["unit"].partition(": ")
        definition = "" if definition == "(no definition)" else definition
        drafts.append(ConceptDraft(name=name, definition=definition, how=r["kind"], source_quote=r["source_quote"]))
    checked = valid_definitions(drafts)
    persons = people([("", d) for d in drafts], {})
    concepts = [{"id": str(i), "name": d.name, "aliases": []} for i, d in enumerate(drafts)]
    counts = recurrence(concepts, chunks)
    out = []
    for i, (r, d) in enumerate(zip(rows, checked)):
        ev = evidence_flags([d])
        ev["glossary"] = ev["glossary"] or normalize_name(d.name) in gloss
        ev["person"] = normalize_name(d.name) in persons
        ev.update(counts[str(i)])
        out.append({"book": book, "name": d.name, "verdict": r["verdict"], "term": l1_term(d.name, ev),
                    "definition_kept": bool(d.definition), "had_definition": bool(drafts[i].definition), "ev": ev})
    return out


def main() -> None:
    import sys

    rnd = next((a.split("=", 1)[1] for a in sys.argv if a.startswith("--round=")), "2")
    t = Table(title=f"round-{rnd} labelled concepts kept as L1 terms by the termhood rule")
    for col in ("book", "accepted kept", "rejected kept", "terms judged right (of kept)", "dropped",
                "definitions kept acc/rej"):
        t.add_column(col, justify="right" if col != "book" else "left")
    pool = []
    for book in [*BOOKS, *(["political-science"] if rnd in POLISCI else [])]:
        rows = book_rows(book, rnd)
        pool += rows
        _row(t, book, rows)
    _row(t, "pooled", pool)
    Console().print(t)
    for r in pool:
        if r["term"] != (r["verdict"] == "accept"):
            print(f"  {r['book']:9} {r['verdict']:6} {'term' if r['term'] else 'phrase':6} {r['name']!r} "
                  f"{ {k: v for k, v in r['ev'].items() if v} }")
    for r in pool:  # a definition the judges rejected that the rules still give (or an accepted one they drop)
        if r["had_definition"] and r["term"] and r["definition_kept"] != (r["verdict"] == "accept"):
            print(f"  definition {'kept' if r['definition_kept'] else 'dropped'}: {r['book']:9} {r['verdict']:6} "
                  f"{r['name']!r}")


def _row(t: Table, label: str, rows: list[dict]) -> None:
    acc = [r for r in rows if r["verdict"] == "accept"]
    rej = [r for r in rows if r["verdict"] != "accept"]
    ka, kr = sum(r["term"] for r in acc), sum(r["term"] for r in rej)
    da = sum(r["definition_kept"] and r["term"] for r in acc if r["had_definition"])
    dr = sum(r["definition_kept"] and r["term"] for r in rej if r["had_definition"])
    t.add_row(label, f"{ka}/{len(acc)}", f"{kr}/{len(rej)}", wilson(ka, ka + kr).fmt(), str(len(rows) - ka - kr),
              f"{da}/{sum(r['had_definition'] for r in acc)} / {dr}/{sum(r['had_definition'] for r in rej)}")


if __name__ == "__main__":
    main()
