// benchmark items MERGE by content id: an existing item is never rewritten, it just joins the version.
// Its split (dev | test) is set once: an item held out as test stays test in every later version.
UNWIND $rows AS r
MATCH (v:DatasetVersion {id: $version})
MERGE (b:BenchItem {id: r.id})
ON CREATE SET b.question = r.question, b.options = r.options, b.correct = r.correct, b.kind = r.kind,
    b.distractor_kinds = r.distractor_kinds, b.chain_id = r.chain_id, b.step_ids = r.step_ids,
    b.statement_ids = r.statement_ids, b.concept_ids = r.concept_ids, b.domain = r.domain,
    b.document = r.document, b.chain_length = r.chain_length, b.option_forms = r.option_forms,
    b.caption = r.kind + ': ' + left(r.question, 40)
SET b.split = coalesce(b.split, r.split, 'dev')
MERGE (b)-[:IN_VERSION]->(v)
