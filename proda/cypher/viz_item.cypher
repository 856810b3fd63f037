// viz: benchmark item $item
MATCH (b:BenchItem {id: $item})
RETURN b.id AS id, b.question AS question, b.kind AS kind, b.document AS chapter,
       [(d:Diagnosis)-[:FOR_ITEM]->(b) | {id: d.id, class: d.class, blames: [(d)-[:BLAMES]->(u) | u.id]}] AS diagnoses
