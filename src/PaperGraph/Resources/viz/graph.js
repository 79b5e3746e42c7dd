/* PaperGraph explorer: reads the graph from the JSON block, lays it out (Barnes-Hut force layout, deterministic),
   draws it in SVG and shows a side panel per node. Every text from the input is set with textContent or as an SVG
   text node, never parsed as HTML. No network access: everything the page needs is in this file. */
(function () {
  'use strict';
  var SVG = 'http://www.w3.org/2000/svg';
  var data = JSON.parse(document.getElementById('graph-data').textContent);
  var labels = data.labels, types = data.types, sentences = data.sentences;
  var EDGE_COLORS = { PROPOSES: '#f28e2b', EVALUATED_ON: '#e15759', BASED_ON: '#4e79a7', VARIANT_OF: '#76b7b2', MENTIONS: '#9aa0a6', USED_AS_TOOL: '#b07aa1' };
  var MAJOR_LABELS = 150;

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function svgEl(tag, cls) {
    var e = document.createElementNS(SVG, tag);
    if (cls) e.setAttribute('class', cls);
    return e;
  }
  function clip(s, n) { return s.length > n ? s.slice(0, n - 1) + '\u2026' : s; }
  function fmt(n) { return Number(n).toLocaleString('en-US'); }

  // ---- model -------------------------------------------------------------------------------------------------
  var nodes = data.nodes.map(function (n, i) {
    return { i: i, id: n.id, label: labels[n.l].name, color: labels[n.l].color, li: n.l, name: n.n, aliases: n.a || [],
      degree: n.d, shown: n.s === 1, arxiv: n.x || null, date: n.t || null, edges: [], x: 0, y: 0, vx: 0, vy: 0 };
  });
  var edges = data.edges.map(function (e, i) {
    return { i: i, type: types[e.t].name, ti: e.t, from: nodes[e.f], to: nodes[e.o], metric: e.m, value: e.v, unit: e.u,
      paper: e.p === undefined ? null : nodes[e.p], sentence: e.s === undefined ? null : sentences[e.s] };
  });
  edges.forEach(function (e) { e.from.edges.push(e); if (e.to !== e.from) e.to.edges.push(e); e.drawn = e.from.shown && e.to.shown; });
  var shownNodes = nodes.filter(function (n) { return n.shown; });
  var drawnEdges = edges.filter(function (e) { return e.drawn; });
  var maxDegree = 1;
  shownNodes.forEach(function (n) { if (n.degree > maxDegree) maxDegree = n.degree; });
  shownNodes.forEach(function (n) {
    n.drawnDegree = n.edges.filter(function (e) { return e.drawn; }).length;
    n.r = 3.5 + Math.min(11 * Math.sqrt(n.degree / maxDegree), 1.8 * Math.sqrt(n.degree));
  });

  // ---- layout: deterministic start (phyllotaxis by degree rank), spring + Barnes-Hut repulsion + gravity ----------
  function layout(list, links) {
    var n = list.length;
    if (!n) return;
    list.forEach(function (nd, k) {
      var r = 12 * Math.sqrt(k + 0.5), a = k * 2.399963229728653;
      nd.x = r * Math.cos(a); nd.y = r * Math.sin(a); nd.vx = 0; nd.vy = 0;
    });
    var iterations = n > 3000 ? 160 : 300, alpha = 1, decay = Math.pow(0.001, 1 / iterations);
    var repulse = -45, theta2 = 0.81;
    for (var it = 0; it < iterations; it++) {
      var tree = buildTree(list);
      for (var k = 0; k < n; k++) applyRepulsion(tree, list[k], repulse * alpha, theta2);
      for (var j = 0; j < links.length; j++) {
        var l = links[j], s = l.from, t = l.to;
        var dx = t.x + t.vx - s.x - s.vx, dy = t.y + t.vy - s.y - s.vy;
        var d = Math.sqrt(dx * dx + dy * dy) || 1e-6;
        var want = 26 + s.r + t.r;
        var strength = 0.35 / Math.min(s.drawnDegree || 1, t.drawnDegree || 1);
        var f = (d - want) / d * alpha * strength;
        var bias = s.drawnDegree / ((s.drawnDegree + t.drawnDegree) || 1);
        t.vx -= dx * f * bias; t.vy -= dy * f * bias;
        s.vx += dx * f * (1 - bias); s.vy += dy * f * (1 - bias);
      }
      for (var m = 0; m < n; m++) {
        var p = list[m], g = p.drawnDegree ? 0.035 : 0.08;
        p.vx -= p.x * g * alpha; p.vy -= p.y * g * alpha;
        p.vx *= 0.6; p.vy *= 0.6;
        p.x += p.vx; p.y += p.vy;
      }
      alpha *= decay;
    }
  }
  function buildTree(list) {
    var minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
    list.forEach(function (p) { if (p.x < minX) minX = p.x; if (p.y < minY) minY = p.y; if (p.x > maxX) maxX = p.x; if (p.y > maxY) maxY = p.y; });
    var size = Math.max(maxX - minX, maxY - minY) + 1;
    var root = { x0: minX, y0: minY, size: size, kids: null, body: null, mass: 0, cx: 0, cy: 0 };
    list.forEach(function (p) { insert(root, p, 0); });
    finish(root);
    return root;
  }
  function insert(q, p, depth) {
    if (!q.kids && !q.body) { q.body = p; return; }
    if (!q.kids) {
      if (depth > 40) { q.extra = (q.extra || []); q.extra.push(p); return; }
      q.kids = [null, null, null, null];
      var old = q.body; q.body = null;
      insertKid(q, old, depth);
    }
    insertKid(q, p, depth);
  }
  function insertKid(q, p, depth) {
    var h = q.size / 2, east = p.x >= q.x0 + h ? 1 : 0, south = p.y >= q.y0 + h ? 1 : 0, k = east + 2 * south;
    if (!q.kids[k]) q.kids[k] = { x0: q.x0 + east * h, y0: q.y0 + south * h, size: h, kids: null, body: null, mass: 0, cx: 0, cy: 0 };
    insert(q.kids[k], p, depth + 1);
  }
  function finish(q) {
    var m = 0, cx = 0, cy = 0;
    if (q.body) { m += 1; cx += q.body.x; cy += q.body.y; }
    if (q.extra) q.extra.forEach(function (p) { m += 1; cx += p.x; cy += p.y; });
    if (q.kids) q.kids.forEach(function (c) { if (c) { finish(c); m += c.mass; cx += c.cx * c.mass; cy += c.cy * c.mass; } });
    q.mass = m; q.cx = m ? cx / m : 0; q.cy = m ? cy / m : 0;
  }
  function applyRepulsion(q, p, strength, theta2) {
    if (!q || !q.mass) return;
    if (!q.kids) {
      if (q.body && q.body !== p) push(p, q.body.x - p.x, q.body.y - p.y, 1, strength);
      if (q.extra) q.extra.forEach(function (o) { if (o !== p) push(p, o.x - p.x, o.y - p.y, 1, strength); });
      return;
    }
    var dx = q.cx - p.x, dy = q.cy - p.y, d2 = dx * dx + dy * dy;
    if (q.size * q.size < theta2 * d2) { push(p, dx, dy, q.mass, strength); return; }
    for (var k = 0; k < 4; k++) if (q.kids[k]) applyRepulsion(q.kids[k], p, strength, theta2);
  }
  function push(p, x, y, w, strength) {
    var dd = x * x + y * y;
    if (dd < 1) { x = (p.i % 7) - 3 + 0.5; y = (p.i % 5) - 2 + 0.5; dd = x * x + y * y; }
    var f = strength * w / dd;
    p.vx += x * f; p.vy += y * f;
  }
  layout(shownNodes, drawnEdges);

  // ---- drawing -------------------------------------------------------------------------------------------------
  var svg = document.getElementById('graph'), viewport = document.getElementById('viewport');
  var edgeLayer = document.getElementById('edges'), nodeLayer = document.getElementById('nodes');
  var byDegree = shownNodes.slice().sort(function (a, b) { return b.degree - a.degree || (a.id < b.id ? -1 : 1); });
  var major = {};
  byDegree.filter(function (n) { return n.label !== 'Paper' && n.drawnDegree > 0; }).slice(0, MAJOR_LABELS).forEach(function (n) { major[n.i] = true; });
  byDegree.filter(function (n) { return n.label === 'Paper' && n.drawnDegree > 0; }).slice(0, 15).forEach(function (n) { major[n.i] = true; });
  drawnEdges.forEach(function (e) {
    var line = svgEl('line', e.type.toLowerCase());
    line.setAttribute('x1', e.from.x.toFixed(1)); line.setAttribute('y1', e.from.y.toFixed(1));
    line.setAttribute('x2', e.to.x.toFixed(1)); line.setAttribute('y2', e.to.y.toFixed(1));
    line.setAttribute('stroke', EDGE_COLORS[e.type] || '#999');
    e.line = line;
    edgeLayer.appendChild(line);
  });
  shownNodes.slice().reverse().forEach(function (n) {
    var g = svgEl('g', 'node' + (major[n.i] ? ' major' : ''));
    g.setAttribute('transform', 'translate(' + n.x.toFixed(1) + ',' + n.y.toFixed(1) + ')');
    g.setAttribute('data-id', n.id);
    g.setAttribute('data-label', n.label);
    var c = svgEl('circle');
    c.setAttribute('r', n.r.toFixed(1));
    c.setAttribute('fill', n.color);
    var tip = svgEl('title');
    tip.textContent = n.name + ' (' + n.label + ', ' + n.degree + ' relations)';
    c.appendChild(tip);
    var t = svgEl('text');
    t.setAttribute('x', (n.r + 2).toFixed(1));
    t.setAttribute('y', '3.5');
    n.labelText = clip(n.name, n.label === 'Paper' ? 42 : 32);
    t.textContent = n.labelText;
    g.appendChild(c); g.appendChild(t);
    n.g = g;
    nodeLayer.appendChild(g);
  });

  // ---- pan, zoom, drag -----------------------------------------------------------------------------------------
  var view = { k: 1, x: 0, y: 0 };
  function applyView() {
    viewport.setAttribute('transform', 'translate(' + view.x.toFixed(2) + ',' + view.y.toFixed(2) + ') scale(' + view.k.toFixed(4) + ')');
    svg.classList.toggle('zoomed', view.k > 2.2);
    svg.style.setProperty('--fs', (11.5 / view.k).toFixed(3) + 'px');
    svg.style.setProperty('--sw', (3 / view.k).toFixed(3) + 'px');
    placeLabels();
  }
  // Names are shown for the selection, its small neighbourhood and the most connected nodes (every node when zoomed
  // in), skipping any name that would overlap one already placed, in that order of priority.
  var LABEL_PX = 11.5;
  function placeLabels() {
    var w = svg.clientWidth || 800, h = svg.clientHeight || 600, all = svg.classList.contains('all-labels');
    var zoomed = svg.classList.contains('zoomed'), placed = [];
    var order = byDegree.filter(function (n) { return n.g.classList.contains('selected'); })
      .concat(byDegree.filter(function (n) { return n.g.classList.contains('named') && !n.g.classList.contains('selected'); }))
      .concat(byDegree.filter(function (n) { return !n.g.classList.contains('named') && !n.g.classList.contains('selected'); }));
    order.forEach(function (n) {
      var g = n.g, on = false;
      var want = !g.classList.contains('hidden') && (all || zoomed || major[n.i] || g.classList.contains('selected') || g.classList.contains('named'));
      if (want) {
        var x0 = view.x + view.k * n.x + view.k * n.r + 2, y0 = view.y + view.k * n.y - LABEL_PX * 0.7;
        var x1 = x0 + n.labelText.length * LABEL_PX * 0.58, y1 = y0 + LABEL_PX * 1.1;
        if (x0 < w && x1 > 0 && y0 < h && y1 > 0) {
          on = all || g.classList.contains('selected') || !placed.some(function (b) { return x0 < b[2] && x1 > b[0] && y0 < b[3] && y1 > b[1]; });
          if (on) placed.push([x0, y0, x1, y1]);
        }
      }
      g.classList.toggle('labelled', on);
    });
  }
  function visibleShown() { return shownNodes.filter(function (n) { return n.g && !n.g.classList.contains('hidden'); }); }
  function fit() {
    var list = visibleShown();
    if (!list.length) list = shownNodes;
    var w = svg.clientWidth || 800, h = svg.clientHeight || 600;
    if (!list.length) { view = { k: 1, x: w / 2, y: h / 2 }; applyView(); return; }
    var minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
    list.forEach(function (n) { minX = Math.min(minX, n.x - n.r); minY = Math.min(minY, n.y - n.r); maxX = Math.max(maxX, n.x + n.r); maxY = Math.max(maxY, n.y + n.r); });
    var k = Math.min(w / (maxX - minX + 80), h / (maxY - minY + 40), 3);
    view = { k: k, x: w / 2 - k * (minX + maxX) / 2, y: h / 2 - k * (minY + maxY) / 2 };
    applyView();
  }
  function centerOn(n) {
    var w = svg.clientWidth || 800, h = svg.clientHeight || 600;
    view.k = Math.max(view.k, 1.4);
    view.x = w / 2 - view.k * n.x; view.y = h / 2 - view.k * n.y;
    applyView();
  }
  svg.addEventListener('wheel', function (ev) {
    ev.preventDefault();
    var rect = svg.getBoundingClientRect(), mx = ev.clientX - rect.left, my = ev.clientY - rect.top;
    var k = Math.min(12, Math.max(0.05, view.k * Math.exp(-ev.deltaY * 0.0015)));
    view.x = mx - (mx - view.x) * k / view.k; view.y = my - (my - view.y) * k / view.k; view.k = k;
    applyView();
  }, { passive: false });
  var drag = null;
  svg.addEventListener('pointerdown', function (ev) {
    var g = ev.target.closest ? ev.target.closest('.node') : null;
    var node = g ? nodeById[g.getAttribute('data-id')] : null;
    drag = { node: node, sx: ev.clientX, sy: ev.clientY, vx: view.x, vy: view.y, nx: node ? node.x : 0, ny: node ? node.y : 0, moved: false };
    svg.setPointerCapture(ev.pointerId);
    if (!node) svg.classList.add('panning');
  });
  svg.addEventListener('pointermove', function (ev) {
    if (!drag) return;
    var dx = ev.clientX - drag.sx, dy = ev.clientY - drag.sy;
    if (Math.abs(dx) + Math.abs(dy) > 3) drag.moved = true;
    if (!drag.moved) return;
    if (drag.node) {
      var n = drag.node;
      n.x = drag.nx + dx / view.k; n.y = drag.ny + dy / view.k;
      n.g.setAttribute('transform', 'translate(' + n.x.toFixed(1) + ',' + n.y.toFixed(1) + ')');
      n.edges.forEach(function (e) {
        if (!e.line) return;
        e.line.setAttribute('x1', e.from.x.toFixed(1)); e.line.setAttribute('y1', e.from.y.toFixed(1));
        e.line.setAttribute('x2', e.to.x.toFixed(1)); e.line.setAttribute('y2', e.to.y.toFixed(1));
      });
    } else {
      view.x = drag.vx + dx; view.y = drag.vy + dy;
      applyView();
    }
  });
  svg.addEventListener('pointerup', function () {
    if (drag && !drag.moved) {
      if (drag.node) select(drag.node, false); else clearSelection();
    }
    drag = null;
    svg.classList.remove('panning');
  });
  var nodeById = {};
  nodes.forEach(function (n) { nodeById[n.id] = n; });

  // ---- filters -------------------------------------------------------------------------------------------------
  var labelOn = labels.map(function () { return true; }), typeOn = types.map(function () { return true; });
  var showIsolated = document.getElementById('show-isolated');
  function swatch(color, line) { var s = el('span', 'swatch' + (line ? ' line' : '')); s.style.background = color; return s; }
  function filterBox(parent, items, state, colorOf, line) {
    items.forEach(function (item, i) {
      if (!item.count) return;
      var lab = el('label'), box = el('input');
      box.type = 'checkbox'; box.checked = true;
      box.setAttribute('data-name', item.name);
      box.addEventListener('change', function () { state[i] = box.checked; applyFilters(); });
      lab.appendChild(box); lab.appendChild(swatch(colorOf(item), line));
      lab.appendChild(el('span', null, item.name)); lab.appendChild(el('span', 'count', fmt(item.count)));
      parent.appendChild(lab);
    });
  }
  filterBox(document.getElementById('label-filters'), labels, labelOn, function (l) { return l.color; }, false);
  filterBox(document.getElementById('type-filters'), types, typeOn, function (t) { return EDGE_COLORS[t.name] || '#999'; }, true);
  function applyFilters() {
    var visibleDegree = {};
    drawnEdges.forEach(function (e) {
      var on = typeOn[e.ti] && labelOn[e.from.li] && labelOn[e.to.li];
      e.line.classList.toggle('hidden', !on);
      if (on) { visibleDegree[e.from.i] = 1; visibleDegree[e.to.i] = 1; }
    });
    var visible = 0;
    shownNodes.forEach(function (n) {
      var on = labelOn[n.li] && (showIsolated.checked || visibleDegree[n.i] === 1);
      n.g.classList.toggle('hidden', !on);
      if (on) visible++;
    });
    if (nodeLayer.firstChild) placeLabels();
    document.getElementById('stats').textContent = fmt(visible) + ' of ' + fmt(data.total.nodes) + ' nodes drawn \u00b7 ' + fmt(data.total.edges) + ' relations';
  }
  showIsolated.addEventListener('change', function () { applyFilters(); fit(); });
  document.getElementById('show-all-labels').addEventListener('change', function (ev) { svg.classList.toggle('all-labels', ev.target.checked); placeLabels(); });
  document.getElementById('fit').addEventListener('click', fit);

  // ---- search --------------------------------------------------------------------------------------------------
  var input = document.getElementById('search'), results = document.getElementById('search-results');
  function norm(s) { return s.toLowerCase().replace(/\s+/g, ' ').trim(); }
  nodes.forEach(function (n) { n.keys = [norm(n.name)].concat(n.aliases.map(norm)); });
  function search(q) {
    q = norm(q);
    if (!q) return [];
    var hits = [];
    nodes.forEach(function (n) {
      var best = 9, via = null;
      n.keys.forEach(function (k, j) {
        var s = k === q ? 0 : k.indexOf(q) === 0 ? 1 : k.indexOf(q) > 0 ? 2 : 9;
        if (s < best) { best = s; via = j === 0 ? null : n.aliases[j - 1]; }
      });
      if (best < 9) hits.push({ node: n, score: best, via: via });
    });
    hits.sort(function (a, b) { return a.score - b.score || b.node.degree - a.node.degree || (a.node.name < b.node.name ? -1 : a.node.name > b.node.name ? 1 : 0); });
    return hits.slice(0, 25);
  }
  function showResults() {
    var hits = search(input.value);
    results.replaceChildren();
    hits.forEach(function (h) {
      var li = el('li'), b = el('button', 'hit');
      b.type = 'button';
      b.setAttribute('data-id', h.node.id);
      b.appendChild(swatch(h.node.color, false));
      b.appendChild(el('span', 'name', clip(h.node.name, 80)));
      b.appendChild(el('span', 'via', h.via !== null ? 'alias: ' + clip(h.via, 40) : h.node.label));
      b.addEventListener('click', function () { results.hidden = true; select(h.node, true); });
      li.appendChild(b);
      results.appendChild(li);
    });
    if (!hits.length && input.value.trim()) results.appendChild(el('li', 'via', 'No node with this name or alias.'));
    results.hidden = !input.value.trim();
  }
  input.addEventListener('input', showResults);
  input.addEventListener('keydown', function (ev) {
    if (ev.key === 'Enter') { var hits = search(input.value); if (hits.length) { results.hidden = true; select(hits[0].node, true); } }
    if (ev.key === 'Escape') results.hidden = true;
  });

  // ---- selection and side panel --------------------------------------------------------------------------------
  var panel = document.getElementById('panel'), selected = null;
  function clearSelection() {
    if (selected && selected.g) selected.g.classList.remove('selected');
    shownNodes.forEach(function (n) { n.g.classList.remove('neighbor'); n.g.classList.remove('named'); });
    drawnEdges.forEach(function (e) { e.line.classList.remove('lit'); });
    svg.classList.remove('focus');
    selected = null;
    placeLabels();
    panel.replaceChildren(el('p', 'placeholder', 'Select a node to see its aliases, papers, results and evidence.'));
    panel.removeAttribute('data-id');
  }
  function select(n, center) {
    clearSelection();
    selected = n;
    if (n.g) {
      svg.classList.add('focus');
      n.g.classList.add('selected');
      var near = [];
      n.edges.forEach(function (e) {
        if (!e.drawn) return;
        e.line.classList.add('lit');
        var o = e.from === n ? e.to : e.from;
        o.g.classList.add('neighbor');
        if (near.indexOf(o) < 0) near.push(o);
      });
      if (near.length <= 40) near.forEach(function (o) { o.g.classList.add('named'); });
      placeLabels();
      if (center) centerOn(n);
    }
    renderPanel(n);
  }
  function nodeLink(n) {
    var b = el('button', 'link', n.label === 'Paper' ? clip(n.name, 120) : n.name);
    b.type = 'button';
    b.setAttribute('data-id', n.id);
    b.addEventListener('click', function () { select(n, true); });
    return b;
  }
  function section(title, cls) { var s = el('section', cls); s.appendChild(el('h3', null, title)); panel.appendChild(s); return s; }
  function score(e) { return e.value === undefined || e.value === null ? '\u2014' : String(e.value) + (e.unit || ''); }
  function renderPanel(n) {
    panel.replaceChildren();
    panel.setAttribute('data-id', n.id);
    var h = el('h2', 'name', n.name);
    panel.appendChild(h);
    var meta = el('div', 'meta');
    var badge = el('span', 'badge', n.label); badge.style.background = n.color;
    meta.appendChild(badge);
    meta.appendChild(el('span', 'id', n.id + ' \u00b7 ' + n.degree + ' relations'));
    panel.appendChild(meta);
    if (!n.shown) panel.appendChild(el('p', 'note', 'Not drawn: outside the ' + fmt(data.shown.maxNodes) + ' most connected nodes.'));
    if (n.label === 'Paper' && (n.arxiv || n.date)) panel.appendChild(el('p', 'meta', (n.arxiv ? 'arXiv ' + n.arxiv : '') + (n.arxiv && n.date ? ' \u00b7 ' : '') + (n.date || '')));

    var al = section('Aliases', 'aliases');
    if (n.aliases.length) { var ul = el('ul'); n.aliases.forEach(function (a) { ul.appendChild(el('li', 'alias', a)); }); al.appendChild(ul); }
    else al.appendChild(el('p', 'empty', 'none'));

    if (n.label === 'Paper') {
      var named = [];
      n.edges.forEach(function (e) { if (e.from === n && named.indexOf(e.to) < 0) named.push(e.to); });
      named.sort(byName);
      var ns = section('Named in this paper (' + named.length + ')', 'entities');
      if (named.length) { var ule = el('ul'); named.forEach(function (x) { var li = el('li'); li.appendChild(nodeLink(x)); li.appendChild(el('span', 'meta', ' ' + x.label)); ule.appendChild(li); }); ns.appendChild(ule); }
      else ns.appendChild(el('p', 'empty', 'none'));
    } else {
      var papers = [];
      n.edges.forEach(function (e) {
        var p = e.from.label === 'Paper' ? e.from : e.paper;
        if (p && p !== n && papers.indexOf(p) < 0) papers.push(p);
      });
      papers.sort(byName);
      var ps = section('Papers (' + papers.length + ')', 'papers');
      if (papers.length) { var ulp = el('ul'); papers.slice(0, 300).forEach(function (p) { var li = el('li', 'paper'); li.appendChild(nodeLink(p)); ulp.appendChild(li); }); ps.appendChild(ulp); }
      else ps.appendChild(el('p', 'empty', 'none'));
      if (papers.length > 300) ps.appendChild(el('p', 'empty', (papers.length - 300) + ' more papers not listed.'));
    }

    var res = n.edges.filter(function (e) { return e.type === 'EVALUATED_ON'; });
    res.sort(function (a, b) { return cmp(a.to.name, b.to.name) || (b.value || 0) - (a.value || 0) || cmp(a.from.name, b.from.name); });
    var rs = section('Results (' + res.length + ')', 'results');
    if (res.length) {
      var table = el('table', 'results'), thead = el('thead'), hr = el('tr');
      ['Model', 'Benchmark', 'Metric', 'Score', 'Paper'].forEach(function (c) { hr.appendChild(el('th', null, c)); });
      thead.appendChild(hr); table.appendChild(thead);
      var tb = el('tbody');
      res.forEach(function (e) {
        var tr = el('tr', 'result');
        var m = el('td', 'model'); m.appendChild(e.from === n ? document.createTextNode(e.from.name) : nodeLink(e.from));
        var b = el('td', 'benchmark'); b.appendChild(e.to === n ? document.createTextNode(e.to.name) : nodeLink(e.to));
        var pc = el('td', 'paper'); if (e.paper) pc.appendChild(nodeLink(e.paper)); else pc.textContent = '\u2014';
        tr.appendChild(m); tr.appendChild(b); tr.appendChild(el('td', 'metric', e.metric || '\u2014')); tr.appendChild(el('td', 'score', score(e))); tr.appendChild(pc);
        tb.appendChild(tr);
      });
      table.appendChild(tb); rs.appendChild(table);
    } else rs.appendChild(el('p', 'empty', 'no evaluation results'));

    var rel = n.edges.filter(function (e) { return e.type !== 'EVALUATED_ON' && e.type !== 'MENTIONS' && !(n.label === 'Paper' && e.type === 'PROPOSES'); });
    if (rel.length) {
      rel.sort(function (a, b) { return a.ti - b.ti || cmp(a.from.name, b.from.name) || cmp(a.to.name, b.to.name); });
      var rl = section('Relations (' + rel.length + ')', 'relations'), ulr = el('ul');
      rel.forEach(function (e) {
        var li = el('li', 'relation');
        if (e.from === n) { li.appendChild(el('span', 'meta', '\u2192 ' + e.type + ' ')); li.appendChild(nodeLink(e.to)); }
        else { li.appendChild(el('span', 'meta', '\u2190 ' + e.type + ' ')); li.appendChild(nodeLink(e.from)); }
        ulr.appendChild(li);
      });
      rl.appendChild(ulr);
    }

    var ev = [], seen = {};
    n.edges.forEach(function (e) { if (e.sentence !== null && !seen[e.sentence + '\u0000' + (e.paper ? e.paper.i : '')]) { seen[e.sentence + '\u0000' + (e.paper ? e.paper.i : '')] = 1; ev.push(e); } });
    var es = section('Evidence (' + ev.length + ')', 'evidence');
    if (!ev.length) es.appendChild(el('p', 'empty', 'none'));
    ev.slice(0, 200).forEach(function (e) {
      var q = el('blockquote', 'evidence');
      q.appendChild(el('span', 'sentence', e.sentence));
      var c = el('span', 'cite', e.type.toLowerCase().replace(/_/g, ' ') + ' \u00b7 ');
      if (e.paper) c.appendChild(nodeLink(e.paper));
      q.appendChild(c);
      es.appendChild(q);
    });
    if (ev.length > 200) es.appendChild(el('p', 'empty', (ev.length - 200) + ' more sentences not listed.'));
    panel.scrollTop = 0;
  }
  function cmp(a, b) { return a < b ? -1 : a > b ? 1 : 0; }
  function byName(a, b) { return a.name.localeCompare(b.name, 'en', { numeric: true }) || cmp(a.id, b.id); }

  // ---- start ---------------------------------------------------------------------------------------------------
  var notice = document.getElementById('notice');
  if (data.shown.nodes < data.total.nodes) {
    notice.textContent = 'Large graph: drawing the ' + fmt(data.shown.nodes) + ' most connected of ' + fmt(data.total.nodes) +
      ' nodes (' + fmt(data.shown.edges) + ' of ' + fmt(data.total.edges) + ' relations). Search and the side panel also know the direct neighbours of drawn nodes.' +
      (data.shown.droppedDetailEdges ? ' ' + fmt(data.shown.droppedDetailEdges) + ' mentions and other relations to undrawn nodes are left out of side panels (evaluation results are all kept).' : '');
    notice.hidden = false;
  }
  applyFilters();
  fit();
  window.addEventListener('resize', fit);
  document.documentElement.setAttribute('data-ready', '1');
})();
