#!/bin/sh
# Bulk-imports this folder into a NEW Neo4j database with neo4j-admin (Neo4j 5.26+), then the server creates the
# constraints (queries/constraints.cypher). Run it where neo4j-admin runs, with the server stopped; the
# docker-compose 'import' service does exactly that. Usage: import.sh [database]   (default: $NEO4J_DATABASE or neo4j)
# An existing database is left alone: use 'papergraph load' for updates, or 'docker compose down -v' to start over.
set -eu
cd "$(dirname "$0")"
db="${1:-${NEO4J_DATABASE:-neo4j}}"
data="${NEO4J_DATA:-/data}"
if [ -d "$data/databases/$db" ] && [ -n "$(ls -A "$data/databases/$db" 2>/dev/null)" ]; then
  echo "import.sh: database '$db' already exists in $data: bulk import skipped"
  exit 0
fi
exec neo4j-admin database import full --report-file="${NEO4J_IMPORT_REPORT:-/tmp/papergraph-import.report}" "$db" @import.args
