package io.boto4j.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The per-call figures of {@link EventsBridgeBenchmarks} and {@link ObservationOverheadBenchmarks} in thread CPU
 * time rather than JMH's wall time: on a machine shared with other builds, wall time per call mostly measures
 * the scheduler, while the calling thread's CPU time stays close to what the call costs. Same states and calls as
 * the JMH classes; variants interleaved round by round; prints the median over rounds of CPU ns per call.
 * <p>
 * {@code java -cp bench/target/benchmarks.jar io.boto4j.bench.PerCallCpu [rounds] [callsPerRound]}
 */
public final class PerCallCpu {
    private PerCallCpu() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        int calls = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        Map<String, Supplier<Object>> variants = new LinkedHashMap<>();
        List<EventsBridgeBenchmarks> bridges = new ArrayList<>();
        for (String bridge : List.of("no-bridge", "publish-unset", "no-listener", "one-listener")) {
            EventsBridgeBenchmarks b = new EventsBridgeBenchmarks();
            b.bridge = bridge;
            b.setUp();
            bridges.add(b);
            variants.put("events " + bridge, b::call);
        }
        ObservationOverheadBenchmarks o = new ObservationOverheadBenchmarks();
        o.setUp();
        variants.put("observation absent", o::callWithoutObservation);
        variants.put("observation present", o::callWithObservation);
        variants.put("observer events only", o::observerEventsOfOneCall);

        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<String, long[]> perCall = new LinkedHashMap<>();
        variants.keySet().forEach(k -> perCall.put(k, new long[rounds]));
        Object sink = null;
        for (int warm = 0; warm < 3; warm++) {
            for (Supplier<Object> call : variants.values()) {
                for (int i = 0; i < calls; i++) {
                    sink = call.get();
                }
            }
        }
        for (int r = 0; r < rounds; r++) {
            for (Map.Entry<String, Supplier<Object>> v : variants.entrySet()) {
                Supplier<Object> call = v.getValue();
                long start = threads.getCurrentThreadCpuTime();
                for (int i = 0; i < calls; i++) {
                    sink = call.get();
                }
                perCall.get(v.getKey())[r] = (threads.getCurrentThreadCpuTime() - start) / calls;
            }
        }
        System.out.printf("%d rounds x %d calls, thread CPU ns per call (median, min, max over rounds)%n", rounds,
                calls);
        for (Map.Entry<String, long[]> e : perCall.entrySet()) {
            long[] s = e.getValue().clone();
            Arrays.sort(s);
            System.out.printf("%-24s %8d %8d %8d%n", e.getKey(), s[s.length / 2], s[0], s[s.length - 1]);
        }
        for (EventsBridgeBenchmarks b : bridges) {
            b.tearDown();
        }
        System.out.println(sink == null ? "" : "ok");
    }
}
