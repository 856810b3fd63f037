// viz: statements (L2) about concept $id and chains (L3) about it or with a step mentioning it
MATCH (c:Concept {id: $id})
RETURN [(s:Statement)-[r:SUBJECT|OBJECT]->(c) | {id: s.id, caption: coalesce(s.caption, s.predicate), predicate: s.predicate, subject: [(s)-[:SUBJECT]->(x:Concept) | x.id][0], object: [(s)-[:OBJECT]->(x:Concept) | x.id][0]}][0..$limit] AS statements,
       [(ch:Chain)-[:ABOUT]->(c) | {id: ch.id, caption: ch.name}] + [(ch:Chain)-[:HAS_STEP]->(:Step)-[:MENTIONS]->(c) | {id: ch.id, caption: ch.name}] AS chains,
       [(st:Step)-[:MENTIONS]->(c) | {id: st.id, caption: st.caption, chain: st.chain_id}][0..$limit] AS steps
