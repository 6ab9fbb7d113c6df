#!/usr/bin/env bash
# 1 GiB upload and download: the server's raw ceiling, boto4j's S3Transfers, boto3's upload_file/download_file and
# the Java SDK v2's S3TransferManager (bench/transfer-v2, built here on first use), each in a fresh process against
# bench.transfer.MiniS3 (pinned to CPU 0, drivers on CPU 1 when taskset exists).
# From the project root:  mvn -B -q -pl bench -am package -DskipTests && bench/transfer-bench.sh [MiB] [reps]
set -euo pipefail
cd "$(dirname "$0")"
MIB=${1:-1024}
REPS=${2:-1}
JAR=target/benchmarks.jar
V2="transfer-v2/target/boto4j-transfer-bench-v2-1.0.jar"
[ -f "$V2" ] || (cd transfer-v2 && mvn -B -q package)
V2CP="$V2:$(ls transfer-v2/target/lib/*.jar | tr '\n' ':')"
PIN_SERVER=""; PIN_DRIVER=""
if [ "${PIN:-1}" = 1 ] && command -v taskset >/dev/null; then PIN_SERVER="taskset -c 0"; PIN_DRIVER="taskset -c 1"; fi
WORK=$(mktemp -d)
trap 'kill $SERVER 2>/dev/null || true; rm -rf "$WORK"' EXIT
$PIN_SERVER java -Xmx256m -cp $JAR io.boto4j.bench.transfer.MiniS3 0 > "$WORK/server.log" &
SERVER=$!
for _ in $(seq 50); do grep -q listening "$WORK/server.log" 2>/dev/null && break; sleep 0.2; done
PORT=$(awk '{print $4}' "$WORK/server.log")
head -c $((MIB * 1024 * 1024)) /dev/urandom > "$WORK/src.bin"
echo "impl op bytes seconds MiB/s cpu-seconds"
for _ in $(seq "$REPS"); do
  $PIN_DRIVER java -cp $JAR io.boto4j.bench.transfer.TransferBench "$PORT" raw-put $((MIB * 1024 * 1024))
  $PIN_DRIVER java -cp $JAR io.boto4j.bench.transfer.TransferBench "$PORT" raw-get
  $PIN_DRIVER java -Xmx256m -cp $JAR io.boto4j.bench.transfer.TransferBench "$PORT" upload "$WORK/src.bin"
  $PIN_DRIVER java -Xmx256m -cp $JAR io.boto4j.bench.transfer.TransferBench "$PORT" download "$WORK/down-boto4j.bin"
  $PIN_DRIVER python3 boto3_transfer.py "$PORT" upload "$WORK/src.bin"
  $PIN_DRIVER python3 boto3_transfer.py "$PORT" download "$WORK/down-boto3.bin"
  $PIN_DRIVER java -Xmx256m -cp "$V2CP" io.boto4j.bench.transferv2.V2TransferBench "$PORT" upload "$WORK/src.bin"
  $PIN_DRIVER java -Xmx256m -cp "$V2CP" io.boto4j.bench.transferv2.V2TransferBench "$PORT" download "$WORK/down-v2.bin"
  rm -f "$WORK"/down-*.bin
done
