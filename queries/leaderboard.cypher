// leaderboard: which models were evaluated on a benchmark (or dataset), best score first (rows without a score
// last)? Parameter $benchmark: by id, name or alias (case-insensitive), e.g. :param benchmark => 'MMMU'.
// Same rows as `papergraph query leaderboard "MMMU"`.
// The name filter runs before the relationship is expanded (a WITH between them): Kùzu 0.11 evaluates
// any(… IN list WHERE …) wrongly when it is filtered together with relationship properties.
WITH $benchmark AS benchmark, toLower($benchmark) AS key
MATCH (b)
WHERE (b.id STARTS WITH 'benchmark/' OR b.id STARTS WITH 'dataset/')
  AND (b.id = benchmark OR toLower(b.name) = key OR any(a IN b.aliases WHERE toLower(a) = key))
WITH b
MATCH (m)-[r:EVALUATED_ON]->(b)
RETURN DISTINCT m.name AS model, r.metric AS metric, r.value AS value, r.unit AS unit, r.paper AS paper
ORDER BY CASE WHEN value IS NULL THEN 1 ELSE 0 END, value DESC, model, coalesce(paper, ''), coalesce(metric, ''), coalesce(unit, '')
