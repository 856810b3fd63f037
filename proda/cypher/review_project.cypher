// review: this graph's project identity (one ReviewProject node, created on first use); sheets carry it so a
// sheet filled for another project is refused on import
MERGE (p:ReviewProject {key: 'project'})
ON CREATE SET p.id = $new_id, p.created = $created
RETURN p.id AS id
