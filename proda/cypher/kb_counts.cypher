CALL { MATCH (n:Document) RETURN count(n) AS documents }
CALL { MATCH (n:Chunk) RETURN count(n) AS chunks }
CALL { MATCH (n:Concept) RETURN count(n) AS concepts }
CALL { MATCH (n:Concept) WHERE coalesce(n.term, true) RETURN count(n) AS concepts_terms }
CALL { MATCH (n:Concept) WHERE NOT coalesce(n.term, true) RETURN count(n) AS argument_phrases }
CALL { MATCH (n:Concept) WHERE coalesce(n.definition, '') <> '' RETURN count(n) AS defined_concepts }
CALL { MATCH (n:Statement) RETURN count(n) AS statements }
CALL { MATCH (n:Chain) RETURN count(n) AS chains }
CALL { MATCH (n:Step) RETURN count(n) AS steps }
CALL { MATCH ()-[e:PREREQUISITE]->() RETURN count(e) AS prerequisite_edges }
CALL { MATCH ()-[e:RELATES]->() RETURN count(e) AS reasoning_edges }
CALL { MATCH (c:Concept) WHERE NOT (c)-[:PREREQUISITE|RELATES]-() AND NOT (c)<-[:MENTIONS|SUBJECT|OBJECT|ABOUT]-()
       RETURN count(c) AS orphan_concepts }
RETURN documents, chunks, concepts, concepts_terms, argument_phrases, defined_concepts, statements, chains, steps,
       prerequisite_edges, reasoning_edges, orphan_concepts
