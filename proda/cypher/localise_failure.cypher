// localise_failure: the failing subgraph of one benchmark item $id (no row if it does not exist).
// The item's TESTS units; its steps (tested steps and the endpoints of tested transition statements);
// its statements (tested ones and the transition statements between two of its steps); its chain (tested, or
// the chain of its steps); its concepts (tested, MENTIONS of its steps, SUBJECT/OBJECT of its statements);
// and those concepts' prerequisites up to $depth (0..3) hops, level by level (breadth first, each concept once,
// at its shortest distance; needed_by = the concepts of the level above that need it).  At most $fanout
// prerequisites per concept (definition/statement edges before chain_order ones): hub concepts have thousands of
// chain_order prerequisites.  Not PREREQUISITE*1..$depth: ArcadeDB refuses a parameter as a var-length bound, and a
// fixed *1..3 enumerates every path (it ran out of query heap on a 0.1-scale KB).  Levels are plain
// list expressions, not UNWIND + collect: a GROUP BY keyed on these lists also exhausted ArcadeDB's query heap.  Keep the two localise files in step.
UNWIND [$id] AS item_id
MATCH (b:BenchItem {id: item_id})
OPTIONAL MATCH (b)-[:TESTS]->(u)
WITH b, collect(DISTINCT u) AS tested
WITH b, [u IN tested WHERE 'Chain' IN labels(u)] AS tchains,
        [u IN tested WHERE 'Step' IN labels(u)] AS tsteps,
        [u IN tested WHERE 'Statement' IN labels(u)] AS tstmts,
        [u IN tested WHERE 'Concept' IN labels(u)] AS tconcepts
WITH b, tchains, tstmts, tconcepts,
     tsteps + reduce(acc = [], x IN tstmts | acc + [(x)-[:FROM_STEP|TO_STEP]->(s:Step) | s]) AS steps0
UNWIND CASE WHEN size(steps0) = 0 THEN [null] ELSE steps0 END AS s
WITH b, tchains, tstmts, tconcepts, collect(DISTINCT s) AS steps
WITH b, tchains, tconcepts, steps,
     tstmts + reduce(acc = [], a IN steps | acc + [(a)<-[:FROM_STEP]-(x:Statement)-[:TO_STEP]->(c:Step) WHERE c IN steps | x]) AS stmts0,
     CASE WHEN size(tchains) > 0 THEN tchains[0]
          ELSE head(reduce(acc = [], a IN steps | acc + [(a)<-[:HAS_STEP]-(ch:Chain) | ch])) END AS chain
UNWIND CASE WHEN size(stmts0) = 0 THEN [null] ELSE stmts0 END AS x
WITH b, chain, tconcepts, steps, collect(DISTINCT x) AS stmts
WITH b, chain, steps, stmts,
     tconcepts + reduce(acc = [], a IN steps | acc + [(a)-[:MENTIONS]->(c:Concept) | c])
               + reduce(acc = [], x IN stmts | acc + [(x)-[:SUBJECT|OBJECT]->(c:Concept) | c]) AS concepts0
UNWIND CASE WHEN size(concepts0) = 0 THEN [null] ELSE concepts0 END AS c
WITH b, chain, steps, stmts, collect(DISTINCT c) AS concepts
WITH b, chain, steps, stmts, concepts, concepts AS seen
WITH b, chain, steps, stmts, concepts, CASE WHEN $depth >= 1 THEN reduce(acc = [], n IN concepts |
     acc + [p IN ([(n)-[r:PREREQUISITE]->(q:Concept) WHERE r.how <> 'chain_order' | q] + [(n)-[r:PREREQUISITE]->(q:Concept) WHERE r.how = 'chain_order' | q])[0..$fanout] WHERE NOT p IN seen | [n, p]]) ELSE [] END AS e1
WITH b, chain, steps, stmts, concepts, e1, reduce(acc = [], x IN e1 | CASE WHEN x[1] IN acc THEN acc ELSE acc + [x[1]] END) AS l1
WITH b, chain, steps, stmts, concepts, e1, l1, concepts + l1 AS seen
WITH b, chain, steps, stmts, concepts, e1, l1, CASE WHEN $depth >= 2 THEN reduce(acc = [], n IN l1 |
     acc + [p IN ([(n)-[r:PREREQUISITE]->(q:Concept) WHERE r.how <> 'chain_order' | q] + [(n)-[r:PREREQUISITE]->(q:Concept) WHERE r.how = 'chain_order' | q])[0..$fanout] WHERE NOT p IN seen | [n, p]]) ELSE [] END AS e2
WITH b, chain, steps, stmts, concepts, e1, l1, e2, reduce(acc = [], x IN e2 | CASE WHEN x[1] IN acc THEN acc ELSE acc + [x[1]] END) AS l2
WITH b, chain, steps, stmts, concepts, e1, l1, e2, l2, concepts + l1 + l2 AS seen
WITH b, chain, steps, stmts, concepts, e1, l1, e2, l2, CASE WHEN $depth >= 3 THEN reduce(acc = [], n IN l2 |
     acc + [p IN ([(n)-[r:PREREQUISITE]->(q:Concept) WHERE r.how <> 'chain_order' | q] + [(n)-[r:PREREQUISITE]->(q:Concept) WHERE r.how = 'chain_order' | q])[0..$fanout] WHERE NOT p IN seen | [n, p]]) ELSE [] END AS e3
WITH b, chain, steps, stmts, concepts, e1, l1, e2, l2, e3, reduce(acc = [], x IN e3 | CASE WHEN x[1] IN acc THEN acc ELSE acc + [x[1]] END) AS l3
RETURN b.id AS id, [(b)-[:TESTS]->(y) | y.id] AS tested,
       CASE WHEN chain IS NULL THEN null ELSE {id: chain.id, name: chain.name, length: chain.length} END AS chain,
       [s IN steps | {id: s.id, chain_id: s.chain_id, position: s.position, text: s.text}] AS steps,
       [x IN stmts | {id: x.id, subject: x.subject, predicate: x.predicate, object: x.object}] AS statements,
       [c IN concepts | {id: c.id, name: c.name}] AS concepts,
       [p IN l1 | {id: p.id, name: p.name, depth: 1, needed_by: [x IN e1 WHERE x[1] = p | x[0].id]}] +
       [p IN l2 | {id: p.id, name: p.name, depth: 2, needed_by: [x IN e2 WHERE x[1] = p | x[0].id]}] +
       [p IN l3 | {id: p.id, name: p.name, depth: 3, needed_by: [x IN e3 WHERE x[1] = p | x[0].id]}] AS prerequisites
