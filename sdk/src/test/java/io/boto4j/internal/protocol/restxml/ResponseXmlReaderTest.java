package io.boto4j.internal.protocol.restxml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Test;

/** The response reader's text: references, CDATA and comments decode as the JDK's StAX reader decodes them. */
class ResponseXmlReaderTest {
    private static Object read(String xml) throws XMLStreamException {
        String[] root = new String[1];
        return XmlBodyReader.readUntypedRoot(xml.getBytes(StandardCharsets.UTF_8), root);
    }

    @Test
    void predefinedAndNumericReferencesDecodeInText() throws XMLStreamException {
        assertEquals(Map.of("ETag", "\"9b2cf535f27731c974343645a3985328\"", "T", "a<b>c&d'e\"f",
                        "N", "caf\u00e9 \ud83d\ude00 A"),
                read("<R><ETag>&quot;9b2cf535f27731c974343645a3985328&quot;</ETag>"
                        + "<T>a&lt;b&gt;c&amp;d&apos;e&quot;f</T><N>caf&#xE9; &#x1F600; &#65;</N></R>"));
    }

    @Test
    void cdataAndCommentsJoinTheTextAroundThem() throws XMLStreamException {
        assertEquals(Map.of("K", "x<&>y&z done"),
                read("<R><K>x<![CDATA[<&>]]>y<!-- not text -->&amp;z<!--c--> done</K></R>"));
    }

    @Test
    void nonAsciiTextKeepsItsCharactersNextToReferences() throws XMLStreamException {
        assertEquals(Map.of("Key", "r\u00e9sum\u00e9 & \u6587\u4ef6.txt"),
                read("<R><Key>r\u00e9sum\u00e9 &amp; \u6587\u4ef6.txt</Key></R>"));
    }

    @Test
    void referencesDecodeInAttributeValues() throws XMLStreamException {
        XMLStreamReader r = XmlBodyReader.openAtRoot(
                "<R a=\"&quot;q&quot; &amp; &#xE9;\" b='plain'/>".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("\"q\" & \u00e9", "plain"), List.of(r.getAttributeValue(0), r.getAttributeValue(1)));
    }

    @Test
    void repeatedNamesAndNestedEndTagsStillMatch() throws XMLStreamException {
        assertEquals(Map.of("C", Map.of("Key", "b", "Size", "2")),
                read("<R><C><Key>a</Key><Size>1</Size></C><C><Key>b</Key><Size>2</Size></C></R>"));
    }

    @Test
    void anEndTagThatClosesAnotherElementIsRefused() {
        XMLStreamException e = assertThrows(XMLStreamException.class, () -> read("<R><Key>a</Ke></R>"));
        assertEquals(true, e.getMessage().contains("does not match <Key>"), e.getMessage());
    }

    @Test
    void undeclaredEntitiesAndBadCharacterReferencesAreRefused() {
        assertThrows(XMLStreamException.class, () -> read("<R><K>&nbsp;</K></R>"));
        assertThrows(XMLStreamException.class, () -> read("<R><K>&#xZZ;</K></R>"));
        assertThrows(XMLStreamException.class, () -> read("<R><K>&#x110000;</K></R>"));
    }

    @Test
    void textsEndAtTheirTagAndDecodeReferencesAtEveryOffset() throws XMLStreamException {
        // the text scan reads eight bytes at a time: a '<' or '&' must be found in every lane
        for (int before = 0; before < 20; before++) {
            for (int after = 0; after < 12; after++) {
                String a = "abcdefghijklmnopqrstuvwxyz".substring(0, before);
                String b = "0123456789AB".substring(0, after);
                String xml = "<R><K>" + a + "&amp;" + b + "</K><L>" + a + "</L></R>";
                assertEquals(Map.of("K", a + "&" + b, "L", a), read(xml), xml);
            }
        }
    }

    @Test
    void namesWithDigitsDashesDotsAndPrefixesAreReadWhole() throws XMLStreamException {
        assertEquals(Map.of("a1", "1", "b-2.c", "2", "Name9x0123456789", "3", "k", "4", "Z", "5"),
                read("<R><a1>1</a1><b-2.c >2</b-2.c><Name9x0123456789>3</Name9x0123456789>"
                        + "<x:k xmlns:x=\"urn:x\">4</x:k><Z/><Z>5</Z></R>"));
    }

    @Test
    void moreDistinctNamesThanTheNameTableHoldsStillReadCorrectly() throws XMLStreamException {
        StringBuilder xml = new StringBuilder("<R>");
        java.util.Map<String, Object> expected = new java.util.HashMap<>();
        for (int i = 0; i < 600; i++) {
            String name = "Element" + i;
            xml.append('<').append(name).append('>').append(i).append("</").append(name).append('>');
            expected.put(name, Integer.toString(i));
        }
        assertEquals(expected, read(xml.append("</R>").toString()));
    }

    @Test
    void aBodyCutInsideANameIsRefused() {
        assertThrows(XMLStreamException.class, () -> read("<R><Abc"));
        assertThrows(XMLStreamException.class, () -> read("<R><ChecksumAlgorithm"));
    }

    /** The tag the reader gives for each START_ELEMENT of {@code xml}, tagging each element with its own name. */
    private static List<Object> tagsSeen(String xml) throws XMLStreamException {
        ResponseXmlReader r = new ResponseXmlReader(xml.getBytes(StandardCharsets.UTF_8));
        List<Object> seen = new java.util.ArrayList<>();
        while (r.hasNext()) {
            if (r.next() == XMLStreamReader.START_ELEMENT) {
                seen.add(r.nameTag());
                r.tagName("tag of " + r.getLocalName());
            }
        }
        return seen;
    }

    @Test
    void aNameTagStaysWithItsOwnNameWhenAnAttributeNameTakesTheNameTableSlot() throws XMLStreamException {
        int collisions = 0;
        for (int i = 0; i < 4000; i++) {
            String other = "N" + i;
            // a second <Key> keeps the first one's tag unless <N..> took the same slot of the name table
            if (tagsSeen("<R><Key/><" + other + "/><Key/></R>").get(3) == null) {
                collisions++;
                // the attribute evicts Key's slot before Key is tagged: that tag must not pass to <N..>
                List<Object> tags = tagsSeen("<R><Key " + other + "=\"1\"/><" + other + "/></R>");
                assertEquals(java.util.Arrays.asList(null, null, null), tags, other);
            }
        }
        assertEquals(true, collisions > 0, "no name of the 4,000 shared Key's slot: the case was never built");
    }
}
