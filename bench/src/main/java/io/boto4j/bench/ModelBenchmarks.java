package io.boto4j.bench;

import io.boto4j.internal.model.ModelTrees;
import io.boto4j.internal.loader.Loader;
import io.boto4j.internal.loader.ServiceData;
import io.boto4j.model.ServiceModel;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Time to get a {@link ServiceModel} for a service, three ways:
 * <ul>
 *   <li>{@code cold}: nothing of the service cached: a new loader reads the gzip file from the models jar,
 *       inflates it, and the model layer scans and indexes it (the bundled index.json is read once per JVM
 *       and not counted). What the first client of a service in a JVM pays, JIT-compiled.</li>
 *   <li>{@code fromCachedBytes}: the inflated bytes are in memory (the loader's cache); a new model is
 *       scanned and indexed over them.</li>
 *   <li>{@code shared}: what every later client pays: the loader's cached bytes and the JVM-wide indexed
 *       model ({@link ServiceModel#shared}).</li>
 * </ul>
 * Creating a model parses no shape in any of them; first use of an operation does (see ModelLoadingTest).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ModelBenchmarks {
    @Param({"s3", "ec2", "sqs"})
    public String service;

    private Loader loader;
    private ServiceData data;

    @Setup
    public void setUp() {
        loader = Loader.create(List.of(), null, true);
        data = loader.loadServiceData(service, "service-2", null);
        ModelTrees.shared(service, data.bytes(), data.origin(), data.extras());
    }

    @Benchmark
    public ServiceModel cold() {
        Loader fresh = Loader.create(List.of(), null, true);
        ServiceData d = fresh.loadServiceData(service, "service-2", null);
        return ModelTrees.parse(service, d.bytes(), d.origin(), d.extras());
    }

    @Benchmark
    public ServiceModel fromCachedBytes() {
        return ModelTrees.parse(service, data.bytes(), data.origin(), data.extras());
    }

    @Benchmark
    public ServiceModel shared() {
        ServiceData d = loader.loadServiceData(service, "service-2", null);
        return ModelTrees.shared(service, d.bytes(), d.origin(), d.extras());
    }
}
