// the training items of one dataset version, in a stable order
MATCH (t:TrainItem)-[:IN_VERSION]->(:DatasetVersion {id: $version})
RETURN t.id AS id, t.type AS type, t.subtype AS subtype, t.prompt AS prompt, t.answer AS answer,
       t.options AS options, t.correct AS correct, t.generator AS generator, t.seed AS seed,
       t.concept_ids AS concept_ids, t.statement_ids AS statement_ids,
       coalesce(t.step_ids, []) AS step_ids, coalesce(t.option_forms, []) AS option_forms
ORDER BY id
