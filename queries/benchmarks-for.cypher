// benchmarks-for: on which benchmarks (and datasets) was a model evaluated, with which score, in which paper, and
// the sentence that says so? Parameter $model: a Model or Method by id, name (any case) or alias (as written),
// e.g. :param model => 'GPT-4o'. Same rows as `papergraph query benchmarks-for "GPT-4o"`.
// Written in the Cypher subset Neo4j and Kùzu share: the label test is on the id prefix ('model/', 'method/').
// Names match in any case, aliases exactly as written (`x IN n.aliases`): Kùzu 0.11 evaluates
// any(… IN list WHERE …) unreliably, so the shared subset avoids list predicates. Names are filtered before expanding.
WITH $model AS model, toLower($model) AS key
MATCH (m)
WHERE (m.id STARTS WITH 'model/' OR m.id STARTS WITH 'method/')
  AND (m.id = model OR toLower(m.name) = key OR model IN m.aliases)
WITH m
MATCH (m)-[r:EVALUATED_ON]->(b)
RETURN DISTINCT b.name AS benchmark, r.metric AS metric, r.value AS value, r.unit AS unit, r.paper AS paper, r.sentence AS evidence
ORDER BY benchmark, coalesce(paper, ''), CASE WHEN value IS NULL THEN 1 ELSE 0 END, value, coalesce(metric, ''), coalesce(unit, ''), coalesce(evidence, '')
