package io.boto4j.startup;

import io.boto4j.internal.protocol.Parsers;

/** What a training run does: touch the first-call path's parser so its classes land in the archive. */
public final class CdsTrainingMain {
    private CdsTrainingMain() {
    }

    public static void main(String[] args) {
        System.out.println("parser " + Parsers.forProtocol("json").getClass().getSimpleName());
    }
}
