// Test runs, newest first, with their model (chance: the run's chance level, null on runs stored before it was kept).
MATCH (r:Run)
OPTIONAL MATCH (r)-[:OF_MODEL]->(m:Model)
RETURN r.id AS id, r.model AS model, m.path AS path, r.created AS created, r.n AS n, r.accuracy AS accuracy,
       r.chance AS chance,
       r.bench_version AS bench_version, r.kind AS kind, r.source AS source, r.method AS method,
       r.permutations AS orders, r.runner AS runner
ORDER BY r.created DESC
