// training items MERGE by content id: an existing item is never rewritten, it just joins the version
UNWIND $rows AS r
MATCH (v:DatasetVersion {id: $version})
MERGE (t:TrainItem {id: r.id})
ON CREATE SET t.type = r.type, t.subtype = r.subtype, t.prompt = r.prompt, t.answer = r.answer,
    t.options = r.options, t.correct = r.correct, t.generator = r.generator, t.seed = r.seed,
    t.concept_ids = r.concept_ids, t.statement_ids = r.statement_ids, t.step_ids = r.step_ids,
    t.option_forms = r.option_forms,
    t.caption = r.type + ': ' + left(r.prompt, 40)
MERGE (t)-[:IN_VERSION]->(v)
