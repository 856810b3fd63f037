// review: verdicts, all rows in one transaction (a sheet is imported whole or not at all).  Each Review is linked to
// its unit or item; an edit also creates a Revision of the unit (the original node and its provenance untouched).
UNWIND $rows AS r
OPTIONAL MATCH (c:Concept {id: r.unit_id})
OPTIONAL MATCH (s:Statement {id: r.unit_id})
OPTIONAL MATCH (ch:Chain {id: r.unit_id})
OPTIONAL MATCH (t:TrainItem {id: r.unit_id})
OPTIONAL MATCH (b:BenchItem {id: r.unit_id})
WITH r, coalesce(c, s, ch, t, b) AS u
CREATE (v:Review {id: r.id, unit_id: r.unit_id, level: r.level, reviewer: r.reviewer, time: r.time, seq: r.seq,
                  verdict: r.verdict, reason: r.reason, note: r.note, edit: r.edit, sample_id: r.sample_id,
                  via: r.via, retracted: false, caption: r.verdict + ' by ' + r.reviewer})
CREATE (v)-[:REVIEWS]->(u)
FOREACH (_ IN CASE WHEN r.verdict = 'edit' THEN [1] ELSE [] END |
  CREATE (x:Revision {id: r.id + '_rev', unit_id: r.unit_id, level: r.level, text: r.edit, fields: r.fields,
                      reviewer: r.reviewer, time: r.time, caption: 'edit of ' + r.unit_id})
  CREATE (v)-[:PROPOSES]->(x)
  CREATE (x)-[:REVISES]->(u))
RETURN count(v) AS written
