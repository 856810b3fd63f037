"""Mined chains joined on what a statement made, not on one concept node (proda/ingest/mine.py, session 24 M).

One thing is often written two ways, so it ends up on two concept nodes: "the neurotransmitter dopamine" ... "dopamine",
"the release of GnRH" ... "GnRH", "high concentrations of estrogen" ... "estrogen". In the development chapters these
were 10 links, read 9 right (docs/audits/dev-2026-12-03/s24-M.md). A shared head word or a narrower kind must still not
join: "direct pathway" / "indirect pathway", "alkalosis" / "respiratory alkalosis". A statement whose sentence sends
its object on to do something ("falling glucose levels trigger the pancreas to release glucagon", development anatomy
24, joined to "the pancreas releases insulin") is continued only by that event. Every sentence here is invented.
"""

from __future__ import annotations

from proda.ingest.mine import mine_chains

WRITE = """
MERGE (doc:Document {id: $doc}) SET doc.title = 'Book'
WITH doc
UNWIND $rows AS r
MERGE (k:Chunk {id: $doc + '_k' + toString(r.ord)}) SET k.ord = r.ord, k.heading = r.h, k.text = r.text
MERGE (k)-[:PART_OF]->(doc)
MERGE (a:Concept {id: 'c_' + r.s}) SET a.name = r.s
MERGE (b:Concept {id: 'c_' + r.o}) SET b.name = r.o
CREATE (st:Statement {id: r.id, subject: r.s, predicate: r.p, object: r.o, family: r.f, polarity: r.pol,
                      source_quote: r.q})
CREATE (st)-[:SUBJECT]->(a), (st)-[:OBJECT]->(b), (st)-[:FROM_CHUNK]->(k)
"""


def _mine(store, rows, doc="dj") -> list[list[str]]:
    """``rows``: (id, subject, predicate, object, family, polarity, quote, chunk order[, heading]); each concept node
    is named by its argument text, as the extractor's terms would make them. Returns each chain's step texts."""
    texts: dict[int, str] = {}
    for r in rows:
        texts[r[7]] = texts.get(r[7], "") + r[6] + " "
    store.write(WRITE, doc=doc, rows=[{"id": r[0], "s": r[1], "p": r[2], "o": r[3], "f": r[4], "pol": r[5], "q": r[6],
                                       "ord": r[7], "h": r[8] if len(r) > 8 else "Section", "text": texts[r[7]]}
                                      for r in rows])
    mine_chains(store, [doc])
    out = store.read("MATCH (c:Chain)-[h:HAS_STEP]->(s:Step) RETURN c.id AS c, h.position AS p, s.text AS t "
                     "ORDER BY c, p")
    chains: dict[str, list[str]] = {}
    for r in out:
        chains.setdefault(r["c"], []).append(r["t"])
    return list(chains.values())


def test_a_name_with_its_class_before_it_is_continued_by_the_name(store):
    q1 = "The raphe nuclei release the neurotransmitter serotonin."
    q2 = "Serotonin activates the sleep centers."
    q3 = "The sleep centers inhibit the arousal system."
    rows = [("n1", "raphe nuclei", "release", "neurotransmitter serotonin", "produce", 1, q1, 0),
            ("n2", "serotonin", "activates", "sleep centers", "stimulate", 1, q2, 0),
            ("n3", "sleep centers", "inhibit", "arousal system", "inhibit", -1, q3, 0)]
    assert _mine(store, rows) == [["raphe nuclei release neurotransmitter serotonin", "serotonin activates sleep centers",
                                   "sleep centers inhibit arousal system"]]
    assert store.read("MATCH (c:Chain) RETURN c.sign AS s")[0]["s"] == -1


def test_what_was_released_is_the_thing_released(store):
    q = ["The hypothalamus stimulates the release of thyrotropin.", "Thyrotropin raises thyroxine secretion.",
         "Thyroxine increases the metabolic rate."]
    rows = [("r1", "hypothalamus", "stimulates", "release of thyrotropin", "stimulate", 1, q[0], 0),
            ("r2", "thyrotropin", "raises", "thyroxine secretion", "increase", 1, q[1], 0),
            ("r3", "thyroxine", "increases", "metabolic rate", "increase", 1, q[2], 0)]
    assert len(_mine(store, rows)) == 1


def test_a_narrower_kind_a_shared_head_word_or_a_class_noun_does_not_join(store):
    q = ["Vomiting can cause alkalosis.", "Respiratory alkalosis reduces the carbon dioxide tension.",
         "The carbon dioxide tension stimulates the chemoreceptors.", "The striatum activates the direct pathway.",
         "The indirect pathway inhibits the motor thalamus.", "The motor thalamus excites the cortex.",
         "The pituitary releases growth hormone.", "Hormone raises the glucose output.",
         "The glucose output increases the insulin demand."]
    rows = [("a1", "vomiting", "can_cause", "alkalosis", "cause", 1, q[0], 0),
            ("a2", "respiratory alkalosis", "reduces", "carbon dioxide tension", "decrease", -1, q[1], 0),
            ("a3", "carbon dioxide tension", "stimulates", "chemoreceptors", "stimulate", 1, q[2], 0),
            ("p1", "striatum", "activates", "direct pathway", "stimulate", 1, q[3], 0),
            ("p2", "indirect pathway", "inhibits", "motor thalamus", "inhibit", -1, q[4], 0),
            ("p3", "motor thalamus", "excites", "cortex", "stimulate", 1, q[5], 0),
            ("h1", "pituitary", "releases", "growth hormone", "produce", 1, q[6], 0),
            ("h2", "hormone", "raises", "glucose output", "increase", 1, q[7], 0),
            ("h3", "glucose output", "increases", "insulin demand", "increase", 1, q[8], 0)]
    assert _mine(store, rows) == []
    # the control: the same statements join once the next subject names the object itself
    store.write("MATCH (n) DETACH DELETE n")
    same = {"a2": "alkalosis", "p2": "direct pathway", "h2": "growth hormone"}
    assert len(_mine(store, [(r[0], same.get(r[0], r[1]), *r[2:]) for r in rows])) == 3


def test_an_object_sent_on_to_do_something_is_continued_only_by_that(store):
    q1 = "Darkness triggers the pineal gland to release melatonin."
    rows = [("g1", "darkness", "triggers", "pineal gland", "stimulate", 1, q1, 0),
            ("g2", "pineal gland", "releases", "serotonin", "produce", 1, "By day the pineal gland releases serotonin.", 0),
            ("g3", "serotonin", "raises", "alertness", "increase", 1, "Serotonin raises alertness.", 0)]
    assert _mine(store, rows) == []  # the gland releasing serotonin is not what darkness triggered
    other = rows[1:]
    store.write("MATCH (n) DETACH DELETE n")
    rows = [rows[0], ("g4", "pineal gland", "releases", "melatonin", "produce", 1, "The pineal gland releases melatonin.", 0),
            ("g5", "melatonin", "induces", "drowsiness", "cause", 1, "Melatonin induces drowsiness.", 0)]
    assert len(_mine(store, rows)) == 1
    store.write("MATCH (n) DETACH DELETE n")  # the control: said without "to release melatonin", serotonin continues
    assert len(_mine(store, [("g1", "darkness", "triggers", "pineal gland", "stimulate", 1,
                              "Darkness triggers the pineal gland.", 0), *other])) == 1


def test_a_link_may_run_back_into_the_chunk_before_within_one_section(store):
    rows = [("b1", "direct pathway", "causes", "thalamic disinhibition", "cause", 1,
             "The direct pathway causes thalamic disinhibition.", 0),
            ("b2", "nigral neurons", "release", "dopamine", "produce", 1, "Nigral neurons release dopamine.", 1),
            ("b3", "dopamine", "activates", "direct pathway", "stimulate", 1, "Dopamine activates the direct pathway.", 1)]
    assert _mine(store, rows) == [["nigral neurons release dopamine", "dopamine activates direct pathway",
                                   "direct pathway causes thalamic disinhibition"]]
    store.write("MATCH (n) DETACH DELETE n")
    assert _mine(store, [rows[0][:7] + (0, "Other section"), *rows[1:]]) == []  # across sections: no link


def test_of_two_paths_as_long_the_one_read_closest_together_is_kept(store):
    """Development anatomy 28: "the fetal pituitary secretes oxytocin, which increases prostaglandins" (one sentence)
    was replaced by a path through another paragraph's "the posterior pituitary boosts its secretion of oxytocin"
    once that joined too; the path whose links are read in one sentence comes first."""
    far = "Meanwhile the maternal gland boosts its secretion of relaxin."
    near = "The placenta secretes relaxin, which increases collagenase."
    last = "Collagenase softens the cervical tissue."
    rows = [("t1", "maternal gland", "boosts", "secretion of relaxin", "increase", 1, far, 0),
            ("t2", "placenta", "secretes", "relaxin", "produce", 1, near, 0),
            ("t3", "relaxin", "increases", "collagenase", "increase", 1, near, 0),
            ("t4", "collagenase", "softens", "cervical tissue", "cause", 1, last, 0)]
    (chain,) = _mine(store, rows)
    assert chain[0] == "placenta secretes relaxin"
