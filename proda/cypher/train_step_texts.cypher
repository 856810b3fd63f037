// the texts of all chain steps: training answers do not quote source sentences that are benchmark step texts; and
// the concepts each step mentions or its chain is about, and its chain's documents: no cloze is drawn from a
// sentence of such a document or about such a concept (the benchmark takes its wrong options from those)
MATCH (s:Step)
OPTIONAL MATCH (s)-[:MENTIONS]->(m:Concept)
OPTIONAL MATCH (ch:Chain)-[:HAS_STEP]->(s)
OPTIONAL MATCH (ch)-[:ABOUT]->(a:Concept)
OPTIONAL MATCH (ch)-[:FROM_CHUNK]->(:Chunk)-[:PART_OF]->(d:Document)
RETURN s.text AS text, collect(DISTINCT m.id) + collect(DISTINCT a.id) AS concepts, collect(DISTINCT d.path) AS documents
