package io.boto4j.internal.loader;

import io.boto4j.exception.ModelError;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/** A botocore-style data directory on the file system ({@code AWS_DATA_PATH} entries, {@code ~/.aws/models}). */
final class DirectoryDataRoot implements DataRoot {
    private final Path dir;

    DirectoryDataRoot(Path dir) {
        this.dir = dir;
    }

    @Override
    public byte[] read(String logicalPath) {
        Path plain = dir.resolve(logicalPath);
        Path file = plain;
        try {
            if (Files.isRegularFile(plain)) {
                return Files.readAllBytes(plain);
            }
            file = dir.resolve(logicalPath + ".gz");
            if (Files.isRegularFile(file)) {
                try (InputStream in = new GZIPInputStream(Files.newInputStream(file), 65536)) {
                    return in.readAllBytes();
                }
            }
            return null;
        } catch (IOException e) {
            // a truncated .gz ends in EOFException: as much a broken model file as bad JSON
            throw new ModelError("Cannot read model file " + file + ": " + e, e);
        }
    }

    @Override
    public boolean exists(String logicalPath) {
        return Files.isRegularFile(dir.resolve(logicalPath)) || Files.isRegularFile(dir.resolve(logicalPath + ".gz"));
    }

    @Override
    public List<String> services() {
        return subdirectories(dir);
    }

    @Override
    public List<String> apiVersions(String service) {
        return subdirectories(dir.resolve(service));
    }

    private static List<String> subdirectories(Path p) {
        if (!Files.isDirectory(p)) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(p)) {
            s.filter(Files::isDirectory).forEach(d -> out.add(d.getFileName().toString()));
        } catch (IOException e) {
            return List.of();
        }
        return out;
    }

    @Override
    public String describe() {
        return dir.toString();
    }
}
