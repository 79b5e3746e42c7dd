#!/usr/bin/env bash
# Installs every independent tool the PaperGraph tests run (see ../../README.md, "Tests").
# Idempotent: skips what is already there. Needs root for apt-get (CI and the dev machines run as root).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

need_apt=()
command -v java >/dev/null || need_apt+=(default-jre-headless)
[ -f /usr/share/java/jena-cmds.jar ] || need_apt+=(libapache-jena-java)
command -v rapper >/dev/null || need_apt+=(raptor2-utils)
command -v roqet >/dev/null || need_apt+=(rasqal-utils)
command -v docker-compose >/dev/null || need_apt+=(docker-compose)
command -v chromium >/dev/null || need_apt+=(chromium)
command -v xmllint >/dev/null || need_apt+=(libxml2-utils)
command -v unzip >/dev/null || need_apt+=(unzip)
[ -x /usr/bin/python3 ] && /usr/bin/python3 -c "import networkx" 2>/dev/null || need_apt+=(python3-networkx)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "install.sh: apt-get install ${need_apt[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
fi

# Jena's Debian packaging needs the xerces message files unpacked ahead of the jars (TOOLS.md).
cache="$here/.cache"
if [ ! -f "$cache/jena/xerces/impl/msg/XMLMessages.properties" ]; then
  rm -rf "$cache/jena" && mkdir -p "$cache/jena/unz"
  (cd "$cache/jena/unz" && unzip -q -o /usr/share/java/jena-core.jar 'org/apache/jena/ext/xerces/*.properties')
  mv "$cache/jena/unz/org/apache/jena/ext/xerces" "$cache/jena/xerces"
  rm -rf "$cache/jena/unz"
fi

if [ ! -d "$here/node_modules/kuzu" ] || [ ! -d "$here/node_modules/@neo4j-cypher/language-support" ] \
   || [ ! -d "$here/node_modules/@comunica/query-sparql-file" ] || [ ! -d "$here/node_modules/playwright-core" ]; then
  echo "install.sh: npm install (kuzu, cypher linter, comunica, playwright-core)"
  (cd "$here" && npm install --no-audit --no-fund --loglevel=error)
fi
echo "install.sh: tools ready"
