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
