// benchmark items from statement paths (A->B, B->C through a shared concept in one section): every statement with
// its subject/object concepts, its sign and family (null on older graphs: the generator falls back to
// proda.lexicon), its source quote and its first chunk (ord and heading: a path stays inside one section), and every
// heading it is told under (``headings``: a sentence its section's review repeats is in its own passage too,
// bench_unlinked.in_passage; min(k.heading) sorts the review's "Chapter Review" first).
// Unordered: callers sort by id in Python (an in-heap ORDER BY of the whole KB counts against ArcadeDB's query heap budget).
MATCH (s:Statement)-[:SUBJECT]->(a:Concept), (s)-[:OBJECT]->(b:Concept)
// a path through somebody's view ("according to X") is no claim of the book
WHERE coalesce(s.attribution, '') = ''
OPTIONAL MATCH (s)-[:FROM_CHUNK]->(k:Chunk)-[:PART_OF]->(d:Document)
WITH s, a, b, min(k.id) AS chunk, min(d.path) AS path, min(d.title) AS document, min(k.heading) AS heading,
     min(k.ord) AS ord, collect(DISTINCT k.heading) AS headings
RETURN s.id AS id, s.subject AS subject, s.predicate AS predicate, s.object AS object,
       coalesce(s.source_quote, '') AS quote, a.id AS subject_id, b.id AS object_id, a.name AS subject_name,
       b.name AS object_name, s.predicate_lemma AS predicate_lemma, s.family AS family, s.polarity AS polarity,
       s.negated AS negated, s.quantity AS quantity, s.rule AS rule, coalesce(chunk, '') AS chunk,
       coalesce(path, '') AS path, coalesce(document, '') AS document, coalesce(heading, '') AS heading, ord, headings
