package io.boto4j.spring.autoconfigure.service;

import java.util.Locale;
import java.util.Map;
import java.util.function.IntUnaryOperator;

/** The AWS emulators a service connection recognises, and how each is reached. */
public enum AwsEmulator {
    /** {@code localstack/localstack}: one edge port for every service. */
    LOCALSTACK("localstack/localstack", 4566, "test", "test"),
    /** {@code motoserver/moto}: moto's server mode; {@code MOTO_PORT} moves its port. */
    MOTO("motoserver/moto", 5000, "testing", "testing");

    private final String image;
    private final int port;
    private final String accessKeyId;
    private final String secretAccessKey;

    AwsEmulator(String image, int port, String accessKeyId, String secretAccessKey) {
        this.image = image;
        this.port = port;
        this.accessKeyId = accessKeyId;
        this.secretAccessKey = secretAccessKey;
    }

    public String image() {
        return image;
    }

    /** The emulator of an image reference such as {@code docker.io/localstack/localstack:4.4}; null if neither. */
    public static AwsEmulator ofImage(String imageReference) {
        String ref = imageReference == null ? "" : imageReference.toLowerCase(Locale.ROOT);
        for (AwsEmulator e : values()) {
            if (ref.contains(e.image)) {
                return e;
            }
        }
        return null;
    }

    /** The port the emulator listens on inside its container, given the container's environment. */
    public int containerPort(Map<String, String> env) {
        String moved = this == MOTO ? env.get("MOTO_PORT") : env.get("GATEWAY_LISTEN") == null ? null
                : env.get("GATEWAY_LISTEN").replaceAll(".*:", "");
        try {
            return moved == null || moved.isBlank() ? port : Integer.parseInt(moved.trim());
        } catch (NumberFormatException e) {
            return port;
        }
    }

    /** Where clients reach an emulator running on {@code host}, its ports mapped by {@code mappedPort}. */
    public EmulatorEndpoint endpoint(String host, IntUnaryOperator mappedPort, Map<String, String> env) {
        String region = first(env.get("AWS_DEFAULT_REGION"), env.get("DEFAULT_REGION"), env.get("AWS_REGION"),
                "us-east-1");
        return new EmulatorEndpoint("http://" + host + ":" + mappedPort.applyAsInt(containerPort(env)), region,
                accessKeyId, secretAccessKey);
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }
}
