// the diagnoses of run $run with their blamed units (dev items only: a patch never reads a test item)
MATCH (d:Diagnosis)-[:FOR_RUN]->(r:Run {id: $run})
MATCH (d)-[:FOR_ITEM]->(b:BenchItem)
WHERE coalesce(b.split, 'dev') = 'dev'
RETURN d.id AS id, b.id AS item, d.class AS class, d.judge AS judge, d.explanation AS explanation,
       d.failing_probes AS failing_probes, d.domain AS domain, d.document AS document,
       [(d)-[e:BLAMES]->(c:Concept) | {id: c.id, name: c.name, role: e.role}] AS concepts,
       [(d)-[e:BLAMES]->(s:Step) | {id: s.id, name: s.caption, role: e.role, chain_id: s.chain_id, position: s.position, text: s.text}] AS steps,
       [(d)-[e:BLAMES]->(x:Statement) | {id: x.id, name: x.caption, role: e.role}] AS statements
ORDER BY item
