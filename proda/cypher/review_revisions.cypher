// review: the edited forms of units (newest per unit wins in Python); fields is a JSON object of the edited properties
MATCH (x:Revision)<-[:PROPOSES]-(v:Review)
WHERE coalesce(v.retracted, false) = false
RETURN x.unit_id AS unit_id, x.level AS level, x.fields AS fields, x.time AS time, v.reviewer AS reviewer
