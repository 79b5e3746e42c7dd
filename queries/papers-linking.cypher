// papers-linking: which papers mention both of two models (or methods)? Parameters $modelA and $modelB: by id,
// name (any case) or alias (as written), e.g. :param modelA => 'GPT-4o' and :param modelB => 'Qwen2.5-VL-7B'.
// Same rows as `papergraph query papers-linking "GPT-4o" "Qwen2.5-VL-7B"`. Two MATCH clauses, so one paper
// mentioning one node matches when both parameters name that node.
// Names match in any case, aliases exactly as written (`x IN n.aliases`): Kùzu 0.11 evaluates
// any(… IN list WHERE …) unreliably, so the shared subset avoids list predicates. Names are filtered before expanding.
WITH $modelA AS modelA, toLower($modelA) AS keyA, $modelB AS modelB, toLower($modelB) AS keyB
MATCH (a)
WHERE (a.id STARTS WITH 'model/' OR a.id STARTS WITH 'method/')
  AND (a.id = modelA OR toLower(a.name) = keyA OR modelA IN a.aliases)
WITH a, modelB, keyB
MATCH (b)
WHERE (b.id STARTS WITH 'model/' OR b.id STARTS WITH 'method/')
  AND (b.id = modelB OR toLower(b.name) = keyB OR modelB IN b.aliases)
WITH a, b
MATCH (p)-[:MENTIONS]->(a), (p)-[:MENTIONS]->(b)
RETURN DISTINCT p.id AS paper, p.name AS title
ORDER BY paper, title
