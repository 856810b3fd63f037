// viz: chain $id, its steps in order, the concepts they mention, and the transition statements between them
MATCH (ch:Chain {id: $id})
OPTIONAL MATCH (ch)-[:HAS_STEP]->(s:Step)
WITH ch, s ORDER BY s.position
WITH ch, collect(s) AS steps
RETURN ch.id AS id, ch.name AS name, ch.summary AS summary,
       [s IN steps | {id: s.id, position: s.position, text: s.text, caption: s.caption,
                      mentions: [(s)-[:MENTIONS]->(c:Concept) | {id: c.id, name: c.name}],
                      next: [(s)-[:NEXT_STEP]->(n:Step) | n.id]}] AS steps,
       [s IN steps | [(x:Statement)-[:FROM_STEP]->(s) | {id: x.id, caption: x.caption, predicate: x.predicate, from: s.id, to: [(x)-[:TO_STEP]->(t:Step) | t.id][0]}]] AS transitions,
       [(ch)-[:ABOUT]->(c:Concept) | {id: c.id, name: c.name}] AS about
