"""Review: seeded stratified samples, sheets (export / import, nothing half-imported), stats, and the build filter."""

from __future__ import annotations

import csv
import json
from collections import Counter

import pytest

from proda import datasets as ds
from proda.evaluate import bench
from proda.review import ReviewError
from proda.review import filter as rf
from proda.review.sample import allocate, draw, open_sample, project_id
from proda.review.sheets import COLUMNS, export, import_sheet
from proda.review.stats import compute
from proda.review.verdicts import Verdict, check, current, retract, unit_states, write
from proda.review.units import load
from proda.train import synth

try:
    from test_synth import build_kb
except ImportError:  # pragma: no cover
    from tests.test_synth import build_kb


def review_count(store) -> int:
    return store.count("MATCH (v:Review) RETURN count(v) AS n")


# ------------------------------------------------------------------------------------------ sampling (no store)
def test_allocation_is_proportional_and_exact():
    a = allocate({"ch1": 50, "ch2": 30, "ch3": 20}, 10)
    assert a == {"ch1": 5, "ch2": 3, "ch3": 2}
    a = allocate({"a": 1, "b": 1, "c": 1}, 2)
    assert sum(a.values()) == 2 and max(a.values()) == 1
    assert allocate({"a": 2, "b": 3}, 99) == {"a": 2, "b": 3}


def test_draw_is_seeded_and_stratified():
    pop = [{"id": f"u{i:03d}", "stratum": f"doc{i % 4}" if i < 80 else "doc4"} for i in range(100)]
    ids, strata = draw(pop, 20, seed=7)
    again, _ = draw(list(reversed(pop)), 20, seed=7)
    other, _ = draw(pop, 20, seed=8)
    assert ids == again and ids != other and len(set(ids)) == 20
    assert strata == {"doc0": 4, "doc1": 4, "doc2": 4, "doc3": 4, "doc4": 4}
    by = Counter(next(p["stratum"] for p in pop if p["id"] == i) for i in ids)
    assert by == Counter(strata)


# ------------------------------------------------------------------------------------------ with a store
@pytest.fixture
def kb(store):
    build_kb(store)
    train, _ = synth.generate(synth.load_kb(store), seed=0)
    items, _ = bench.generate(bench.load_chains(store), per_chain=3, seed=0)
    ds.create_version(store, "train", train, {"items": len(train)}, {"seed": 0})
    ds.create_version(store, "bench", items, {"items": len(items)}, {"per_chain": 3})
    return store


def fill(path, verdicts: dict[int, tuple[str, str, str]]) -> None:
    """Fill rows of a CSV sheet: {row index: (verdict, reason, edit)}."""
    with path.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    for i, (v, reason, edit) in verdicts.items():
        rows[i].update(verdict=v, reason=reason, edit=edit)
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0].keys()))
        w.writeheader()
        w.writerows(rows)


def test_export_import_stats_and_reopen(kb, tmp_path):
    s = open_sample(kb, "statements", 6, seed=3)
    assert len(s.unit_ids) == 6 and s.population == 23 and sum(s.strata.values()) == 6
    assert open_sample(kb, "statements", 6, seed=3).unit_ids == s.unit_ids  # re-opened, not redrawn
    sheet = tmp_path / "st.csv"
    assert export(kb, s, "csv", sheet) == 6
    with sheet.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert list(rows[0]) == COLUMNS
    units = load(kb, "statements", s.unit_ids)
    for r in rows:
        u = units[r["id"]]
        assert r["unit"] == f"{u['subject']} | {u['predicate']} | {u['object']}"
        assert r["source_quote"] and r["source_quote"] in u["chunk"]
        assert r["document"] == "Test Physiology" and r["heading_path"] == "Physiology"
        assert r["negated"] == ("yes" if u["negated"] else "no") and r["project"] == project_id(kb) and not r["verdict"]
        assert r["effect"] in ("raises", "lowers", "neutral") and "polarity" not in r
    first = units[rows[2]["id"]]
    fill(sheet, {0: ("accept", "", ""), 1: ("reject", "wrong_fact", ""),
                 2: ("edit", "", f"{first['subject']} | is not | {first['object']}"), 3: ("accept", "", "")})
    r = import_sheet(kb, sheet, "alice")
    assert r == {"rows": 6, "written": 4, "skipped": 2}
    assert review_count(kb) == 4
    assert kb.count("MATCH (:Review {verdict: 'edit'})-[:PROPOSES]->(x:Revision)-[:REVISES]->(:Statement) "
                    "RETURN count(x) AS n") == 1
    assert kb.count("MATCH (v:Review)-[:REVIEWS]->(:Statement) RETURN count(v) AS n") == 4
    # a second reviewer on the same units: agreement appears; her later verdict replaces her first
    fill(sheet, {0: ("accept", "", ""), 1: ("accept", "", ""), 2: ("reject", "fragment", ""), 3: ("accept", "", "")})
    import_sheet(kb, sheet, "bob")
    fill(sheet, {0: ("accept", "", ""), 1: ("reject", "polarity_inverted", ""), 2: ("reject", "fragment", ""),
                 3: ("accept", "", "")})
    import_sheet(kb, sheet, "bob")
    assert review_count(kb) == 12  # nothing deleted
    cur = current(kb, "statements")
    assert len(cur) == 8 and cur[(rows[1]["id"], "bob")]["reason"] == "polarity_inverted"
    st = compute(kb)
    (lv,) = st["levels"]
    assert lv["level"] == "statements" and (lv["k"], lv["n"]) == (2, 4)  # a unit is wrong if any reviewer says so
    assert 0 < lv["ci_low"] < 0.5 < lv["ci_high"] < 1 and "n=4" in lv["fmt"]
    revs = {r["reviewer"]: (r["k"], r["n"]) for r in st["reviewers"]}
    assert revs == {"alice": (2, 4), "bob": (2, 4)}
    (ag,) = st["agreement"]
    assert ag["n"] == 4 and ag["agree"] == 1.0 and ag["kappa"] == pytest.approx(1.0)
    assert st["reasons"]["statements"] == {"fragment": 1, "polarity_inverted": 1, "wrong_fact": 1}
    assert {d["document"] for d in st["documents"]} == {"Test Physiology"}
    # the report's review section: the plot and the figures of `review stats`
    from proda.report.review_section import render

    page = render(st)
    assert page.count("<img src=\"data:image/png;base64,") == 1 and lv["fmt"] in page and "Cohen" in page
    from proda.report.html import build_report

    out, d = build_report(kb, tmp_path / "report.html")
    html = out.read_text(encoding="utf-8")
    assert '<section id="review">' in html and lv["fmt"] in html and d["review"]["levels"] == st["levels"]
    # undo: retracting bob's latest verdict on row 1 makes his earlier accept count again
    rid = cur[(rows[1]["id"], "bob")]["id"]
    retract(kb, rid)
    assert current(kb, "statements")[(rows[1]["id"], "bob")]["verdict"] == "accept"
    assert review_count(kb) == 12


def test_jsonl_export_for_items(kb, tmp_path):
    for level in ("concepts", "chains", "train", "bench"):
        s = open_sample(kb, level, 3, seed=1)
        out = tmp_path / f"{level}.jsonl"
        assert export(kb, s, "jsonl", out) == 3
        rows = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
        assert {r["level"] for r in rows} == {level} and all(r["unit"] for r in rows)
        if level == "train":
            assert all("answer: " in r["unit"] for r in rows)

        if level == "bench":
            assert all("key: " in r["unit"] and "\nA. " in r["unit"] for r in rows)
        if level == "chains":
            assert all("\n1. " in r["unit"] for r in rows)
    # the source shown for a training item is the taught statement's quote, not a chunk that merely mentions one of
    # its concepts (audit round 7: a League of Nations item showed a USMCA sentence)
    out = tmp_path / "train-all.jsonl"
    export(kb, open_sample(kb, "train", 200, seed=2), "jsonl", out)
    quoted = [r for r in map(json.loads, out.read_text(encoding="utf-8").splitlines()) if 'The text says: "' in r["unit"]]
    assert quoted and all(r["source_quote"] and r["source_quote"] in r["unit"] for r in quoted), quoted


@pytest.mark.parametrize("change, message", [
    ({"id": "st_nonexistent"}, "unknown statements id 'st_nonexistent'"),
    ({"verdict": "maybe"}, "unknown verdict 'maybe'"),
    ({"verdict": "reject", "reason": "boring"}, "unknown reason 'boring'"),
    ({"verdict": "reject", "reason": ""}, "a reject needs a reason"),
    ({"project": "proj_other"}, "a sheet of another project"),
    ({"verdict": "edit", "edit": "no pipes here"}, "subject | predicate | object"),
])
def test_malformed_sheet_changes_nothing(kb, tmp_path, change, message):
    s = open_sample(kb, "statements", 5, seed=0)
    sheet = tmp_path / "bad.jsonl"
    export(kb, s, "jsonl", sheet)
    rows = [json.loads(x) for x in sheet.read_text(encoding="utf-8").splitlines()]
    for r in rows[:4]:
        r["verdict"] = "accept"
    rows[3].update(change)  # the bad row comes after three good ones: none of them may be written
    sheet.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    with pytest.raises(ReviewError) as e:
        import_sheet(kb, sheet, "alice")
    assert message in str(e.value) and str(sheet) in str(e.value) and "\n" not in str(e.value)
    assert review_count(kb) == 0


def test_rebuild_leaves_out_exactly_rejected_units_and_their_items(kb):
    stmts = sorted(kb.read("train_statements"), key=lambda r: r["id"])
    chains = sorted(kb.read("bench_chains"), key=lambda r: r["id"])
    concepts = {r["id"]: r for r in kb.read("train_concepts")}
    bad_st, bad_chain = stmts[4], chains[0]
    edited = next(c for c in concepts.values() if c["definition"])
    old_b = ds.load_bench_items(kb, ds.latest_version(kb, "bench").id)
    fixed = next(i for i in old_b if i.chain_id != bad_chain["id"] and i.correct != [0, 1, 2])
    # an edited benchmark item comes back with its corrected key as a new item; the old one stays as it was
    write(kb, [check(Verdict(fixed.id, "bench", "alice", "edit", "wrong_key", edit="A, B, c"), {"options": fixed.options})])
    rs = rf.reviewed(kb)
    items = rf.drop_items(rs, bench.generate(bench.load_chains(rs), per_chain=3, seed=0)[0])
    (new,) = [i for i in items if i.question == fixed.question and i.options == fixed.options]
    assert new.correct == [0, 1, 2] and new.id != fixed.id
    v = ds.create_version(kb, "bench", items, {"items": len(items)}, {})
    assert {i.id: i.correct for i in ds.load_bench_items(kb, v.id)}[new.id] == [0, 1, 2]
    assert kb.read("MATCH (b:BenchItem {id: $id}) RETURN b.correct AS c", id=fixed.id) == [{"c": fixed.correct}]
    rows = [check(Verdict(bad_st["id"], "statements", "alice", "reject", "wrong_fact"), {}),
            check(Verdict(bad_chain["id"], "chains", "alice", "reject", "fragment"), {}),
            check(Verdict(stmts[5]["id"], "statements", "alice", "accept"), {}),
            check(Verdict(edited["id"], "concepts", "alice", "edit", edit=f"{edited['name']} is a corrected definition."),
                  {"name": edited["name"]})]
    write(kb, rows)
    assert {u: s["state"] for u, s in unit_states(kb).items()} == {fixed.id: "edited",
        bad_st["id"]: "rejected", bad_chain["id"]: "rejected", stmts[5]["id"]: "accepted", edited["id"]: "edited"}
    rs = rf.reviewed(kb)
    # the KB generation sees: exactly the rejected units gone, the edit applied, everything else unchanged
    kb2 = synth.load_kb(rs)
    assert {s["id"] for s in kb2.statements} == {s["id"] for s in stmts} - {bad_st["id"]}
    assert {c["id"]: c["definition"] for c in kb2.concepts}[edited["id"]] == f"{edited['name']} is a corrected definition."
    rows2 = bench.load_chains(rs)
    assert {c["id"] for c in rows2} == {c["id"] for c in chains} - {bad_chain["id"]}
    train, _ = synth.generate(kb2, seed=0)
    items, _ = bench.generate(rows2, per_chain=3, seed=0)
    train, items = rf.drop_items(rs, train), rf.drop_items(rs, items)
    steps_of_bad = {s["id"] for s in bad_chain["steps"]}
    for it in train:
        assert bad_st["id"] not in it.statement_ids and not set(it.step_ids) & steps_of_bad
    for it in items:
        assert it.chain_id != bad_chain["id"] and bad_st["id"] not in it.statement_ids
    texts = [(it.prompt + " " + it.answer).lower() for it in train]
    assert any("corrected definition" in t for t in texts)
    assert not any(edited["definition"].lower().rstrip(".") in t for t in texts)
    # exactly the rejected units leave: every other unit the old versions taught or tested is still taught / tested
    old = ds.load_train_items(kb, ds.latest_version(kb, "train").id)
    old_b = ds.load_bench_items(kb, ds.list_versions(kb, "bench")[0].id)
    rejected = rs.decisions.rejected
    assert {u for i in old for u in i.statement_ids} - rejected == {u for i in train for u in i.statement_ids}
    assert {i.chain_id for i in old_b} - rejected == {i.chain_id for i in items}
    assert "rejected units left out" in rf.summary(rs)
    # blame and coverage show the review state
    from proda.review.verdicts import state_counts, state_of

    assert state_of(kb, bad_st["id"])["state"] == "rejected"
    assert state_of(kb, bad_st["id"])["verdicts"][0]["reason"] == "wrong_fact"
    assert state_of(kb, stmts[6]["id"]) == {"state": "unreviewed", "verdicts": []}
    assert state_counts(kb) == {"bench": {"accepted": 0, "rejected": 0, "edited": 1}, "statements": {"accepted": 1, "rejected": 1, "edited": 0},
                                "chains": {"accepted": 0, "rejected": 1, "edited": 0},
                                "concepts": {"accepted": 0, "rejected": 0, "edited": 1}}


def test_cli_export_import_stats(store, tmp_path):
    """The commands themselves: a sheet out, a bad sheet refused in one line (exit 1), a good one in, stats as JSON."""
    try:
        from conftest import run_proda
    except ImportError:  # pragma: no cover
        from tests.conftest import run_proda

    build_kb(store)
    proj = store.cfg.project_dir
    sheet = tmp_path / "st.csv"
    p = run_proda("review", "export", "--level", "statements", "--sample", "3", "--seed", "5", "--out", str(sheet),
                  project=proj)
    assert p.returncode == 0 and "wrote 3 statements" in p.stdout, p.stderr
    fill(sheet, {0: ("accept", "", ""), 1: ("reject", "wrong fact", ""), 2: ("reject", "nonsense", "")})
    p = run_proda("review", "import", str(sheet), "--reviewer", "carol", project=proj)
    assert p.returncode == 1 and p.stderr.strip().count("\n") == 0
    assert p.stderr.startswith("error:") and "row 4: unknown reason 'nonsense'" in p.stderr and str(sheet) in p.stderr
    assert review_count(store) == 0
    fill(sheet, {2: ("accept", "", "")})
    p = run_proda("review", "import", str(sheet), "--reviewer", "carol", project=proj)
    assert p.returncode == 0 and "3 verdicts imported" in p.stdout, p.stderr
    p = run_proda("review", "samples", "--json", project=proj)
    (smp,) = json.loads(p.stdout)
    assert (smp["level"], smp["units"], smp["judged"], smp["reviewers"]) == ("statements", 3, 3, ["carol"])
    p = run_proda("review", "stats", "--json", project=proj)
    (lv,) = json.loads(p.stdout)["levels"]
    assert (lv["k"], lv["n"]) == (2, 3) and lv["ci_low"] < 2 / 3 < lv["ci_high"]


def test_statement_sheet_shows_negation_and_effect_apart():
    """Judges read the signed polarity "negative" of "chlorine radicals break down ozone" as a negation."""
    from proda.review.units import effect_word, negated_word, render

    down = {"subject": "chlorine radicals", "predicate": "break down", "object": "ozone", "family": "remove"}
    assert (negated_word(down), effect_word(down), render("statements", down)) == (
        "no", "lowers", "chlorine radicals | break down | ozone")
    up = {"subject": "water", "predicate": "absorbs", "object": "heat", "predicate_lemma": "absorb"}
    assert (negated_word(up), effect_word(up)) == ("no", "neutral")
    neg = {"subject": "water", "predicate": "lacks", "object": "charge", "negated": True, "predicate_lemma": "lack"}
    assert negated_word(neg) == "yes" and "[NOT]" in render("statements", neg)
    assert effect_word({"predicate": "increases", "predicate_lemma": "increase"}) == "raises"
