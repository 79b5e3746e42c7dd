// top-benchmarks: the most used benchmarks and datasets, by the number of distinct papers that report an evaluation
// on them. Parameter $limit: how many rows, e.g. :param limit => 20.
// Same rows as `papergraph query top-benchmarks --limit 20`.
MATCH ()-[r:EVALUATED_ON]->(b)
WHERE r.paper IS NOT NULL
WITH b, count(DISTINCT r.paper) AS papers
RETURN b.name AS benchmark, papers
ORDER BY papers DESC, benchmark
LIMIT $limit
