#!/usr/bin/env python3
"""One ../shared/bench scenario of two builds of the boto4j driver, in pairs: fresh JVMs alternating between the
two jars against one stub (pinned as run.sh pins them), printing each build's median main-thread CPU per call and
in how many pairs the second was lower. For differences of a few per cent, which one run.sh run cannot show on
these machines (its cells move by ±10-25 % between runs). Never part of the tests.

  python3 bench/paired_driver.py old-boto4j-driver.jar bench/target/boto4j-driver.jar s3_list_objects_v2 --reps 10

Any jar holding io.boto4j.bench.Boto4jDriver and its dependencies works (boto4j-driver.jar or benchmarks.jar).
"""
import argparse, os, statistics, sys, tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import first_call_breakdown as breakdown  # noqa: E402  (the stub and the environment run.sh gives drivers)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("jar_a")
    ap.add_argument("jar_b")
    ap.add_argument("scenario")
    ap.add_argument("--reps", type=int, default=10, help="runs of each jar")
    ap.add_argument("--iterations", type=int, default=None, help="timed calls per run (default: impls.conf's)")
    ap.add_argument("--warmup", default="10s", help="the driver's warm-up, as impls.conf gives it")
    args = ap.parse_args()
    iterations = args.iterations or configured_iterations(args.scenario)
    stub, endpoint = breakdown.start_stub(tempfile.mkdtemp())
    per_call = {args.jar_a: [], args.jar_b: []}
    try:
        for rep in range(args.reps):
            for jar in ([args.jar_a, args.jar_b] if rep % 2 == 0 else [args.jar_b, args.jar_a]):
                # the driver runs from bench/, as run.sh runs it: the jar's path is made absolute first
                result = breakdown.drive(endpoint, [], jar=os.path.abspath(jar), scenario=args.scenario,
                                         iterations=iterations, warmup=args.warmup)
                per_call[jar].append(result["thread_cpu_s"] / result["n"] * 1e6)
    finally:
        stub.kill()
    a, b = per_call[args.jar_a], per_call[args.jar_b]
    for name, values in ((args.jar_a, a), (args.jar_b, b)):
        print("%s: main-thread CPU median %.1f us/call  (%s)" % (name, statistics.median(values),
                                                             " ".join("%.0f" % v for v in values)))
    lower = sum(1 for x, y in zip(a, b) if y < x)
    print("B lower in %d of %d pairs; B/A of the medians %.3f" % (lower, len(a),
                                                                 statistics.median(b) / statistics.median(a)))


def configured_iterations(scenario):
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "impls.conf")) as conf:
        for line in conf:
            parts = line.split()
            if len(parts) >= 3 and parts[0] == "iters" and parts[1] == scenario:
                for item in parts[2:]:
                    if item.startswith("boto4j="):
                        return int(item.split("=", 1)[1])
    sys.exit("no 'iters %s boto4j=N' line in bench/impls.conf; pass --iterations" % scenario)


if __name__ == "__main__":
    main()
