package io.boto4j.internal.protocol.restxml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.boto4j.internal.loader.Loader;
import io.boto4j.internal.model.ModelTrees;
import io.boto4j.model.StructureShape;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Test;

/**
 * An element's text as {@link XmlBodyReader#readText} gives it: the response reader reads plain leaf elements
 * in one step, and must give what the event-by-event path gives over the JDK's StAX reader (the oracle).
 */
class XmlBodyReaderTextTest {
    private static final String MIXED = "<R xmlns=\"urn:x\">\n  <K>plain</K><E></E><S/><Q>&quot;x&quot;</Q>"
            + "<C>a<![CDATA[<b>&amp;]]>c</C><M>a<!--x-->b</M><W>spaced</W ><N>t<i>skip</i>u</N><L> </L>"
            + "<U>caf\u00e9 &#x1F600;</U><P><!--only a comment--></P><X>a<?pi data?>b</X>\n</R>";

    /** Each child of the root as "name=text", the reader checked to be at the child's end after each. */
    private static List<String> children(XMLStreamReader r) throws XMLStreamException {
        List<String> out = new ArrayList<>();
        while (XmlBodyReader.nextChild(r)) {
            String name = r.getLocalName();
            String text = XmlBodyReader.readText(r);
            assertEquals(XMLStreamConstants.END_ELEMENT, r.getEventType(), name);
            assertEquals(name, r.getLocalName());
            out.add(name + "=" + text);
        }
        assertEquals("R", r.getLocalName());
        return out;
    }

    private static List<String> ours(String xml) throws XMLStreamException {
        return children(XmlBodyReader.openAtRoot(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> jdks(String xml) throws XMLStreamException {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XMLStreamReader r = f.createXMLStreamReader(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        while (r.next() != XMLStreamConstants.START_ELEMENT) {
            // the prolog
        }
        return children(r);
    }

    private static StructureShape listObjectsV2Output() {
        return ModelTrees.fromTree("s3", Loader.fromEnvironment().loadServiceModel("s3", "service-2", null))
                .operationModel("ListObjectsV2").outputShape();
    }

    @Test
    void leafTextsReadAsTheStaxReaderReadsThem() throws XMLStreamException {
        assertEquals(jdks(MIXED), ours(MIXED));
        assertEquals(12, ours(MIXED).size());
    }

    @Test
    void everyElementOfAListingEntryReadsAsTheStaxReaderReadsIt() throws XMLStreamException {
        String entry = "<R><Key>data/2024/01/01/object-000001.json</Key><LastModified>2024-01-02T12:34:56.000Z"
                + "</LastModified><ETag>&quot;9b2cf535f27731c974343645a3985328&quot;</ETag><Size>1024</Size>"
                + "<Prefix></Prefix><Owner><ID>abc</ID></Owner></R>";
        assertEquals(jdks(entry), ours(entry));
    }

    @Test
    void anUnclosedLeafStillNamesTheElementItDoesNotClose() {
        XMLStreamException e = assertThrows(XMLStreamException.class, () -> ours("<R><K>abc</R>"));
        assertTrue(e.getMessage().contains("end tag </R> does not match <K>"), e.getMessage());
    }

    @Test
    void aBodyCutInsideALeafIsAnErrorNotAnEmptyText() {
        assertThrows(Exception.class, () -> ours("<R><K>abc"));
        assertThrows(Exception.class, () -> ours("<R><K>abc</K"));
        assertThrows(Exception.class, () -> ours("<R><K>abc</"));
    }

    @Test
    void aBadReferenceInALeafIsRefusedAtItsByte() {
        XMLStreamException e = assertThrows(XMLStreamException.class, () -> ours("<R><K>a&nbsp;</K></R>"));
        assertTrue(e.getMessage().contains("undeclared entity &nbsp;"), e.getMessage());
    }

    @Test
    void oneElementNameInTwoStructuresReadsAsEachStructuresMember() {
        // Prefix is a member of the listing and of each CommonPrefixes entry; Key is only in Contents
        StructureShape output = listObjectsV2Output();
        String xml = "<ListBucketResult><Prefix>p/</Prefix><CommonPrefixes><Prefix>p/a/</Prefix></CommonPrefixes>"
                + "<Contents><Key>p/k</Key><Size>7</Size><LastModified>2024-01-02T03:04:05.000Z</LastModified>"
                + "</Contents><CommonPrefixes><Prefix>p/b/</Prefix></CommonPrefixes><Prefix>p/again</Prefix>"
                + "<KeyCount>1</KeyCount></ListBucketResult>";
        Map<String, Object> parsed = XmlBodyReader.INSTANCE.readBody(output, xml.getBytes(StandardCharsets.UTF_8));
        assertEquals("p/again", parsed.get("Prefix"));
        assertEquals(List.of(Map.of("Prefix", "p/a/"), Map.of("Prefix", "p/b/")), parsed.get("CommonPrefixes"));
        assertEquals(List.of(Map.of("Key", "p/k", "Size", 7L, "LastModified", Instant.parse("2024-01-02T03:04:05Z"))),
                parsed.get("Contents"));
        assertEquals(1, parsed.get("KeyCount"));
    }

    @Test
    void namesOtherThanTheOneThatFollowedLastTimeReadAsTheStaxReaderReadsThem() throws XMLStreamException {
        // the reader first tries the name that followed the previous start tag last time; names that extend it,
        // shorten it or share its start must still be read whole, with attributes, spaces and empty tags
        String[] names = {"K", "Ke", "Key", "KeyCount", "Key-1", "Key.x", "KeyCountLonger", "Size", "S"};
        java.util.Random random = new java.util.Random(7);
        for (int doc = 0; doc < 2000; doc++) {
            StringBuilder xml = new StringBuilder("<R>");
            int children = 1 + random.nextInt(12);
            for (int c = 0; c < children; c++) {
                String name = names[random.nextInt(names.length)];
                String open = switch (random.nextInt(4)) {
                    case 0 -> name + " a=\"1\"";
                    case 1 -> name + " ";
                    default -> name;
                };
                if (random.nextInt(6) == 0) {
                    xml.append('<').append(open).append("/>");
                } else {
                    xml.append('<').append(open).append('>').append("v").append(c).append("</").append(name)
                            .append('>');
                }
            }
            String body = xml.append("</R>").toString();
            assertEquals(jdks(body), ours(body), body);
        }
    }

    @Test
    void numbersBooleansAndDatesInEveryFormReadAsTheirText() {
        StructureShape output = listObjectsV2Output();
        // plain leaves are converted from their bytes; spaces, references, comments and other date forms are not
        String plain = "<ListBucketResult><KeyCount>2</KeyCount><IsTruncated>false</IsTruncated>"
                + "<Contents><Size>1024</Size><LastModified>2024-01-02T03:04:05.250Z</LastModified></Contents>"
                + "</ListBucketResult>";
        String other = "<ListBucketResult><KeyCount> 2 </KeyCount><IsTruncated>FALSE<!--c--></IsTruncated>"
                + "<Contents><Size>&#49;024</Size><LastModified>2024-01-02T05:04:05.250+02:00</LastModified>"
                + "</Contents></ListBucketResult>";
        for (String xml : List.of(plain, other)) {
            Map<String, Object> parsed = XmlBodyReader.INSTANCE.readBody(output, xml.getBytes(StandardCharsets.UTF_8));
            assertEquals(2, parsed.get("KeyCount"), xml);
            assertEquals(false, parsed.get("IsTruncated"), xml);
            assertEquals(List.of(Map.of("Size", 1024L, "LastModified", Instant.parse("2024-01-02T03:04:05.250Z"))),
                    parsed.get("Contents"), xml);
        }
        Exception e = assertThrows(Exception.class, () -> XmlBodyReader.INSTANCE.readBody(output,
                "<ListBucketResult><KeyCount>3000000000</KeyCount></ListBucketResult>".getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.getMessage().contains("invalid integer '3000000000'"), e.getMessage());
    }
}
