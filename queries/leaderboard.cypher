// leaderboard: which models were evaluated on a benchmark (or dataset), best score first (rows without a score
// last)? Parameter $benchmark: by id, name (any case) or alias (as written), e.g. :param benchmark => 'MMMU'.
// Same rows as `papergraph query leaderboard "MMMU"`.
// Names match in any case, aliases exactly as written (`x IN n.aliases`): Kùzu 0.11 evaluates
// any(… IN list WHERE …) unreliably, so the shared subset avoids list predicates. Names are filtered before expanding.
WITH $benchmark AS benchmark, toLower($benchmark) AS key
MATCH (b)
WHERE (b.id STARTS WITH 'benchmark/' OR b.id STARTS WITH 'dataset/')
  AND (b.id = benchmark OR toLower(b.name) = key OR benchmark IN b.aliases)
WITH b
MATCH (m)-[r:EVALUATED_ON]->(b)
RETURN DISTINCT m.name AS model, r.metric AS metric, r.value AS value, r.unit AS unit, r.paper AS paper
ORDER BY CASE WHEN value IS NULL THEN 1 ELSE 0 END, value DESC, model, coalesce(paper, ''), coalesce(metric, ''), coalesce(unit, '')
