// papers-linking: which papers mention both of two models (or methods)? Parameters $modelA and $modelB: by id,
// name or alias (case-insensitive), e.g. :param modelA => 'GPT-4o' and :param modelB => 'Qwen2.5-VL-7B'.
// Same rows as `papergraph query papers-linking "GPT-4o" "Qwen2.5-VL-7B"`. Two MATCH clauses, so one paper
// mentioning one node matches when both parameters name that node.
// The name filter runs before the relationship is expanded (a WITH between them): Kùzu 0.11 evaluates
// any(… IN list WHERE …) wrongly when it is filtered together with relationship properties.
WITH $modelA AS modelA, toLower($modelA) AS keyA, $modelB AS modelB, toLower($modelB) AS keyB
MATCH (a)
WHERE (a.id STARTS WITH 'model/' OR a.id STARTS WITH 'method/')
  AND (a.id = modelA OR toLower(a.name) = keyA OR any(x IN a.aliases WHERE toLower(x) = keyA))
WITH a, modelB, keyB
MATCH (b)
WHERE (b.id STARTS WITH 'model/' OR b.id STARTS WITH 'method/')
  AND (b.id = modelB OR toLower(b.name) = keyB OR any(x IN b.aliases WHERE toLower(x) = keyB))
WITH a, b
MATCH (p)-[:MENTIONS]->(a), (p)-[:MENTIONS]->(b)
RETURN DISTINCT p.id AS paper, p.name AS title
ORDER BY paper, title
