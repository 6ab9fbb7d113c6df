package io.boto4j.internal.loader;

import java.nio.file.Path;
import java.util.List;

/**
 * One place model data is searched: a directory laid out as botocore's data directory, or the bundled
 * {@code boto4j-models} jar. Paths are logical ({@code s3/2006-03-01/service-2.json}); a root may hold the
 * file plain or gzip-compressed.
 */
public interface DataRoot {
    /** The file's bytes, decompressed, or null if this root does not hold it. */
    byte[] read(String logicalPath);

    /** True if this root holds the file. */
    boolean exists(String logicalPath);

    /** The service directories in this root. */
    List<String> services();

    /** The api-version directories of a service in this root. */
    List<String> apiVersions(String service);

    /** Where this root is, for error messages. */
    String describe();

    /** A botocore-style data directory; it need not exist (then it holds nothing). */
    static DataRoot directory(Path dir) {
        return new DirectoryDataRoot(dir);
    }

    /** The data bundled in the {@code boto4j-models} jar, or null when that jar is not on the class path. */
    static DataRoot bundled() {
        return ClasspathDataRoot.shared();
    }
}
