// review: the benchmark items of one version (optionally of one domain); stratum: the chain's document
MATCH (b:BenchItem)-[:IN_VERSION]->(:DatasetVersion {id: $version})
WHERE $domain IS NULL OR b.domain = $domain
RETURN b.id AS id, coalesce(b.document, '') AS stratum
