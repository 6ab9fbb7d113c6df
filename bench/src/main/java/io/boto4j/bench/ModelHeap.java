package io.boto4j.bench;

import io.boto4j.internal.model.ModelTrees;
import io.boto4j.internal.loader.Loader;
import io.boto4j.internal.loader.ServiceData;
import io.boto4j.model.ServiceModel;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;

/**
 * Retained heap of the indexed models of every bundled service (newest api versions): used heap after full
 * GCs, before and after loading them, with the models kept reachable. Also prints, first thing in a fresh
 * JVM, how long the first model of s3, ec2 and sqs takes (class loading and interpretation included).
 * Run: {@code java -cp bench/target/benchmarks.jar io.boto4j.bench.ModelHeap}
 */
public final class ModelHeap {
    private ModelHeap() {
    }

    public static void main(String[] args) {
        Loader loader = Loader.create(List.of(), null, true);
        for (String service : List.of("sqs", "s3", "ec2")) {
            long t0 = System.nanoTime();
            ServiceData d = loader.loadServiceData(service, "service-2", null);
            ServiceModel m = ModelTrees.parse(service, d.bytes(), d.origin(), d.extras());
            long t1 = System.nanoTime();
            System.out.printf("first model in this JVM: %-4s %7.2f ms (%d operations, %d KB of JSON)%n",
                    service, (t1 - t0) / 1e6, m.operationNames().size(), d.bytes().length / 1024);
        }

        // CPU time of this thread, not wall time: on a shared, overloaded machine waiting for a core would
        // otherwise swamp what the code itself costs
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (String service : List.of("sqs", "s3", "ec2")) {
            ServiceData d = loader.loadServiceData(service, "service-2", null);
            int n = service.equals("ec2") ? 100 : 1000;
            double fromBytes = 0;
            double shared = 0;
            for (int round = 0; round < 5; round++) { // the last round counts: JIT-compiled by then
                long c0 = threads.getCurrentThreadCpuTime();
                for (int i = 0; i < n; i++) {
                    ModelTrees.parse(service, d.bytes(), d.origin(), d.extras());
                }
                long c1 = threads.getCurrentThreadCpuTime();
                for (int i = 0; i < n * 100; i++) {
                    ServiceData again = loader.loadServiceData(service, "service-2", null);
                    ModelTrees.shared(service, again.bytes(), again.origin(), again.extras());
                }
                long c2 = threads.getCurrentThreadCpuTime();
                fromBytes = (c1 - c0) / 1e3 / n;
                shared = (c2 - c1) / 1e3 / (n * 100);
            }
            System.out.printf("CPU time per model: %-4s from cached bytes %8.1f us, shared %6.2f us%n",
                    service, fromBytes, shared);
        }

        // a loader of its own, so nothing above stays cached in what is measured
        Loader all = Loader.create(List.of(), null, true);
        List<String> services = all.listAvailableServices("service-2");
        long before = usedAfterGc();
        long t0 = System.nanoTime();
        List<ServiceModel> models = new ArrayList<>();
        long jsonBytes = 0;
        for (String service : services) {
            ServiceData d = all.loadServiceData(service, "service-2", null);
            jsonBytes += d.bytes().length;
            models.add(ModelTrees.shared(service, d.bytes(), d.origin(), d.extras()));
        }
        long elapsed = System.nanoTime() - t0;
        long after = usedAfterGc();
        System.out.printf("all %d services: loaded and indexed in %.0f ms%n", models.size(), elapsed / 1e6);
        System.out.printf("retained heap: %.1f MB (of which %.1f MB are the models' JSON bytes)%n",
                (after - before) / 1048576.0, jsonBytes / 1048576.0);
        // keep everything reachable until after the measurement
        if (models.size() != services.size() || all.roots().isEmpty()) {
            throw new IllegalStateException();
        }
    }

    private static long usedAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
