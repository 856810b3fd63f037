// the benchmark items of one dataset version, in a stable order
MATCH (b:BenchItem)-[:IN_VERSION]->(:DatasetVersion {id: $version})
RETURN b.id AS id, b.question AS question, b.options AS options, b.correct AS correct, b.kind AS kind,
       b.distractor_kinds AS distractor_kinds, b.chain_id AS chain_id, b.step_ids AS step_ids,
       b.statement_ids AS statement_ids, b.concept_ids AS concept_ids, b.domain AS domain,
       b.document AS document, b.chain_length AS chain_length, coalesce(b.option_forms, []) AS option_forms,
       coalesce(b.split, 'dev') AS split
ORDER BY id
