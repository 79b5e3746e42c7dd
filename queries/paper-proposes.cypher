// paper-proposes: what does a paper introduce (models, methods, benchmarks, datasets, metrics)?
// Parameter $paper: the paper's id, arXiv id or exact title, e.g. :param paper => '2501.01234'.
// Same rows as `papergraph query paper-proposes "2501.01234"`. The label column is read from the id prefix
// (labels(e) is a list in Neo4j and a string in Kùzu).
MATCH (p:Paper)-[:PROPOSES]->(e)
WHERE p.id = $paper OR p.arxiv = $paper OR p.title = $paper
RETURN DISTINCT e.name AS entity,
       CASE
         WHEN e.id STARTS WITH 'model/' THEN 'Model'
         WHEN e.id STARTS WITH 'method/' THEN 'Method'
         WHEN e.id STARTS WITH 'benchmark/' THEN 'Benchmark'
         WHEN e.id STARTS WITH 'dataset/' THEN 'Dataset'
         WHEN e.id STARTS WITH 'metric/' THEN 'Metric'
         WHEN e.id STARTS WITH 'paper/' THEN 'Paper'
       END AS label
ORDER BY entity, label
