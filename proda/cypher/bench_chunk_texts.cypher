// benchmark distractors: the text of the chunks whose statements may stand as outside options (ids from
// bench_statement_paths' chunk column), so a sentence the book continues with "Its ..."/"This ..." about the
// chain's process is not offered as not following (bench_paths.said_next)
MATCH (k:Chunk) WHERE k.id IN $ids
RETURN k.id AS id, k.text AS text
