// built-on: which models are built on a backbone family, or on any of its sizes and variants (one VARIANT_OF hop:
// Qwen2.5-VL-7B → Qwen2.5-VL)? Parameter $family: a Model by id, name (any case) or alias (as written),
// e.g. :param family => 'Qwen2.5-VL'. Same rows as `papergraph query built-on "Qwen2.5-VL"`.
// Names match in any case, aliases exactly as written (`x IN n.aliases`): Kùzu 0.11 evaluates
// any(… IN list WHERE …) unreliably, so the shared subset avoids list predicates. Names are filtered before expanding.
WITH $family AS family, toLower($family) AS key
MATCH (f)
WHERE f.id STARTS WITH 'model/'
  AND (f.id = family OR toLower(f.name) = key OR family IN f.aliases)
WITH f
MATCH (m)-[r:BASED_ON]->(b)
WHERE b.id = f.id OR EXISTS { MATCH (b)-[:VARIANT_OF]->(f) }
RETURN DISTINCT m.name AS model, b.name AS backbone, r.paper AS paper
ORDER BY model, backbone, coalesce(paper, '')
