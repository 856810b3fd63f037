// blame: a concept or a statement by id
CALL { MATCH (c:Concept {id: $id}) RETURN c.id AS id, c.name AS name, 'Concept' AS kind
       UNION MATCH (s:Statement {id: $id}) RETURN s.id AS id, coalesce(s.caption, s.subject + ' ' + s.predicate + ' ' + s.object) AS name, 'Statement' AS kind }
RETURN id, name, kind
