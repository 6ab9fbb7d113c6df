package io.boto4j.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.boto4j.client.Client;
import io.boto4j.config.Config;
import io.boto4j.testsupport.MotoServer;
import io.boto4j.testsupport.TestClients;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One S3Transfers keeps one TransferManager (one pool) per configuration across calls, against moto. */
class S3TransfersReuseTest {
    @TempDir
    Path dir;

    @Test
    void callsWithTheSameConfigShareOneManagerAndAClosedInstanceRefusesCalls() throws Exception {
        Client s3 = TestClients.client("s3", "us-east-1", MotoServer.shared().endpoint(), Config.builder().build());
        String bucket = TestClients.unique("reuse");
        s3.call("CreateBucket", Map.of("Bucket", bucket));
        Path file = Files.write(dir.resolve("f"), new byte[] {4, 5, 6});
        S3Transfers transfers = S3Transfers.of(s3);
        transfers.uploadFile(bucket, "a", file);
        transfers.uploadFile(bucket, "b", file);
        transfers.downloadFile(bucket, "a", dir.resolve("a"));
        assertEquals(1, transfers.managerCount());
        TransferConfig other = TransferConfig.builder().maxConcurrency(2).build();
        transfers.uploadFile(bucket, "c", file, Map.of(), null, other);
        transfers.uploadFile(bucket, "d", file, Map.of(), null, other);
        assertEquals(2, transfers.managerCount());
        transfers.close();
        assertEquals(0, transfers.managerCount());
        assertThrows(IllegalStateException.class, () -> transfers.uploadFile(bucket, "e", file));
    }
}
