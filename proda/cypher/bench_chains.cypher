// benchmark items: every L3 chain with its ordered steps (and the concepts they mention),
// its transition statements (step i -> i+1), the concepts it is about, and its document
// Unordered: callers sort by id in Python (an in-heap ORDER BY of the whole KB counts against ArcadeDB's query heap budget).
MATCH (ch:Chain)
OPTIONAL MATCH (ch)-[:FROM_CHUNK]->(k:Chunk)-[:PART_OF]->(d:Document)
WITH ch, min(d.title) AS document
OPTIONAL MATCH (ch)-[:ABOUT]->(c:Concept)
WITH ch, document, collect(c.id) AS about
CALL {
  WITH ch
  MATCH (ch)-[:HAS_STEP]->(s:Step)
  OPTIONAL MATCH (s)-[:MENTIONS]->(m:Concept)
  WITH s, collect(m.id) AS concepts
  ORDER BY s.position
  RETURN collect({id: s.id, position: s.position, text: s.text, concepts: concepts}) AS steps
}
CALL {
  WITH ch
  OPTIONAL MATCH (ch)-[:HAS_STEP]->(a:Step)<-[:FROM_STEP]-(st:Statement)-[:TO_STEP]->(b:Step)
  OPTIONAL MATCH (st)-[:SUBJECT]->(sc:Concept)
  OPTIONAL MATCH (st)-[:OBJECT]->(oc:Concept)
  WITH a, b, st, sc, oc ORDER BY a.position, st.id
  RETURN collect(CASE WHEN st IS NULL THEN null ELSE
         {id: st.id, from: a.position, to: b.position, predicate: st.predicate,
          subject_id: sc.id, object_id: oc.id} END) AS transitions
}
RETURN ch.id AS id, ch.name AS name, coalesce(ch.summary, '') AS summary,
       coalesce(ch.preconditions, []) AS preconditions, coalesce(ch.domain, '') AS domain,
       coalesce(document, '') AS document, about, steps, transitions
