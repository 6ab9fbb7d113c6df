#!/bin/sh
# Builds the three start-up applications (with the boto4j modules they need) and times them: ./run.sh [--reps N]
set -e
cd "$(dirname "$0")/../.."
mvn -o -B -q -Pstartup-bench -pl bench/startup/baseline,bench/startup/boto4j,bench/startup/spring-cloud-aws -am \
    package -DskipTests
exec python3 bench/startup/run.py "$@"
