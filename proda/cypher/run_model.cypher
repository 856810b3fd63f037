// a run and the model it tested (the model's folder / name to load it again, and its training version); chance:
// the run's chance level, null on a run stored before prompts stated the count
MATCH (r:Run {id: $id})-[:OF_MODEL]->(m:Model)
RETURN r.id AS id, r.kind AS kind, r.bench_version AS bench_version, r.accuracy AS accuracy, r.n AS n,
       r.chance AS chance,
       r.created AS created, r.runner AS runner, r.method AS method, m.id AS model, m.path AS path, m.base AS base,
       m.dataset_version AS dataset_version
