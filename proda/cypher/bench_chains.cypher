// benchmark items: every L3 chain with its ordered steps (the concepts they mention and, on issue 11 graphs, their
// event: subject, predicate, object, polarity), its transition statements (step i -> i+1, with their sign when
// stored), the concepts it is about, its kind, its document (title and path: the chapter is the path's folder) and the
// text of the chunks it was read from (``sources``: the sentence that links two steps, "When A, B", bench_paths.led)
// and their headings (``headings``: the passage an outside option must share when it shares no concept, Chains.passage)
// Unordered: callers sort by id in Python (an in-heap ORDER BY of the whole KB counts against ArcadeDB's query heap budget).
MATCH (ch:Chain)
OPTIONAL MATCH (ch)-[:FROM_CHUNK]->(k:Chunk)-[:PART_OF]->(d:Document)
WITH ch, min(d.title) AS document, min(d.path) AS path, collect(DISTINCT k.text) AS sources,
     collect(DISTINCT k.heading) AS headings
OPTIONAL MATCH (ch)-[:ABOUT]->(c:Concept)
WITH ch, document, path, sources, headings, collect(c.id) AS about
CALL {
  WITH ch
  MATCH (ch)-[:HAS_STEP]->(s:Step)
  OPTIONAL MATCH (s)-[:MENTIONS]->(m:Concept)
  WITH s, collect(m.id) AS concepts
  ORDER BY s.position
  RETURN collect({id: s.id, position: s.position, text: s.text, concepts: concepts, subject: s.subject,
                  predicate: s.predicate, object: s.object, polarity: s.polarity,
                  then_only: s.then_only}) AS steps
}
CALL {
  WITH ch
  OPTIONAL MATCH (ch)-[:HAS_STEP]->(a:Step)<-[:FROM_STEP]-(st:Statement)-[:TO_STEP]->(b:Step)
  OPTIONAL MATCH (st)-[:SUBJECT]->(sc:Concept)
  OPTIONAL MATCH (st)-[:OBJECT]->(oc:Concept)
  WITH a, b, st, sc, oc ORDER BY a.position, st.id
  RETURN collect(CASE WHEN st IS NULL THEN null ELSE
         {id: st.id, from: a.position, to: b.position, predicate: st.predicate, polarity: st.polarity,
          negated: st.negated, predicate_lemma: st.predicate_lemma, subject_id: sc.id, object_id: oc.id} END) AS transitions
}
RETURN ch.id AS id, ch.name AS name, coalesce(ch.summary, '') AS summary,
       coalesce(ch.preconditions, []) AS preconditions, coalesce(ch.domain, '') AS domain,
       coalesce(document, '') AS document, coalesce(path, '') AS path, coalesce(ch.kind, '') AS kind,
       about, steps, transitions, sources, headings
