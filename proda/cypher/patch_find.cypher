// repair: an existing patch by id, with the version it produced
MATCH (p:Patch {id: $id})-[:PRODUCED]->(v:DatasetVersion)
RETURN p.id AS id, p.kind AS kind, p.items AS items, p.replay AS replay, p.manifest AS manifest,
       v.id AS version, v.name AS version_name
