// review: what a reviewer needs to judge benchmark items: question, options and key, the chain and steps it tests
// and the chunk that chain came from
UNWIND $ids AS uid
MATCH (b:BenchItem {id: uid})
OPTIONAL MATCH (ch:Chain {id: b.chain_id})
OPTIONAL MATCH (ch)-[f:FROM_CHUNK]->(k:Chunk)-[:PART_OF]->(d:Document)
WITH b, ch, f, k, d ORDER BY k.id
WITH b, ch, collect({quote: f.quote, chunk: k.text, heading_path: k.heading_path, document: d.title})[0] AS src
CALL {
  WITH b
  OPTIONAL MATCH (b)-[:TESTS]->(u)
  WITH u ORDER BY u.position, u.id
  RETURN collect({id: u.id, name: CASE WHEN u.text IS NOT NULL THEN toString(u.position) + '. ' + u.text
                       WHEN u.subject IS NOT NULL THEN u.subject + ' | ' + u.predicate + ' | ' + u.object
                       ELSE coalesce(u.name, u.caption, '') END}) AS units
}
RETURN b.id AS id, b.question AS question, '' AS answer, coalesce(b.options, []) AS options,
       coalesce(b.correct, []) AS correct, coalesce(b.kind, '') AS kind, coalesce(b.domain, '') AS domain,
       [x IN units WHERE x.id IS NOT NULL] AS units, coalesce(ch.name, '') AS chain,
       coalesce(src.quote, '') AS quote, coalesce(src.chunk, '') AS chunk, src.heading_path AS heading_path,
       coalesce(b.document, src.document, '') AS document
