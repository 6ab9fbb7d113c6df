package io.boto4j.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Copies a jar with every entry stored, not deflated: the {@code boto4j-stored} row of {@code impls.conf}, the same
 * driver jar as the plain row, so that the two differ only in what the JVM inflates per class it loads. Run by the
 * build right after shading; never part of the product.
 * <pre>
 *   java -cp target/boto4j-driver.jar io.boto4j.bench.StoredJar target/boto4j-driver.jar target/boto4j-driver-stored.jar
 * </pre>
 */
public final class StoredJar {
    private StoredJar() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: StoredJar <jar in> <jar out>");
            System.exit(2);
        }
        Path out = Path.of(args[1]);
        Path partial = out.resolveSibling(out.getFileName() + ".part");
        int entries = 0;
        try (ZipFile in = new ZipFile(args[0]);
                OutputStream file = Files.newOutputStream(partial);
                ZipOutputStream zip = new ZipOutputStream(file)) {
            zip.setMethod(ZipOutputStream.STORED);
            for (Enumeration<? extends ZipEntry> e = in.entries(); e.hasMoreElements(); ) {
                ZipEntry source = e.nextElement();
                byte[] bytes;
                try (InputStream s = in.getInputStream(source)) {
                    bytes = s.readAllBytes();
                }
                // a stored entry must carry its size and CRC before its data
                ZipEntry copy = new ZipEntry(source.getName());
                copy.setMethod(ZipEntry.STORED);
                copy.setTime(source.getTime());
                copy.setSize(bytes.length);
                copy.setCompressedSize(bytes.length);
                CRC32 crc = new CRC32();
                crc.update(bytes);
                copy.setCrc(crc.getValue());
                zip.putNextEntry(copy);
                zip.write(bytes);
                zip.closeEntry();
                entries++;
            }
        }
        Files.move(partial, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        System.out.println("StoredJar: " + entries + " entries stored in " + out);
    }
}
