"""Statement paths (proda/evaluate/bench_paths.statement_paths) through a lone technical noun (session 16 census).

Why: "Ischemia in turn leads to hypoxia" then "Hypoxia ... can lead to cell death" is a path the book states, refused
because "hypoxia" is one word with no capital; the rule meant to keep out lone class nouns ("hormones", "cells")
through which any two statements connect.  Both paths and mined chains now share ``proda.ingest.mine.specific``."""

from __future__ import annotations

from tests.test_bench import _stmt


def test_a_path_runs_through_a_rare_single_word_not_a_class_noun():
    from proda.evaluate.bench_paths import specific, statement_paths

    sec = "b/ch3/shock.html"
    rows = [_stmt("i1", "vessel occlusion", "leads to", "anoxia", sec, "Vessel occlusion in turn leads to anoxia in"
                  " the tissue downstream of the clot"),
            _stmt("i2", "anoxia", "causes", "neuronal death", sec, "Anoxia lasting several minutes causes neuronal"
                  " death in the cortex")]
    assert [[s["statement_id"] for s in p["steps"]] for p in statement_paths(rows)] == [["i1", "i2"]]
    # the kept refusal: a lone class noun joins statements about different members
    rows = [_stmt("h1", "the thyroid gland", "secretes", "hormones", sec, "The thyroid gland secretes hormones into the"
                  " blood of the neck veins"),
            _stmt("h2", "hormones", "stimulate", "target cells", sec, "Hormones stimulate target cells that carry their"
                  " receptors")]
    assert statement_paths(rows) == []
    assert specific("anoxia") and specific("ADH") and specific("blood glucose")
    assert not specific("hormones") and not specific("enzymes") and not specific("cells") and not specific("heat")


def test_a_path_stays_under_one_heading():
    """Anatomy 20 (session 16): "Sympathetic stimulation ... triggers the release of epinephrine and norepinephrine,
    which enhance ... vasoconstriction" (under one heading) was continued by "When blood flow is too high, the smooth
    muscle will contract ..., prompting vasoconstriction that reduces blood flow" (under another, a different
    mechanism): the path keyed the second as following from the first.  Mined chains already keep to one heading;
    the same two statements under one heading still make a path."""
    from proda.evaluate.bench_paths import statement_paths

    sec = "b/ch4/vessels.html"
    rows = [dict(_stmt("a1", "vagal stimulation", "triggers", "acetylcholine release", sec, "Vagal stimulation triggers"
                       " acetylcholine release at the nodal tissue of the heart"), heading="Neural Control"),
            dict(_stmt("a2", "acetylcholine release", "slows", "nodal firing", sec, "When the heart is denervated,"
                       " local acetylcholine release slows nodal firing", -1), heading="Local Control")]
    assert statement_paths(rows) == []
    rows[1]["heading"] = "Neural Control"
    assert [[s["statement_id"] for s in p["steps"]] for p in statement_paths(rows)] == [["a1", "a2"]]

