#!/usr/bin/env bash
# Runs the JMH micro-benchmarks in bench/jmh/java (Maven profile "bench").
# usage: bench/jmh.sh [JMH options...]   e.g. bench/jmh.sh -f 1 -wi 2 -i 3 verifyDynamic
# Results also go to bench/results/jmh.json.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p bench/results
mvn -q -Pbench test-compile
mvn -q -Pbench dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=bench/results/jmh.classpath
cp="target/test-classes:target/classes:$(cat bench/results/jmh.classpath)"
exec java -cp "$cp" org.openjdk.jmh.Main -rf json -rff bench/results/jmh.json "$@"
