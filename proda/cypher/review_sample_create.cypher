// review: store a drawn sample (its ordered unit ids and per-stratum sizes) so it can be re-opened and finished later
MERGE (s:ReviewSample {id: $id})
ON CREATE SET s.level = $level, s.seed = $seed, s.size = $size, s.domain = $domain, s.version = $version,
    s.unit_ids = $unit_ids, s.strata = $strata, s.population = $population, s.created = $created,
    s.project = $project, s.caption = $level + ' sample ' + toString($size)
RETURN s.id AS id
