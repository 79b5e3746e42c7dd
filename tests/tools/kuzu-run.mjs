// Runs PaperGraph's Cypher on Kùzu, a real embedded openCypher engine (npm kuzu 0.11.3).
// Usage: node kuzu-run.mjs job.json. The job: { "db": dir, "schema": [DDL…], "plan": plan.json, "loads": n,
//   "queries": [{ "name", "text", "params": {…} }] }. The plan file is LoadPlanJson.WritePlan's output.
// Prints JSON: { "loads": [{ "nodes", "relationships", "batches" }…], "queries": [{ "name", "columns", "rows", "error" }…] }.
// Constraint statements are Neo4j-only and skipped here.
//
// One adaptation, for the kuzu node binding only (not the engine): it types a list parameter by its FIRST element, so
// a batch mixing 40 (a JS integer → INT64) and 51.06 (DOUBLE) in one field is misread. Each batch is therefore run
// as sub-batches whose rows have the same JS value kinds; the statement text and every row are unchanged.
import { readFileSync, rmSync } from 'node:fs';
import kuzu from 'kuzu';

const job = JSON.parse(readFileSync(process.argv[2], 'utf8'));
rmSync(job.db, { recursive: true, force: true });
const db = new kuzu.Database(job.db);
const conn = new kuzu.Connection(db);

async function run(text, params) {
  if (!params) return (await conn.query(text)).getAll();
  const ps = await conn.prepare(text);
  if (!ps.isSuccess()) throw new Error(ps.getErrorMessage());
  return (await conn.execute(ps, params)).getAll();
}

const kind = (v) => (v === null ? 'n' : Array.isArray(v) ? 'a' : typeof v === 'number' ? (Number.isInteger(v) ? 'i' : 'd') : typeof v);
const signature = (row) => Object.keys(row).map((k) => k + ':' + kind(row[k])).join(',');

function subBatches(rows) {
  const groups = new Map();
  for (const r of rows) {
    const s = signature(r);
    if (!groups.has(s)) groups.set(s, []);
    groups.get(s).push(r);
  }
  return [...groups.values()];
}

async function count(text) {
  const rows = await run(text);
  return Number(Object.values(rows[0])[0]);
}

// Cells as text: numbers in JS's shortest form (51.06, 40), lists as JSON, null as null.
const cell = (v) => (v === null || v === undefined ? null : Array.isArray(v) ? JSON.stringify(v) : String(v));

const out = { loads: [], queries: [] };
try {
  for (const ddl of job.schema) await run(ddl);
  const plan = JSON.parse(readFileSync(job.plan, 'utf8'));
  for (let i = 0; i < (job.loads ?? 1); i++) {
    let batches = 0;
    for (const st of plan.statements) {
      if (st.phase === 'Constraints') continue;
      for (const batch of st.batches) {
        for (const rows of subBatches(batch)) {
          try { await run(st.text, { rows }); }
          catch (e) { throw new Error(`${st.description}: ${e.message}\nstatement: ${st.text}`); }
        }
        batches++;
      }
    }
    out.loads.push({
      nodes: await count('MATCH (n) RETURN count(*) AS c'),
      relationships: await count('MATCH ()-[r]->() RETURN count(*) AS c'),
      batches,
    });
  }
} catch (e) {
  out.error = String(e.message ?? e);
}
for (const q of job.queries ?? []) {
  try {
    const ps = await conn.prepare(q.text);
    if (!ps.isSuccess()) throw new Error(ps.getErrorMessage());
    const res = await conn.execute(ps, q.params ?? {});
    const columns = await res.getColumnNames();
    const rows = (await res.getAll()).map((r) => columns.map((c) => cell(r[c])));
    out.queries.push({ name: q.name, columns, rows });
  } catch (e) {
    out.queries.push({ name: q.name, error: String(e.message ?? e) });
  }
}
process.stdout.write(JSON.stringify(out));
