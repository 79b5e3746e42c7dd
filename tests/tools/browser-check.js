// Drives Debian Chromium (headless, through playwright-core) over PaperGraph's HTML pages and prints what it saw
// as one JSON object on stdout. One browser launch for every page in the spec.
// Usage: node browser-check.js spec.json
// spec: { "pages": [ { "name", "path", "graph": bool, "search": [ { "query", "select": id | null, "clickAll": bool } ],
//                     "filters": bool, "overview": path | null, "screenshot": path | null } ] }
'use strict';
const fs = require('fs');
const path = require('path');
const { pathToFileURL } = require('url');
const { chromium } = require('playwright-core');

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

async function checkPage(browser, spec) {
  const url = pathToFileURL(path.resolve(spec.path)).href;
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, offline: true });
  const page = await context.newPage();
  const out = { name: spec.name, url, consoleErrors: [], pageErrors: [], requests: [], searches: [] };
  page.on('console', m => { if (m.type() === 'error') out.consoleErrors.push(m.text()); });
  page.on('pageerror', e => out.pageErrors.push(String(e && e.message || e)));
  page.on('request', r => { if (r.url() !== url) out.requests.push(r.url()); });
  await page.goto(url, { waitUntil: 'load' });
  if (spec.graph) {
    await page.waitForFunction(() => document.documentElement.getAttribute('data-ready') === '1', null, { timeout: 30000 })
      .then(() => { out.ready = true; }, () => { out.ready = false; });
    Object.assign(out, await page.evaluate(() => {
      const data = JSON.parse(document.getElementById('graph-data').textContent);
      const notice = document.getElementById('notice');
      return {
        domNodes: document.querySelectorAll('#nodes .node').length,
        visibleNodes: document.querySelectorAll('#nodes .node:not(.hidden)').length,
        domEdges: document.querySelectorAll('#edges line').length,
        domNodeIds: Array.from(document.querySelectorAll('#nodes .node')).map(g => g.getAttribute('data-id')),
        labelledNodes: Array.from(document.querySelectorAll('#nodes .node text')).filter(t => getComputedStyle(t).display !== 'none' && t.textContent).length,
        circlesWithSize: Array.from(document.querySelectorAll('#nodes .node circle')).filter(c => c.getBBox().width > 0).length,
        dataShown: data.shown, dataTotal: data.total,
        notice: notice.hidden ? null : notice.textContent,
      };
    }));
    if (spec.overview) {
      fs.mkdirSync(path.dirname(spec.overview), { recursive: true });
      await page.screenshot({ path: spec.overview });
    }
    for (const s of spec.search || []) {
      const result = { query: s.query, hits: [], panels: [] };
      await page.fill('#search', s.query);
      result.hits = await page.$$eval('#search-results button.hit', bs => bs.map(b => ({ id: b.getAttribute('data-id'), name: b.querySelector('.name').textContent })));
      const targets = s.clickAll ? result.hits.map(h => h.id) : (s.select ? [s.select] : []);
      for (const id of targets) {
        await page.fill('#search', s.query);
        const button = page.locator(`#search-results button.hit[data-id="${id}"]`);
        if (await button.count() === 0) { result.panels.push({ id, missing: true }); continue; }
        await button.first().click();
        result.panels.push(await page.evaluate(() => {
          const panel = document.getElementById('panel');
          const texts = sel => Array.from(panel.querySelectorAll(sel)).map(e => e.textContent);
          return {
            id: panel.getAttribute('data-id'), name: (panel.querySelector('h2') || {}).textContent,
            aliases: texts('li.alias'), papers: texts('li.paper'), benchmarks: texts('td.benchmark'), models: texts('td.model'),
            scores: texts('td.score'), evidence: texts('blockquote .sentence'),
            selectedInGraph: document.querySelectorAll('#nodes .node.selected').length,
          };
        }));
      }
      out.searches.push(result);
    }
    if (spec.filters) {
      out.filters = await page.evaluate(async () => {
        const click = sel => { const b = document.querySelector(sel); b.click(); };
        const r = {};
        r.paperNodesBefore = document.querySelectorAll('#nodes .node[data-label="Paper"]:not(.hidden)').length;
        click('#label-filters input[data-name="Paper"]');
        r.paperNodesAfter = document.querySelectorAll('#nodes .node[data-label="Paper"]:not(.hidden)').length;
        click('#label-filters input[data-name="Paper"]');
        const types = Array.from(document.querySelectorAll('#type-filters input')).map(i => i.getAttribute('data-name'));
        types.filter(t => t !== 'MENTIONS').forEach(t => click(`#type-filters input[data-name="${t}"]`));
        r.visibleEdgesMentionsOnly = document.querySelectorAll('#edges line:not(.hidden)').length;
        r.mentionsLines = document.querySelectorAll('#edges line.mentions').length;
        r.visibleNonMentions = document.querySelectorAll('#edges line:not(.hidden):not(.mentions)').length;
        types.filter(t => t !== 'MENTIONS').forEach(t => click(`#type-filters input[data-name="${t}"]`));
        return r;
      });
    }
  }
  Object.assign(out, await page.evaluate(() => ({
    pwned: typeof window.__pwned !== 'undefined',
    title: document.title,
    scripts: document.querySelectorAll('script').length,
    injected: {
      img: document.querySelectorAll('img').length,
      iframe: document.querySelectorAll('iframe, object, embed, frame').length,
      svgScript: document.querySelectorAll('svg script, foreignObject').length,
      eventAttributes: Array.from(document.querySelectorAll('*')).filter(e => Array.from(e.attributes).some(a => a.name.toLowerCase().startsWith('on'))).length,
      bTags: document.querySelectorAll('b, marquee').length,
    },
    tables: document.querySelectorAll('table').length,
    leaderboards: Array.from(document.querySelectorAll('article.leaderboard h3')).map(h => h.firstChild.textContent.replace(/ $/, '')),
    rejectionCells: Array.from(document.querySelectorAll('#rejections td')).map(td => td.textContent),
    charts: document.querySelectorAll('figure.chart svg').length,
    bodyText: document.body.innerText.length,
  })));
  if (spec.screenshot) {
    fs.mkdirSync(path.dirname(spec.screenshot), { recursive: true });
    await page.screenshot({ path: spec.screenshot, fullPage: !spec.graph });
    out.screenshot = spec.screenshot;
  }
  await context.close();
  return out;
}

(async () => {
  const spec = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ARGS });
  try {
    const pages = [];
    for (const p of spec.pages) pages.push(await checkPage(browser, p));
    process.stdout.write(JSON.stringify({ pages }));
  } finally {
    await browser.close();
  }
})().catch(e => { console.error(e && e.stack || e); process.exit(1); });
