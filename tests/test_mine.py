"""Chains mined from the graph (proda/ingest/mine.py) on a hand-built graph in the embedded store."""

from __future__ import annotations

from proda.ingest.mine import mine_chains

# (id, subject, predicate, object, family, polarity, document) -- family/polarity None: an older graph without them
STATEMENTS = [
    ("s1", "alcohol", "inhibits", "ADH release", None, None, "d1"),
    ("s2", "ADH release", "stimulates", "water reabsorption", "stimulate", 1, "d1"),
    ("s3", "water reabsorption", "increases", "blood volume", "increase", 1, "d1"),
    ("s4", "blood volume", "is_part_of", "circulation", "part_of", 1, "d1"),  # not causal: never a step
    ("s5", "blood volume", "raises", "blood pressure", "increase", 1, "d2"),  # another document: never joined
    ("s6", "tax cut", "increases", "disposable income", "increase", 1, "d3"),
    ("s7", "disposable income", "raises", "consumer spending", "increase", 1, "d3"),
]
CONCEPTS = sorted({c for s in STATEMENTS for c in (s[1], s[3])})

BUILD = """
UNWIND $docs AS d
MERGE (doc:Document {id: d}) SET doc.title = 'Book ' + d
MERGE (k:Chunk {id: 'k_' + d}) SET k.ord = 0, k.heading = 'Section of ' + d, k.text = 'text'
MERGE (k)-[:PART_OF]->(doc)
WITH count(*) AS n
UNWIND $concepts AS c
MERGE (:Concept {id: 'c_' + c, name: c})
WITH count(*) AS n
UNWIND $rows AS r
MATCH (a:Concept {id: 'c_' + r.s}), (b:Concept {id: 'c_' + r.o}), (k:Chunk {id: 'k_' + r.d})
CREATE (st:Statement {id: r.id, subject: r.s, predicate: r.p, object: r.o, source_quote: r.s + ' ' + r.p + ' ' + r.o})
SET st.family = r.f, st.polarity = r.pol
CREATE (st)-[:SUBJECT]->(a), (st)-[:OBJECT]->(b), (st)-[:FROM_CHUNK]->(k)
"""


def build(store) -> None:
    store.write(BUILD, docs=["d1", "d2", "d3"], concepts=CONCEPTS,
                rows=[{"id": i, "s": s, "p": p, "o": o, "f": f, "pol": pol, "d": d} for i, s, p, o, f, pol, d in STATEMENTS])


def counts(store) -> tuple[int, int]:
    r = store.read("kb_nodes_edges")[0]
    return r["nodes"], r["edges"]


def test_mined_chain_sign_is_the_product_of_polarities_and_mining_is_idempotent(store):
    build(store)
    assert mine_chains(store, ["d1", "d2", "d3"], domain="test") == 1  # d3 has only two linked statements
    chains = store.read("MATCH (c:Chain) RETURN c.id AS id, c.name AS name, c.kind AS kind, c.sign AS sign, "
                        "c.length AS length, c.summary AS summary")
    assert len(chains) == 1
    ch = chains[0]
    assert ch["kind"] == "mined" and ch["length"] == 3
    assert ch["sign"] == -1  # alcohol inhibits (-1) x stimulates (+1) x increases (+1): alcohol decreases blood volume
    assert ch["name"] == "alcohol → blood volume (Section of d1)"
    assert "decreases" in ch["summary"]
    steps = store.read("MATCH (:Chain {id: $c})-[h:HAS_STEP]->(s:Step) RETURN h.position AS pos, s.text AS text, "
                       "s.polarity AS polarity, s.family AS family ORDER BY pos", c=ch["id"])
    assert [s["text"] for s in steps] == ["alcohol inhibits ADH release", "ADH release stimulates water reabsorption",
                                          "water reabsorption increases blood volume"]
    assert [s["polarity"] for s in steps] == [-1, 1, 1]
    assert steps[0]["family"] == "inhibit"  # read from the predicate when the graph does not store it
    nxt = store.read("MATCH (a:Step)-[:NEXT_STEP]->(b:Step {chain_id: $c}) RETURN a.position AS a, b.position AS b "
                     "ORDER BY a", c=ch["id"])
    assert [(r["a"], r["b"]) for r in nxt] == [(1, 2), (2, 3)]
    trans = store.read("MATCH (st:Statement)-[:FROM_STEP]->(a:Step {chain_id: $c}), (st)-[:TO_STEP]->(b:Step) "
                       "RETURN st.id AS st, a.position AS a, b.position AS b ORDER BY a", c=ch["id"])
    assert [(r["st"], r["a"], r["b"]) for r in trans] == [("s2", 1, 2), ("s3", 2, 3)]
    quotes = store.read("MATCH (s:Step {chain_id: $c})-[f:FROM_CHUNK]->(:Chunk) RETURN f.quote AS q", c=ch["id"])
    assert len(quotes) == 3 and all(q["q"] for q in quotes)
    mentions = store.read("MATCH (s:Step {chain_id: $c})-[:MENTIONS]->(k:Concept) RETURN count(*) AS n", c=ch["id"])
    assert mentions[0]["n"] == 6

    before = counts(store)
    assert mine_chains(store, ["d1", "d2", "d3"], domain="test") == 1
    assert counts(store) == before  # the second run adds nothing


def test_no_cycles_and_each_statement_in_one_mined_chain(store):
    build(store)
    # close a cycle: blood volume -> alcohol; a path may not visit a concept twice
    store.write("""MATCH (a:Concept {id: 'c_blood volume'}), (b:Concept {id: 'c_alcohol'}), (k:Chunk {id: 'k_d1'})
                   CREATE (st:Statement {id: 's9', subject: 'blood volume', predicate: 'causes', object: 'alcohol',
                                         source_quote: 'q', family: 'cause', polarity: 1})
                   CREATE (st)-[:SUBJECT]->(a), (st)-[:OBJECT]->(b), (st)-[:FROM_CHUNK]->(k)""")
    assert mine_chains(store, ["d1"]) == 1
    rows = store.read("MATCH (c:Chain)-[:HAS_STEP]->(s:Step) RETURN c.id AS c, count(s) AS n")
    assert len(rows) == 1 and 3 <= rows[0]["n"] <= 4
    texts = [r["t"] for r in store.read("MATCH (s:Step) RETURN s.text AS t")]
    subjects = [t.split(" ")[0] for t in texts]
    assert len(texts) == len(set(texts)) and len(subjects) == len(set(subjects))


def test_no_chain_through_a_lone_common_noun_or_across_sections(store):
    rows = [("t1", "thyroid gland", "secretes", "hormones", "produce", 1, "d4"),  # joined on "hormones", "cells":
            ("t2", "hormones", "stimulate", "cells", "stimulate", 1, "d4"),       # too general to carry a chain
            ("t3", "cells", "produce", "digestive enzymes", "produce", 1, "d4"),
            ("u1", "tax cut", "raises", "disposable income", "increase", 1, "d5"),
            ("u2", "disposable income", "increases", "consumer spending", "increase", 1, "d5"),
            ("u3", "consumer spending", "drives", "economic growth", "cause", 1, "d5")]
    store.write(BUILD, docs=["d4", "d5"], concepts=sorted({c for r in rows for c in (r[1], r[3])}),
                rows=[{"id": i, "s": s, "p": p, "o": o, "f": f, "pol": pol, "d": d} for i, s, p, o, f, pol, d in rows])
    # u3 sits in another section of d5: the path would cross it
    store.write("""MATCH (d:Document {id: 'd5'}), (st:Statement {id: 'u3'})-[r:FROM_CHUNK]->(:Chunk)
                   DELETE r
                   MERGE (k:Chunk {id: 'k_d5_other'}) SET k.ord = 1, k.heading = 'Another section', k.text = 'text'
                   MERGE (k)-[:PART_OF]->(d)
                   MERGE (st)-[:FROM_CHUNK]->(k)""")
    assert mine_chains(store, ["d4", "d5"]) == 0


BUILD_TEXT = """
MERGE (doc:Document {id: 'd6'}) SET doc.title = 'Book d6'
MERGE (k:Chunk {id: 'k_d6'}) SET k.ord = 0, k.heading = 'Blood Sugar', k.text = 'text'
MERGE (k)-[:PART_OF]->(doc)
WITH k
UNWIND $rows AS r
MERGE (a:Concept {id: 'c_' + r.sc}) SET a.name = r.sc
MERGE (b:Concept {id: 'c_' + r.oc}) SET b.name = r.oc
CREATE (st:Statement {id: r.id, subject: r.s, predicate: r.p, object: r.o, source_quote: r.s + ' ' + r.p + ' ' + r.o,
                      family: r.f, polarity: r.pol})
CREATE (st)-[:SUBJECT]->(a), (st)-[:OBJECT]->(b), (st)-[:FROM_CHUNK]->(k)
"""


def test_increased_y_and_y_levels_continue_a_statement_about_y(store):
    # the statement texts differ ("blood glucose levels" / "increased blood glucose"), the concept is one
    rows = [("g1", "a carbohydrate meal", "raises", "blood glucose levels", "carbohydrate meal", "blood glucose", "increase", 1),
            ("g2", "increased blood glucose", "stimulates", "insulin secretion", "blood glucose", "insulin secretion",
             "stimulate", 1),
            ("g3", "higher insulin secretion", "lowers", "blood glucose uptake time", "insulin secretion",
             "blood glucose uptake time", "decrease", -1)]
    store.write(BUILD_TEXT, rows=[{"id": i, "s": s, "p": p, "o": o, "sc": sc, "oc": oc, "f": f, "pol": pol}
                                  for i, s, p, o, sc, oc, f, pol in rows])
    assert mine_chains(store, ["d6"]) == 1
    ch = store.read("MATCH (c:Chain) RETURN c.sign AS sign, c.length AS n")[0]
    assert ch["n"] == 3 and ch["sign"] == -1
    # a different quantity of the same concept node does not continue it: "blood glucose variability" is not "blood glucose"
    store.write("MATCH (s:Statement {id: 'g2'}) SET s.subject = 'blood glucose variability'")
    store.write("MATCH (c:Chain) DETACH DELETE c")
    store.write("MATCH (s:Step) DETACH DELETE s")
    assert mine_chains(store, ["d6"]) == 0


def test_direction_of_change_must_continue_and_flips_the_sign(store):
    # "... insulin reduces blood glucose; low blood glucose stimulates glucagon release": the meal raises glucagon release
    rows = [("h1", "a carbohydrate meal", "raises", "insulin secretion", "carbohydrate meal", "insulin secretion",
             "increase", 1),
            ("h2", "increased insulin secretion", "reduces", "blood glucose levels", "insulin secretion", "blood glucose",
             "decrease", -1),
            ("h3", "low blood glucose", "stimulates", "glucagon release", "blood glucose", "glucagon release", "stimulate", 1)]
    store.write(BUILD_TEXT, rows=[{"id": i, "s": s, "p": p, "o": o, "sc": sc, "oc": oc, "f": f, "pol": pol}
                                  for i, s, p, o, sc, oc, f, pol in rows])
    assert mine_chains(store, ["d6"]) == 1
    assert store.read("MATCH (c:Chain) RETURN c.sign AS sign")[0]["sign"] == 1
    # "rising blood glucose" after "insulin reduces blood glucose" is another situation, not the next step; the
    # meal -> insulin link alone is no chain
    store.write("MATCH (s:Statement {id: 'h3'}) SET s.subject = 'rising blood glucose'")
    store.write("MATCH (c:Chain) DETACH DELETE c")
    store.write("MATCH (s:Step) DETACH DELETE s")
    assert mine_chains(store, ["d6"]) == 0


def _mine_rows(store, rows, doc="d7", quotes=None) -> int:
    """Write ``rows`` (id, subject, predicate, object, family, polarity, negated) into one section of ``doc`` and
    mine it; ``quotes`` (id -> quote) where the chunk's text says where each is read."""
    quotes = quotes or {}
    store.write("""MERGE (doc:Document {id: $doc}) SET doc.title = 'Book ' + $doc
                   MERGE (k:Chunk {id: 'k_' + $doc}) SET k.ord = 0, k.heading = coalesce(k.heading, 'Section'),
                         k.text = coalesce(k.text, 'text')
                   MERGE (k)-[:PART_OF]->(doc)
                   WITH k
                   UNWIND $rows AS r
                   MERGE (a:Concept {id: 'c_' + r.s}) SET a.name = r.s
                   MERGE (b:Concept {id: 'c_' + r.o}) SET b.name = r.o
                   CREATE (st:Statement {id: r.id, subject: r.s, predicate: r.p, object: r.o, family: r.f,
                                         polarity: r.pol, negated: r.neg, source_quote: r.q})
                   CREATE (st)-[:SUBJECT]->(a), (st)-[:OBJECT]->(b), (st)-[:FROM_CHUNK]->(k)""", doc=doc,
                rows=[{"id": i, "s": s, "p": p, "o": o, "f": f, "pol": pol, "neg": neg,
                       "q": quotes.get(i, f"{s} {p} {o}")} for i, s, p, o, f, pol, neg in rows])
    return mine_chains(store, [doc])


def test_a_lone_technical_noun_carries_a_chain(store):
    """Anatomy (session 16 census): "the fetal pituitary secretes oxytocin, which increases prostaglandins ...
    prostaglandins enhance uterine contractile strength" was refused as joined on a lone common noun, though
    "oxytocin" names one thing as surely as "ADH" does.  A word rarer than ordinary vocabulary carries the link;
    "hormones" and "cells" (test above) still do not."""
    rows = [("v1", "the posterior lobe", "releases", "vasopressin", "produce", 1, False),
            ("v2", "vasopressin", "raises", "aquaporin insertion", "increase", 1, False),
            ("v3", "aquaporin insertion", "increases", "water retention", "increase", 1, False)]
    assert _mine_rows(store, rows) == 1
    steps = store.read("MATCH (s:Step) RETURN s.position AS p, s.text AS t ORDER BY p")
    assert [s["t"] for s in steps] == ["the posterior lobe releases vasopressin",
                                       "vasopressin raises aquaporin insertion",
                                       "aquaporin insertion increases water retention"]


def test_a_class_noun_rarer_than_cells_still_carries_no_chain(store):
    """The kept sibling of the lone technical noun: "enzymes" (a class, of ordinary frequency in science prose) joins
    statements about different members, so no chain runs through it."""
    rows = [("e1", "the exocrine pancreas", "secretes", "enzymes", "produce", 1, False),
            ("e2", "enzymes", "lower", "activation energy", "decrease", -1, False),
            ("e3", "activation energy", "limits", "reaction speed", "decrease", -1, False)]
    assert _mine_rows(store, rows) == 0


def test_a_negated_statement_is_no_link(store):
    """"Blood cells cannot move across the placenta", "A does not stimulate B" say that nothing happens: not an
    inhibition whose sign composes (the stored polarity of a negated statement is flipped, so it read as one).  The
    same chain with the link stated is kept."""
    rows = [("n1", "maternal cortisol", "does_not_stimulate", "the fetal adrenal", "stimulate", -1, True),
            ("n2", "the fetal adrenal", "secretes", "fetal androgens", "produce", 1, False),
            ("n3", "fetal androgens", "raise", "placental estrogen", "increase", 1, False)]
    assert _mine_rows(store, rows) == 0
    store.write("MATCH (s:Statement {id: 'n1'}) SET s.predicate = 'stimulates', s.polarity = 1, s.negated = false")
    assert mine_chains(store, ["d7"]) == 1


def test_require_control_and_carry_are_no_causal_links(store):
    """"A requires B" puts B first, "A regulates B" has no sign and "A carries B" moves B: a chain through them
    states a net effect the book never claims ("muscle contraction increases glycolysis").  Issue 12's statement
    paths already keep to the signed families; mined chains now do too."""
    rows = [("r1", "muscle contraction", "requires", "stored ATP", "require", 1, False),
            ("r2", "stored ATP", "activates", "myosin heads", "stimulate", 1, False),
            ("r3", "myosin heads", "produce", "cross-bridge cycling", "produce", 1, False)]
    assert _mine_rows(store, rows) == 0
    rows = [("r4", "the portal vein", "carries", "absorbed glucose", "transport", 1, False),
            ("r5", "absorbed glucose", "stimulates", "insulin release", "stimulate", 1, False),
            ("r6", "insulin release", "lowers", "plasma glucose", "decrease", -1, False)]
    assert _mine_rows(store, rows, doc="d8") == 0
    rows = [("r7", "a carbohydrate meal", "raises", "absorbed glucose", "increase", 1, False)]
    assert _mine_rows(store, rows, doc="d8") == 1  # the kept sibling: a signed first link


def test_links_stated_in_reverse_order_within_one_chunk(store):
    """Anatomy 28 (session 16): "Like oxytocin, prostaglandins also enhance uterine contractile strength." comes a
    few sentences before "The fetal pituitary also secretes oxytocin, which increases prostaglandins even further."
    The book states both links in one passage; the order it states them in does not change what they compose.
    A chunk ends wherever the chunker cut the section's passage, so the chunk before is as near as the chunk after
    (session 24, anatomy 13: "The direct pathway causes the disinhibition of the thalamus" one chunk before "the
    substantia nigra ... releases the neurotransmitter dopamine"; "The direct pathway is activated by dopamine");
    two chunks away is refused."""
    text = ("Gastrin raises acid secretion. The antral cells release gastrin. Vagal input stimulates the antral cells.")
    store.write("""MERGE (doc:Document {id: 'd9'}) SET doc.title = 'Book d9'
                   MERGE (k:Chunk {id: 'k_d9'}) SET k.ord = 0, k.heading = 'Stomach', k.text = $text
                   MERGE (k)-[:PART_OF]->(doc)""", text=text)
    rows = [("w1", "vagal input", "stimulates", "the antral cells", "stimulate", 1, False),
            ("w2", "the antral cells", "release", "gastrin", "produce", 1, False),
            ("w3", "gastrin", "raises", "acid secretion", "increase", 1, False)]
    quotes = {"w1": "Vagal input stimulates the antral cells.", "w2": "The antral cells release gastrin.",
              "w3": "Gastrin raises acid secretion."}
    assert _mine_rows(store, rows, doc="d9", quotes=quotes) == 1
    store.write("MATCH (c:Chain) DETACH DELETE c")
    store.write("MATCH (s:Step) DETACH DELETE s")
    # the last link read in the chunk before: still one passage
    store.write("""MATCH (d:Document {id: 'd9'}), (st:Statement {id: 'w3'})-[r:FROM_CHUNK]->(:Chunk)
                   DELETE r
                   MERGE (k:Chunk {id: 'k_d9_0'})
                   SET k.ord = -1, k.heading = 'Stomach', k.text = 'Gastrin raises acid secretion.'
                   MERGE (k)-[:PART_OF]->(d)
                   MERGE (st)-[:FROM_CHUNK]->(k)""")
    assert mine_chains(store, ["d9"]) == 1
    store.write("MATCH (c:Chain) DETACH DELETE c")
    store.write("MATCH (s:Step) DETACH DELETE s")
    store.write("MATCH (k:Chunk {id: 'k_d9_0'}) SET k.ord = -2")  # two chunks before: refused
    assert mine_chains(store, ["d9"]) == 0


def test_a_quantified_class_noun_carries_no_link(store):
    """Review R22 (of 73614c6): "Tumor cells release cytokines. Some cytokines, such as interferon, inhibit tumor
    growth." speaks of two sets of cytokines (all those released, some of them), so no chain runs through the rare
    class noun.  The extractor keeps the quantifier in the stored argument ("some cytokines"), which is no term, so
    ``_step_ok`` refuses the step even where the resolver gives it the concept "cytokines".  The kept sibling: the
    same statements about cytokines as such."""
    text = ("Tumor cells release cytokines. Some cytokines, such as interferon, inhibit tumor growth. "
            "Tumor growth raises tissue pressure.")
    store.write("""MERGE (doc:Document {id: 'd10'}) SET doc.title = 'Book d10'
                   MERGE (k:Chunk {id: 'k_d10'}) SET k.ord = 0, k.heading = 'Tumors', k.text = $text
                   MERGE (k)-[:PART_OF]->(doc)""", text=text)
    rows = [("q1", "tumor cells", "release", "cytokines", "produce", 1, False),
            ("q2", "some cytokines", "inhibit", "tumor growth", "inhibit", -1, False),
            ("q3", "tumor growth", "raises", "tissue pressure", "increase", 1, False)]
    quotes = {"q1": "Tumor cells release cytokines.", "q2": "Some cytokines, such as interferon, inhibit tumor growth.",
              "q3": "Tumor growth raises tissue pressure."}
    _mine_rows(store, rows, doc="d10", quotes=quotes)
    # the resolver gives "some cytokines" the concept of "cytokines"
    store.write("""MATCH (s:Statement {id: 'q2'})-[r:SUBJECT]->(:Concept) DELETE r
                   WITH s MATCH (c:Concept {id: 'c_cytokines'}) MERGE (s)-[:SUBJECT]->(c)""")
    assert mine_chains(store, ["d10"]) == 0
    text = "Tumor cells release cytokines. Cytokines inhibit tumor growth. Tumor growth raises tissue pressure."
    store.write("MATCH (k:Chunk {id: 'k_d10'}) SET k.text = $text", text=text)
    store.write("""MATCH (s:Statement {id: 'q2'}) SET s.subject = 'cytokines',
                   s.source_quote = 'Cytokines inhibit tumor growth.'""")
    assert mine_chains(store, ["d10"]) == 1
