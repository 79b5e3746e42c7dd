#!/usr/bin/env bash
# Runs an Apache Jena command class from Debian's libapache-jena-java: jena.sh riotcmd.riot --validate f.ttl
# httpclient-cache is on the classpath for the JSON-LD 1.0 reader (riot --syntax=jsonld10); Debian ships no
# JSON-P implementation, so the JSON-LD 1.1 reader (titanium) cannot load documents here.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cp="$here/.cache/jena"
for j in jena-arq jena-base jena-cmds jena-core jena-dboe-base jena-dboe-index jena-dboe-storage jena-dboe-trans-data \
  jena-dboe-transaction jena-iri jena-rdfconnection jena-shacl jena-shex jena-tdb jena-tdb2 commons-cli commons-codec \
  commons-compress commons-csv commons-io commons-lang3 dexx.collection gson guava httpclient httpclient-cache httpcore jackson-core \
  jackson-databind jackson-annotations jsonld-java jakarta.json-api protobuf thrift titanium-json-ld slf4j-api slf4j-simple; do
  cp="$cp:/usr/share/java/$j.jar"
done
# Short runs (one file, one query) start faster with the client compiler and the serial collector: about half the
# CPU per call. Override with JENA_JAVA_OPTS (e.g. empty) for long runs.
# shellcheck disable=SC2086
exec java ${JENA_JAVA_OPTS--XX:TieredStopAtLevel=1 -XX:+UseSerialGC} -cp "$cp" "$@"
