// review: what a reviewer needs to judge chains: name, kind, ordered steps, the chunk they came from
UNWIND $ids AS uid
MATCH (ch:Chain {id: uid})
OPTIONAL MATCH (ch)-[f:FROM_CHUNK]->(k:Chunk)-[:PART_OF]->(d:Document)
WITH ch, f, k, d ORDER BY k.id
WITH ch, collect({quote: f.quote, how: f.how, chunk: k.text, heading_path: k.heading_path, document: d.title})[0] AS src
CALL {
  WITH ch
  OPTIONAL MATCH (ch)-[:HAS_STEP]->(s:Step)
  WITH s ORDER BY s.position
  RETURN collect({id: s.id, position: s.position, text: s.text}) AS steps
}
RETURN ch.id AS id, ch.name AS name, coalesce(ch.kind, src.how, '') AS kind, coalesce(ch.domain, '') AS domain,
       steps, coalesce(src.quote, '') AS quote, coalesce(src.chunk, '') AS chunk,
       src.heading_path AS heading_path, coalesce(src.document, '') AS document
