package io.boto4j.bench;

import java.io.File;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.Arrays;

/**
 * One JMH benchmark method of two builds, compared in pairs inside one JVM: each build's benchmarks jar in its own
 * class loader, both warmed, then timed in alternating slices of 0.3 s, so that the machine's drift (this project's
 * 2-vCPU VMs move by ±30 % between JMH iterations) lands on both alike. Prints each build's median time per call
 * and in how many rounds the second was faster. Which build is loaded first biases the result by a few per cent:
 * run it once in each order and take both ratios. Never part of the tests.
 * <pre>
 *   java -cp bench/target/benchmarks.jar io.boto4j.bench.PairedJars old.jar new.jar XmlParserBenchmarks \
 *       listObjectsV2StubBody 30
 * </pre>
 * The benchmark class and its parameters' state classes need public no-argument constructors; their
 * {@code @Setup} methods without parameters are called once.
 */
public final class PairedJars {
    private static final long SLICE_NANOS = 300_000_000L;

    private PairedJars() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 5) {
            System.err.println("usage: PairedJars <jar A> <jar B> <benchmark class, simple or qualified> <method> <rounds>");
            System.exit(2);
        }
        String className = args[2].contains(".") ? args[2] : "io.boto4j.bench." + args[2];
        int rounds = Integer.parseInt(args[4]);
        Build[] builds = {new Build(args[0], className, args[3]), new Build(args[1], className, args[3])};
        double[][] micros = new double[2][rounds];
        for (int round = -5; round < rounds; round++) {
            for (int k = 0; k < 2; k++) {
                int i = (round & 1) == 0 ? k : 1 - k; // alternate which build runs first in a round
                double us = builds[i].timeSlice();
                if (round >= 0) {
                    micros[i][round] = us;
                }
            }
        }
        int fasterB = 0;
        for (int r = 0; r < rounds; r++) {
            if (micros[1][r] < micros[0][r]) {
                fasterB++;
            }
        }
        for (int i = 0; i < 2; i++) {
            double[] sorted = micros[i].clone();
            Arrays.sort(sorted);
            System.out.printf("%s %s: median %.1f us/call (p25 %.1f, p75 %.1f)%n", i == 0 ? "A" : "B", args[i],
                    sorted[rounds / 2], sorted[rounds / 4], sorted[3 * rounds / 4]);
        }
        System.out.printf("B faster in %d of %d paired rounds; B/A of the medians %.3f%n", fasterB, rounds,
                median(micros[1]) / median(micros[0]));
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** One build's benchmark: its instance, the method and the arguments it is called with. */
    private static final class Build {
        private final Object benchmark;
        private final Method method;
        private final Object[] arguments;

        Build(String jar, String className, String methodName) throws Exception {
            ClassLoader loader = new URLClassLoader(new URL[] {new File(jar).toURI().toURL()},
                    ClassLoader.getPlatformClassLoader());
            Class<?> type = loader.loadClass(className);
            benchmark = setUp(type);
            Method found = null;
            for (Method m : type.getMethods()) {
                if (m.getName().equals(methodName)) {
                    found = m;
                }
            }
            if (found == null) {
                throw new IllegalArgumentException("no public method " + methodName + " in " + className + " of " + jar);
            }
            method = found;
            Parameter[] parameters = method.getParameters();
            arguments = new Object[parameters.length];
            for (int i = 0; i < parameters.length; i++) {
                arguments[i] = setUp(parameters[i].getType());
            }
        }

        /** A new instance with its parameterless {@code @Setup} methods called. */
        private static Object setUp(Class<?> type) throws Exception {
            Object instance = type.getConstructor().newInstance();
            for (Method m : type.getMethods()) {
                boolean setup = Arrays.stream(m.getAnnotations())
                        .anyMatch(a -> a.annotationType().getName().equals("org.openjdk.jmh.annotations.Setup"));
                if (setup && m.getParameterCount() == 0) {
                    m.invoke(instance);
                }
            }
            return instance;
        }

        /** Calls the method for one slice; returns microseconds per call. */
        double timeSlice() throws Exception {
            long start = System.nanoTime();
            long calls = 0;
            Object last = null;
            while (System.nanoTime() - start < SLICE_NANOS) {
                last = method.invoke(benchmark, arguments);
                calls++;
            }
            if (last == null && method.getReturnType() != void.class) {
                throw new IllegalStateException(method + " returned null");
            }
            return (System.nanoTime() - start) / 1e3 / calls;
        }
    }
}
