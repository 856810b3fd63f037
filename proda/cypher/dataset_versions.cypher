// complete dataset versions (optionally of one kind), oldest first, with their item counts
MATCH (v:DatasetVersion)
WHERE v.complete = true AND ($kind IS NULL OR v.kind = $kind)
OPTIONAL MATCH (i)-[:IN_VERSION]->(v)
WITH v, count(i) AS items
RETURN v.id AS id, v.kind AS kind, v.name AS name, v.parent AS parent, v.created AS created,
       v.counts AS counts, v.config AS config, v.complete AS complete, items
ORDER BY v.created, v.id
