"""Reads GraphML and GEXF files with NetworkX (Debian python3-networkx) and prints what it read as JSON.

Usage: /usr/bin/python3 graph-read.py FILE... -> {"FILE": {"nodes": N, "edges": M, "directed": bool,
"node_data": {id: {attr: [value, type]}}, "edge_data": [[source, target, {attr: [value, type]}]]}} (data only for
graphs of at most 50 nodes). Any parse error exits non-zero with the reader's message.
"""
import json
import sys

import networkx as nx


def typed(attrs):
    return {k: [v, type(v).__name__] for k, v in sorted(attrs.items())}


out = {}
for path in sys.argv[1:]:
    if path.endswith(".graphml"):
        g = nx.read_graphml(path, force_multigraph=True)
    elif path.endswith(".gexf"):
        g = nx.read_gexf(path)
    else:
        raise SystemExit("unknown file type: " + path)
    r = {"nodes": g.number_of_nodes(), "edges": g.number_of_edges(), "directed": g.is_directed()}
    if g.number_of_nodes() <= 50:
        r["node_data"] = {n: typed(d) for n, d in g.nodes(data=True)}
        r["edge_data"] = sorted(([s, t, typed(d)] for s, t, d in g.edges(data=True)), key=lambda e: (e[0], e[1], json.dumps(e[2], sort_keys=True)))
    out[path] = r
json.dump(out, sys.stdout, ensure_ascii=True, sort_keys=True)
