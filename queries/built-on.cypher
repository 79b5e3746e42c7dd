// built-on: which models are built on a backbone family, or on any of its sizes and variants (one VARIANT_OF hop:
// Qwen2.5-VL-7B → Qwen2.5-VL)? Parameter $family: a Model by id, name or alias (case-insensitive),
// e.g. :param family => 'Qwen2.5-VL'. Same rows as `papergraph query built-on "Qwen2.5-VL"`.
WITH $family AS family, toLower($family) AS key
MATCH (m)-[r:BASED_ON]->(b)
WHERE (b.id STARTS WITH 'model/' AND (b.id = family OR toLower(b.name) = key OR any(a IN b.aliases WHERE toLower(a) = key)))
   OR EXISTS {
        MATCH (b)-[:VARIANT_OF]->(f:Model)
        WHERE f.id = family OR toLower(f.name) = key OR any(a IN f.aliases WHERE toLower(a) = key)
      }
RETURN DISTINCT m.name AS model, b.name AS backbone, r.paper AS paper
ORDER BY model, backbone, coalesce(paper, '')
