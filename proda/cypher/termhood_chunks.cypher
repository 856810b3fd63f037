// termhood: the text of every chunk with its document and heading (recurrence across sections)
MATCH (k:Chunk)
RETURN k.id AS id, k.doc_id AS doc_id, coalesce(k.heading, '') AS heading, k.text AS text
