// report: the stored summary of run $run (JSON: n, passed, accuracy, chance, by_domain, by_document), what the
// results section shows for a run without RESULT edges (a run on an external questions file)
MATCH (r:Run {id: $run})
RETURN r.id AS id, r.kind AS kind, r.source AS source, r.chance AS chance, r.summary AS summary
