// top-backbones: the most used backbone models, by the number of distinct papers that build a model on them.
// Parameter $limit: how many rows, e.g. :param limit => 20.
// Same rows as `papergraph query top-backbones --limit 20`.
MATCH ()-[r:BASED_ON]->(b)
WHERE r.paper IS NOT NULL
WITH b, count(DISTINCT r.paper) AS papers
RETURN b.name AS backbone, papers
ORDER BY papers DESC, backbone
LIMIT $limit
