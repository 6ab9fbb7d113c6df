package io.boto4j.internal.protocol.restxml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.boto4j.internal.loader.Loader;
import io.boto4j.internal.model.ModelTrees;
import io.boto4j.model.StructureShape;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Test;

/**
 * From a listing's second entry on, the structure reader takes a scalar member's element in one step when it is
 * the name that followed last time, has no attributes and holds one plain run of text. Everything else goes
 * event by event. The oracle is the same structure reader over the JDK's StAX reader, which never takes the
 * shortcut: every document must read to the same values, or fail in both.
 */
class XmlBodyReaderLeafTest {
    private static final StructureShape LIST_OUTPUT = ModelTrees.fromTree("s3",
            Loader.fromEnvironment().loadServiceModel("s3", "service-2", null))
            .operationModel("ListObjectsV2").outputShape();

    private static Object ours(String xml) {
        try {
            return XmlBodyReader.INSTANCE.readBody(LIST_OUTPUT, xml.getBytes(StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            return "failed";
        }
    }

    private static Object stax(String xml) {
        try {
            XMLInputFactory f = XMLInputFactory.newFactory();
            f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            XMLStreamReader r = f.createXMLStreamReader(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
            while (r.next() != XMLStreamConstants.START_ELEMENT) {
                // the prolog
            }
            return XmlBodyReader.INSTANCE.readStructure(LIST_OUTPUT, r, null);
        } catch (Exception e) {
            return "failed";
        }
    }

    /** One Contents entry, each element in one of the forms the shortcut takes or must leave to the events. */
    private static String entry(Random random, int i) {
        String[][] members = {
            {"Key", "data/" + i + ".json"},
            {"LastModified", "2024-01-0" + (1 + i % 9) + "T12:34:56.000Z"},
            {"ETag", "&quot;e" + i + "&quot;"},
            {"ChecksumAlgorithm", "CRC32"},
            {"ChecksumAlgorithm", "SHA256"},
            {"Size", String.valueOf(1000 + i)},
            {"StorageClass", "STANDARD"},
        };
        StringBuilder b = new StringBuilder("<Contents>");
        for (String[] m : members) {
            if (random.nextInt(9) == 0) {
                continue; // a member left out: the name predicted next is then wrong
            }
            String name = m[0];
            String text = m[1];
            String space = random.nextInt(5) == 0 ? "\n  " : "";
            switch (random.nextInt(18)) {
                case 0 -> b.append(space).append('<').append(name).append(" a=\"1\">").append(text)
                        .append("</").append(name).append('>');
                case 1 -> b.append(space).append('<').append(name).append("/>");
                case 2 -> b.append(space).append('<').append(name).append('>').append(text).append("<!--c-->")
                        .append("</").append(name).append('>');
                case 3 -> b.append(space).append('<').append(name).append('>').append("<![CDATA[").append(text)
                        .append("]]></").append(name).append('>');
                case 4 -> b.append(space).append('<').append(name).append('>').append(text).append("</")
                        .append(name).append(" >");
                case 5 -> b.append(space).append('<').append(name).append('>').append(" ").append(text)
                        .append(" </").append(name).append('>');
                case 6 -> b.append(space).append("<Unknown>").append(text).append("</Unknown>");
                case 7 -> b.append(space).append('<').append(name).append("></").append(name).append('>');
                case 8 -> b.append(space).append('<').append(name).append('>').append(text).append("</")
                        .append(name).append("x>"); // a mismatched end tag: both must refuse it
                case 9 -> b.append(space).append('<').append(name).append('>').append(text).append("</")
                        .append(name, 0, name.length() - 1).append("q>"); // mismatched, of the same length
                default -> b.append(space).append('<').append(name).append('>').append(text).append("</")
                        .append(name).append('>');
            }
        }
        return b.append("</Contents>").toString();
    }

    @Test
    void everyFormOfAListingEntryReadsAsTheStaxReaderReadsIt() {
        Random random = new Random(11);
        int failedBoth = 0;
        for (int doc = 0; doc < 300; doc++) {
            StringBuilder xml = new StringBuilder("<ListBucketResult><Name>b</Name><KeyCount>5</KeyCount>");
            int entries = 2 + random.nextInt(10);
            for (int i = 0; i < entries; i++) {
                xml.append(random.nextInt(3) == 0 ? entry(random, i) : entry(new Random(doc), i));
            }
            String body = xml.append("<IsTruncated>false</IsTruncated></ListBucketResult>").toString();
            Object expected = stax(body);
            assertEquals(expected, ours(body), body);
            if ("failed".equals(expected)) {
                failedBoth++;
            }
        }
        // the corpus holds both outcomes, so neither side can pass by always failing or never failing
        assertTrue(failedBoth > 20 && failedBoth < 280, "documents both refused: " + failedBoth);
    }

    @Test
    void aListingOfPlainEntriesReadsEveryMember() {
        StringBuilder xml = new StringBuilder("<ListBucketResult>");
        for (int i = 0; i < 3; i++) {
            xml.append("<Contents><Key>k").append(i).append("</Key><Size>").append(i).append("</Size>")
                    .append("<ChecksumAlgorithm>CRC32</ChecksumAlgorithm><ChecksumAlgorithm>SHA1</ChecksumAlgorithm>")
                    .append("<StorageClass>STANDARD</StorageClass></Contents>");
        }
        Object parsed = ours(xml.append("</ListBucketResult>").toString());
        List<Map<String, Object>> expected = List.of(
                Map.of("Key", "k0", "Size", 0L, "ChecksumAlgorithm", List.of("CRC32", "SHA1"), "StorageClass", "STANDARD"),
                Map.of("Key", "k1", "Size", 1L, "ChecksumAlgorithm", List.of("CRC32", "SHA1"), "StorageClass", "STANDARD"),
                Map.of("Key", "k2", "Size", 2L, "ChecksumAlgorithm", List.of("CRC32", "SHA1"), "StorageClass", "STANDARD"));
        assertEquals(Map.of("Contents", expected), parsed);
    }
}
