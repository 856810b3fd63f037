// review: the training items of one version (optionally teaching a unit of one domain); stratum: generator and type
MATCH (t:TrainItem)-[:IN_VERSION]->(:DatasetVersion {id: $version})
OPTIONAL MATCH (t)-[:TEACHES]->(u)
WITH t, collect(DISTINCT u.domain) AS domains
WHERE $domain IS NULL OR $domain IN domains
RETURN t.id AS id, coalesce(t.generator, 'template') + ':' + coalesce(t.type, '') AS stratum
