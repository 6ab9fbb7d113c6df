#!/usr/bin/env python3
"""Where a fresh JVM's time to its first SQS call goes: the start-up breakdown of bench/README.md.

Starts ../shared/bench's stub (pinned to CPU 0 where taskset exists), then runs the driver's client_create
scenario in fresh JVMs pinned to CPU 1, as ../shared/bench/run.sh does, and prints:
  1. milestones: the JVM uptime at which the first class of each stage was loaded (-Xlog:class+load),
     median over the runs, with the time spent since the previous milestone;
  2. the classes loaded before the first call returned, by origin (CDS archive, jar, generated at run time)
     and by library;
  3. start -> first call under the JVM's levers: default JIT, C1 only, interpreter only, and the AppCDS
     archive `mvn package` wrote (target/boto4j-bench.jsa), which shows how much is compilation and class loading.
Build first: mvn -B -q -pl bench -am package -DskipTests. Never part of the tests.
"""
import argparse, json, os, re, shutil, statistics, subprocess, sys, tempfile, time

HERE = os.path.dirname(os.path.abspath(__file__))
STUB_SRC = os.path.join(HERE, "..", "..", "shared", "bench", "stub", "src")
# relative to HERE, as impls.conf has them: an AppCDS archive only matches the class path it was made with
JAR = "target/boto4j-driver.jar"
ARCHIVE = "target/boto4j-bench.jsa"
PIN = shutil.which("taskset") is not None and (os.cpu_count() or 1) >= 2

# (label, class whose first load marks the stage's start); the stages run in this order on the first call path
MILESTONES = [
    ("driver main", "io.boto4j.bench.Boto4jDriver"),
    ("session: config and credentials", "io.boto4j.Session"),
    ("client factory: customizations", "io.boto4j.client.ClientFactory"),
    ("service model read", "io.boto4j.model.IndexedRawModel"),
    ("endpoint rules and partitions", "io.boto4j.internal.endpoints.rules.Partitions"),
    ("call pipeline built", "io.boto4j.internal.pipeline.CallPipeline"),
    ("first call: serialize", "io.boto4j.internal.protocol.json.JsonBodyWriter"),
    ("first call: sign", "io.boto4j.internal.auth.signer.SigV4Signer"),
    ("first call: connect and send", "io.boto4j.internal.http.Route"),
    ("first call: parse the answer", "io.boto4j.http.HttpResponse"),
]
END = "java.lang.management.ManagementFactory"  # the driver reports with it once the first call has returned
LOAD = re.compile(r"\[(\d+\.\d+)s\]\S* (\S+) source: (.*)")


def env():
    e = {k: v for k, v in os.environ.items() if not k.startswith("AWS_")}
    e.update(AWS_EC2_METADATA_DISABLED="true", AWS_CONFIG_FILE="/nonexistent", AWS_SHARED_CREDENTIALS_FILE="/nonexistent")
    return e


def start_stub(workdir):
    classes = os.path.join(workdir, "stub")
    sources = [os.path.join(STUB_SRC, "bench", f) for f in os.listdir(os.path.join(STUB_SRC, "bench"))]
    subprocess.run(["javac", "-d", classes] + sources, check=True)
    pin = ["taskset", "-c", "0"] if PIN else []
    stub = subprocess.Popen(pin + ["java", "-XX:TieredStopAtLevel=1", "-cp", classes, "bench.Stub", "--port", "0"],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    line = stub.stdout.readline().split()
    if not line or line[0] != "READY":
        stub.kill()
        sys.exit("the stub did not start")
    endpoint = "http://127.0.0.1:%s" % line[1]
    # warm the stub's own JIT on the route, as run.py does
    subprocess.run(["java", "-cp", classes, "bench.Floor", "sqs_send_message", "5000", endpoint, "0"],
                   stdout=subprocess.DEVNULL, check=True)
    return stub, endpoint


def drive(endpoint, jvm_args, log=None, jar=JAR, scenario="client_create", iterations=0, warmup="0"):
    """One run of the driver as run.sh runs it (pinned, from this folder); its JSON line as a dict."""
    pin = ["taskset", "-c", "1"] if PIN else []
    cmd = pin + ["java"] + jvm_args + (["-Xlog:class+load:file=%s:uptime" % log] if log else []) + \
        ["-cp", jar, "io.boto4j.bench.Boto4jDriver", scenario, str(iterations), endpoint, warmup]
    e = dict(env(), BENCH_T0_NS=str(time.time_ns()))
    out = subprocess.run(cmd, env=e, cwd=HERE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def loads(log):
    out = []
    with open(log) as f:
        for line in f:
            m = LOAD.match(line)
            if m:
                out.append((float(m.group(1)) * 1000, m.group(2), m.group(3)))
    return out


def origin(source):
    if "shared objects file" in source:
        return "CDS archive"
    if source.startswith("jrt:"):
        return "JDK modules"
    if source.startswith("file:"):
        return "jar"
    return "generated"


def library(name):
    for prefix, label in (("io.boto4j.bench", "driver"), ("io.boto4j", "boto4j"), ("tools.jackson", "Jackson"),
                          ("io.burt", "JMESPath"), ("java.lang.invoke", "JDK java.lang.invoke"),
                          ("jdk.internal.org.objectweb", "JDK ASM (lambdas)")):
        if name.startswith(prefix):
            return label
    return "JDK other"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--reps", type=int, default=7)
    ap.add_argument("--jar", default=JAR, help="another build's driver jar, for a before/after breakdown")
    args = ap.parse_args()
    if not os.path.exists(os.path.join(HERE, args.jar)):
        sys.exit("build first: mvn -B -q -pl bench -am package -DskipTests")
    work = tempfile.mkdtemp(prefix="boto4j-startup-")
    stub, endpoint = start_stub(work)
    try:
        marks = {label: [] for label, _ in MILESTONES}
        ends, counts = [], None
        for rep in range(args.reps):
            log = os.path.join(work, "classes-%d.txt" % rep)
            drive(endpoint, [], log, args.jar)
            seen = loads(log)
            first = {}
            for t, name, _ in seen:
                first.setdefault(name, t)
            for label, cls in MILESTONES:
                marks[label].append(first.get(cls))
            # the first load of END once the answer is parsed (older drivers loaded it at start too)
            answered = first.get(MILESTONES[-1][1], 0)
            end = next((t for t, name, _ in seen if name == END and t >= answered), None)
            if end is None:  # an older driver: the SDK's last class load before the process ends
                end = max(t for t, name, _ in seen if name.startswith("io.boto4j.") and ".bench." not in name)
            ends.append(end)
            if counts is None:
                upto = [x for x in seen if end is None or x[0] <= end]
                counts = {}
                for _, name, source in upto:
                    key = (origin(source), library(name))
                    counts[key] = counts.get(key, 0) + 1
        print("## Milestones (JVM uptime when the stage's first class loaded; median of %d runs)\n" % args.reps)
        print("| stage | starts at ms | lasts ms |\n|---|---:|---:|")
        rows = [(label, statistics.median(v) if None not in v else None) for label, v in marks.items()]
        rows.append(("first call returned", statistics.median(ends) if None not in ends else None))
        for (label, t), nxt in zip(rows, rows[1:] + [(None, None)]):
            span = "%.0f" % (nxt[1] - t) if t is not None and nxt[1] is not None else ""
            print("| %s | %s | %s |" % (label, "%.0f" % t if t is not None else "n/a", span))
        print("\n## Classes loaded until the first call returned\n")
        print("| origin | library | classes |\n|---|---|---:|")
        for (o, lib), n in sorted(counts.items(), key=lambda kv: -kv[1]):
            print("| %s | %s | %d |" % (o, lib, n))
        print("| all | | %d |" % sum(counts.values()))
        print("\n## Start -> first call under the JVM's levers (median of %d runs)\n" % args.reps)
        print("| JVM settings | cold create ms | first call ms | start -> first call ms |\n|---|---:|---:|---:|")
        levers = [("default", []), ("C1 only (-XX:TieredStopAtLevel=1)", ["-XX:TieredStopAtLevel=1"]),
                  ("interpreter only (-Xint)", ["-Xint"])]
        if args.jar == JAR and os.path.exists(os.path.join(HERE, ARCHIVE)):
            levers += [("AppCDS archive", ["-XX:SharedArchiveFile=" + ARCHIVE, "-Xshare:on"]),
                       ("AppCDS archive + C1 only", ["-XX:SharedArchiveFile=" + ARCHIVE, "-Xshare:on",
                                                     "-XX:TieredStopAtLevel=1"])]
        results = {label: [] for label, _ in levers}
        for rep in range(args.reps):  # interleaved, so a slow moment of the machine hits every row alike
            for label, flags in levers:
                results[label].append(drive(endpoint, flags, jar=args.jar))
        for label, _ in levers:
            rs = results[label]
            print("| %s | %.0f | %.0f | %.0f |" % (label, statistics.median(r["cold_create_ms"] for r in rs),
                                                   statistics.median(r["first_call_ms"] for r in rs),
                                                   statistics.median(r["start_to_first_call_ms"] for r in rs)))
    finally:
        stub.kill()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
