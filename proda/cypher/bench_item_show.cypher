// one benchmark item with its options and key
MATCH (b:BenchItem {id: $id})
RETURN b.id AS id, b.question AS question, b.options AS options, b.correct AS correct, b.kind AS kind,
       b.chain_id AS chain_id, b.domain AS domain, b.document AS document, coalesce(b.split, 'dev') AS split
