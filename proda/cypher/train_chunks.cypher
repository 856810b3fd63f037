// the text of every chunk a statement was extracted from: a distractor must not be named beside the subject there
MATCH (:Statement)-[:FROM_CHUNK]->(k:Chunk)
RETURN DISTINCT k.id AS id, k.text AS text
