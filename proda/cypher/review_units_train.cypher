// review: what a reviewer needs to judge training items: prompt, answer, options and key, the units it teaches
// and the chunk of the first statement (or concept) it teaches; for a concept, the source that holds its definition
// first (any other mention of the term is no evidence for a definition item: audit round 5)
UNWIND $ids AS uid
MATCH (t:TrainItem {id: uid})
OPTIONAL MATCH (t)-[:TEACHES]->(u)
OPTIONAL MATCH (u)-[f:FROM_CHUNK]->(k:Chunk)-[:PART_OF]->(d:Document)
WITH t, u, f, k, d,
     CASE WHEN coalesce(u.definition, '') <> '' AND coalesce(f.quote, '') <> ''
               AND (f.quote CONTAINS u.definition OR u.definition CONTAINS f.quote) THEN 0
          WHEN coalesce(u.definition, '') <> '' AND k.text CONTAINS u.definition THEN 1 ELSE 2 END AS rank
// the statement an item teaches holds its quote: it comes before the concepts it names, whose chunks only mention
// them (audit round 7: a true/false item on the League of Nations showed a USMCA sentence as its source)
WITH t, u, f, k, d, rank, CASE WHEN u.source_quote IS NULL THEN 1 ELSE 0 END AS own
ORDER BY own, u.id, rank, k.id
WITH t, collect(DISTINCT {id: u.id, name: CASE WHEN u.text IS NOT NULL THEN toString(u.position) + '. ' + u.text
                       WHEN u.subject IS NOT NULL THEN u.subject + ' | ' + u.predicate + ' | ' + u.object
                       ELSE coalesce(u.name, u.caption, '') END}) AS units,
     collect({quote: CASE WHEN rank = 1 THEN u.definition ELSE coalesce(u.source_quote, f.quote) END, chunk: k.text, heading_path: k.heading_path,
              document: d.title, domain: u.domain}) AS srcs
WITH t, units, [x IN srcs WHERE x.chunk IS NOT NULL] AS srcs
RETURN t.id AS id, t.prompt AS question, t.answer AS answer, coalesce(t.options, []) AS options,
       coalesce(t.correct, []) AS correct, coalesce(t.generator, 'template') AS generator,
       coalesce(t.type, '') AS type, coalesce(t.subtype, '') AS subtype,
       coalesce(t.generator, 'template') + ':' + coalesce(t.type, '')
         + CASE WHEN coalesce(t.subtype, '') = '' THEN '' ELSE '/' + t.subtype END AS kind,
       [x IN units WHERE x.id IS NOT NULL] AS units,
       coalesce(srcs[0].quote, '') AS quote, coalesce(srcs[0].chunk, '') AS chunk,
       srcs[0].heading_path AS heading_path, coalesce(srcs[0].document, '') AS document,
       coalesce(srcs[0].domain, '') AS domain
