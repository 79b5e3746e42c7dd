// Lints Cypher with Neo4j's own language support (@neo4j-cypher/language-support).
// Usage: node cypher-lint.mjs cases.json  — cases: [{ "name", "text", "parameters": {name: sample} }]
// Prints a JSON array: [{ "name", "diagnostics": [{ "severity", "message", "line", "character" }] }].
// Known Neo4j 5 functions and procedures come from the package's mockSchema, so a wrong function name or arity is
// an error; labels, types and properties are left open (a schema-less lint), parameters are declared per case.
import { readFileSync } from 'node:fs';
import { lintCypherQuery, testData } from '@neo4j-cypher/language-support';

const cases = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const { functions, procedures } = testData.mockSchema;
const out = cases.map((c) => {
  const schema = { functions, procedures, parameters: c.parameters ?? {} };
  const { diagnostics } = lintCypherQuery(c.text, schema);
  return {
    name: c.name,
    diagnostics: diagnostics.map((d) => ({
      severity: d.severity, message: d.message, line: d.range?.start?.line, character: d.range?.start?.character,
    })),
  };
});
process.stdout.write(JSON.stringify(out));
