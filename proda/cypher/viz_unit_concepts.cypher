// viz: the concepts of statements $statements (SUBJECT/OBJECT) and steps $steps (MENTIONS)
CALL { UNWIND $statements AS sid MATCH (s:Statement {id: sid})-[e:SUBJECT|OBJECT]->(c:Concept)
       RETURN s.id AS u, type(e) AS t, c.id AS c
       UNION UNWIND $steps AS sid MATCH (s:Step {id: sid})-[e:MENTIONS]->(c:Concept)
       RETURN s.id AS u, type(e) AS t, c.id AS c }
RETURN u, t, c
