#!/usr/bin/env python3
"""Fresh-JVM start-up of the bench/startup applications, interleaved: one start of every variant per round.

Each start: a new JVM with an exploded class path, AWS_* variables removed, no ~/.aws files; BENCH_T0_MS is taken
just before the spawn and the application prints the time to ApplicationReadyEvent (ReadyClock) and exits.
Reports median and p90 per variant and the median added over the baseline. Build first (run.sh does).
"""
import argparse, os, statistics, subprocess, sys, time, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
EXTRA = ["sns", "kms", "lambda", "sts", "ec2", "iam", "logs", "cloudwatch", "kinesis", "firehose",
         "secretsmanager", "ssm", "ecr", "ecs", "events", "stepfunctions", "cognito-idp"]
VARIANTS = {
    "baseline": ("baseline", "bench.startup.BaselineApp", []),
    "boto4j-3": ("boto4j", "bench.startup.Boto4jApp", []),
    "boto4j-20": ("boto4j", "bench.startup.Boto4jApp", [f"--boto4j.clients.{s}.enabled=true" for s in EXTRA]),
    "spring-cloud-aws-3": ("spring-cloud-aws", "bench.startup.SpringCloudAwsApp", []),
}


def env():
    e = {k: v for k, v in os.environ.items() if not k.startswith("AWS_")}
    e.update(AWS_EC2_METADATA_DISABLED="true", AWS_CONFIG_FILE="/nonexistent", AWS_SHARED_CREDENTIALS_FILE="/nonexistent")
    return e


def start(variant, jvm_args):
    module, main, args = VARIANTS[variant]
    cp = f"{HERE}/{module}/target/classes:{HERE}/{module}/target/lib/*"
    e = env()
    e["BENCH_T0_MS"] = str(time.time_ns() // 1_000_000)
    out = subprocess.run(["java", *jvm_args, "-cp", cp, main, *args], env=e, capture_output=True, text=True, timeout=300)
    for line in out.stdout.splitlines():
        if line.startswith("BENCH_READY"):
            fields = dict(f.split("=") for f in line.split()[1:])
            return int(fields["spawn_ms"]), int(fields["cpu_ms"]), int(fields["beans"])
    sys.exit(f"{variant} did not become ready (exit {out.returncode}):\n{out.stdout[-3000:]}\n{out.stderr[-3000:]}")


def classes_loaded(variant):
    with tempfile.NamedTemporaryFile(suffix=".log") as log:
        start(variant, [f"-Xlog:class+load=info:file={log.name}"])
        return sum(1 for _ in open(log.name))


def p90(xs):
    s = sorted(xs)
    return s[min(len(s) - 1, round(0.9 * (len(s) - 1)))]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--reps", type=int, default=12)
    ap.add_argument("--variants", default=",".join(VARIANTS))
    ap.add_argument("--classes", action="store_true", help="one extra start per variant counting loaded classes")
    ap.add_argument("--jvm-args", default="", help="extra JVM arguments for every start, space separated")
    a = ap.parse_args()
    variants = a.variants.split(",")
    jvm_args = a.jvm_args.split()
    times = {v: [] for v in variants}
    cpus = {v: [] for v in variants}
    beans = {}
    for v in variants:  # one untimed start each: page cache and JIT-less class data warm for all alike
        start(v, jvm_args)
    for r in range(a.reps):
        for v in variants:
            spawn, cpu, b = start(v, jvm_args)
            times[v].append(spawn)
            cpus[v].append(cpu)
            beans[v] = b
        print(f"round {r + 1}/{a.reps}: " + ", ".join(f"{v} {times[v][-1]}/{cpus[v][-1]}" for v in variants), file=sys.stderr)
    counts = {v: classes_loaded(v) for v in variants} if a.classes else {}
    base = statistics.median(times["baseline"]) if "baseline" in times else None
    cbase = statistics.median(cpus["baseline"]) if "baseline" in cpus else None
    print(f"\n{a.reps} interleaved fresh-JVM starts per variant, to ApplicationReadyEvent: wall ms from spawn and"
          f" process CPU ms (all threads) ({os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f} at the end)\n")
    print("| variant | wall median | wall p90 | wall added (median) | CPU median | CPU p90 | CPU added (median) |"
          " bean definitions |" + (" classes loaded |" if counts else ""))
    print("|---|---:|---:|---:|---:|---:|---:|---:|" + ("---:|" if counts else ""))
    for v in variants:
        med, cmed = statistics.median(times[v]), statistics.median(cpus[v])
        added = "—" if v == "baseline" or base is None else f"{med - base:+.0f}"
        cadded = "—" if v == "baseline" or cbase is None else f"{cmed - cbase:+.0f}"
        print(f"| {v} | {med:.0f} | {p90(times[v])} | {added} | {cmed:.0f} | {p90(cpus[v])} | {cadded} | {beans[v]} |"
              + (f" {counts[v]} |" if counts else ""))


if __name__ == "__main__":
    main()
