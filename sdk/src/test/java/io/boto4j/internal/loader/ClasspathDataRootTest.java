package io.boto4j.internal.loader;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.boto4j.internal.json.Json;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import io.boto4j.internal.json.JsonNode;

/** The runtime's line index of the models jar against the JSON index the import wrote beside it. */
class ClasspathDataRootTest {
    private final ClasspathDataRoot root = ClasspathDataRoot.find(getClass().getClassLoader());

    @Test
    void answersEveryServiceVersionAndFileAsIndexJsonListsThem() throws Exception {
        JsonNode index;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("boto4j-data/index.json")) {
            index = Json.parse(in.readAllBytes());
        }
        List<String> services = new ArrayList<>();
        int files = 0;
        for (Map.Entry<String, JsonNode> service : index.get("services").properties()) {
            services.add(service.getKey());
            List<String> versions = new ArrayList<>();
            for (Map.Entry<String, JsonNode> version : service.getValue().properties()) {
                versions.add(version.getKey());
                for (JsonNode file : version.getValue()) {
                    String path = service.getKey() + "/" + version.getKey() + "/" + file.asString();
                    assertTrue(root.exists(path), path);
                    files++;
                }
            }
            assertEquals(versions, root.apiVersions(service.getKey()), service.getKey());
        }
        assertEquals(services, root.services());
        assertTrue(services.size() > 400 && files > 1500, services.size() + " services, " + files + " files");
        for (JsonNode file : index.get("files")) {
            assertTrue(root.exists(file.asString()), file.asString());
        }
    }

    @Test
    void namesThatArePrefixesOrNotServicesAreNotFound() {
        assertFalse(root.exists("s3/2006-03-01/service-3.json"));
        assertFalse(root.exists("s/2006-03-01/service-2.json"), "s3 lines must not answer for 's'");
        assertEquals(List.of(), root.apiVersions("s"));
        assertEquals(List.of(), root.apiVersions("no such service"));
        assertEquals(List.of(), root.apiVersions(""));
        assertFalse(root.exists("nosuch.json"));
        assertNull(root.read("sqs/2012-11-05/nosuch.json"));
        assertTrue(root.exists("s3control/2018-08-20/service-2.json"));
    }

    @Test
    void readsAListedFileDecompressed() throws Exception {
        byte[] expected;
        try (InputStream in = new GZIPInputStream(getClass().getClassLoader()
                .getResourceAsStream("boto4j-data/sqs/2012-11-05/service-2.json.gz"))) {
            expected = in.readAllBytes();
        }
        assertArrayEquals(expected, root.read("sqs/2012-11-05/service-2.json"));
    }
}
