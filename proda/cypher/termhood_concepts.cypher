// termhood: every concept with its stored evidence (proda/ingest/termhood.py recomputes `term` from it) and its
// definition (termhood_classed reads a definition's genus)
MATCH (c:Concept)
RETURN c.id AS id, c.name AS name, coalesce(c.aliases, []) AS aliases,
       coalesce(c.glossary, false) AS glossary, coalesce(c.defined, false) AS defined,
       coalesce(c.heading, false) AS heading, coalesce(c.abbreviation, false) AS abbreviation,
       coalesce(c.named, false) AS named, coalesce(c.person, false) AS person,
       coalesce(c.definition, '') AS definition
