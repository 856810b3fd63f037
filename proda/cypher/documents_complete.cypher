// ids of documents whose ingest finished (re-ingest skips them)
MATCH (d:Document) WHERE d.complete = true
RETURN d.id AS id
