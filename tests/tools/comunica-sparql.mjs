// Runs SPARQL SELECT queries with Comunica over one RDF file, in one process (batching keeps the tests fast).
// Usage: node comunica-sparql.mjs DATA_FILE QUERY_FILE…
// Prints one JSON object: { "<query file>": <SPARQL 1.1 Query Results JSON>, … }. Exit 1 on any error.
import { QueryEngine } from '@comunica/query-sparql-file';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const [data, ...queries] = process.argv.slice(2);
if (!data || queries.length === 0) {
  console.error('usage: node comunica-sparql.mjs DATA_FILE QUERY_FILE…');
  process.exit(2);
}
const engine = new QueryEngine();
const out = {};
try {
  for (const q of queries) {
    const text = readFileSync(q, 'utf8');
    const result = await engine.query(text, { sources: [resolve(data)], lenient: false });
    const { data: stream } = await engine.resultToString(result, 'application/sparql-results+json');
    let json = '';
    for await (const chunk of stream) json += chunk;
    out[q] = JSON.parse(json);
  }
} catch (e) {
  console.error(String(e && e.stack || e));
  process.exit(1);
}
process.stdout.write(JSON.stringify(out));
