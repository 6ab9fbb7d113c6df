package io.boto4j.internal.retry;

import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * Uniform jitter in [0, 1), the random source of every retry mode's back-off. A named class rather than a lambda:
 * the strategy is built with a fresh JVM's first client, where each lambda spins a class at run time.
 */
final class UniformJitter implements DoubleSupplier {
    static final UniformJitter INSTANCE = new UniformJitter();

    private UniformJitter() {
    }

    @Override
    public double getAsDouble() {
        return ThreadLocalRandom.current().nextDouble();
    }
}
