// proda: a failed item's subgraph (what it tests, their concepts, its diagnoses)
// param item = ''
MATCH (b:BenchItem {id: $item})
OPTIONAL MATCH t = (b)-[:TESTS]->(u)
OPTIONAL MATCH c = (u)-[:SUBJECT|OBJECT|MENTIONS|ABOUT|HAS_STEP]->()
OPTIONAL MATCH r = (:Run)-[:RESULT]->(b)
OPTIONAL MATCH d = (:Diagnosis)-[:FOR_ITEM]->(b)
RETURN b, t, c, r, d
LIMIT 200
