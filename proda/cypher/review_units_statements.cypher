// review: what a reviewer needs to judge statements: the triple, its polarity and rule, the quote inside its chunk
// (polarity / rule / family may be absent on graphs ingested before they existed)
UNWIND $ids AS uid
MATCH (s:Statement {id: uid})
OPTIONAL MATCH (s)-[f:FROM_CHUNK]->(k:Chunk)-[:PART_OF]->(d:Document)
WITH s, f, k, d ORDER BY k.id
WITH s, collect({quote: f.quote, how: f.how, chunk: k.text, heading_path: k.heading_path, document: d.title})[0] AS src
RETURN s.id AS id, s.subject AS subject, s.predicate AS predicate, s.object AS object,
       coalesce(s.polarity, 1) AS polarity, coalesce(s.negated, false) AS negated, coalesce(s.attribution, '') AS attribution,
       coalesce(s.rule, src.how, '') AS kind, s.family AS family, s.predicate_lemma AS predicate_lemma, coalesce(s.domain, '') AS domain,
       coalesce(s.source_quote, src.quote, '') AS quote, coalesce(src.chunk, '') AS chunk,
       src.heading_path AS heading_path, coalesce(src.document, '') AS document
