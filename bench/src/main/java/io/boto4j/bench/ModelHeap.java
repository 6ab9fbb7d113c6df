package io.boto4j.bench;

import io.boto4j.loader.Loader;
import io.boto4j.loader.ServiceData;
import io.boto4j.model.ServiceModel;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
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
            ServiceModel m = ServiceModel.parse(service, d.bytes(), d.origin(), d.extras());
            long t1 = System.nanoTime();
            System.out.printf("first model in this JVM: %-4s %7.2f ms (%d operations, %d KB of JSON)%n",
                    service, (t1 - t0) / 1e6, m.operationNames().size(), d.bytes().length / 1024);
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
            models.add(ServiceModel.shared(service, d.bytes(), d.origin(), d.extras()));
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
