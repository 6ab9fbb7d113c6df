package io.boto4j.internal.protocol;

import io.boto4j.testsupport.JacksonTrees;
import io.boto4j.internal.json.JsonTrees;
import io.boto4j.internal.json.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.cbor.CBORFactory;
import io.boto4j.internal.json.Json;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/** Body comparison per protocol, as the corpus README prescribes: structural for JSON, XML and CBOR. */
final class RequestComparison {
    private static final ObjectMapper CBOR = new ObjectMapper(new CBORFactory());

    private RequestComparison() {
    }

    /** Null when equal, else a description of the difference. */
    static String compareBody(String protocol, String expected, byte[] actualBytes) {
        String actual = new String(actualBytes, StandardCharsets.UTF_8);
        switch (protocol) {
            case "json", "rest-json" -> {
                JsonNode e = parseJson(expected);
                JsonNode a = parseJson(actual);
                if (e != null && a != null) {
                    return numericEquals(e, a) ? null : "JSON body differs:\n expected " + e + "\n actual   " + a;
                }
                return expected.equals(actual) ? null : "body differs:\n expected " + expected + "\n actual   " + actual;
            }
            case "rest-xml" -> {
                String e = canonicalXml(expected);
                String a = canonicalXml(actual);
                if (e != null && a != null) {
                    return e.equals(a) ? null : "XML body differs:\n expected " + e + "\n actual   " + a;
                }
                return expected.equals(actual) ? null : "body differs:\n expected " + expected + "\n actual   " + actual;
            }
            case "smithy-rpc-v2-cbor" -> {
                JsonNode e = expected.isEmpty() ? null : cbor(java.util.Base64.getDecoder().decode(expected));
                JsonNode a = actualBytes.length == 0 ? null : cbor(actualBytes);
                if (e == null || a == null) {
                    return e == a ? null : "CBOR body differs: expected " + e + ", actual " + a;
                }
                return numericEquals(e, a) ? null : "CBOR body differs:\n expected " + e + "\n actual   " + a;
            }
            default -> {
                return expected.equals(actual) ? null : "body differs:\n expected " + expected + "\n actual   " + actual;
            }
        }
    }

    static JsonNode cbor(byte[] bytes) {
        try {
            return JacksonTrees.of(CBOR.readTree(bytes));
        } catch (Exception e) {
            throw new AssertionError("not CBOR: " + e.getMessage(), e);
        }
    }

    static JsonNode parseJson(String s) {
        if (s.isBlank()) {
            return null;
        }
        try {
            return JsonTrees.read(s);
        } catch (Exception e) {
            return null;
        }
    }

    /** Equal trees where numbers compare exactly by value (1 == 1.0); a CBOR float32 compares as a float32. */
    static boolean numericEquals(JsonNode e, JsonNode a) {
        if (e.isNumber() && a.isNumber()) {
            if (e.numberValue() instanceof Float || a.numberValue() instanceof Float) {
                // a CBOR float32 on either side: equal when both are the same float32
                return Float.compare((float) e.doubleValue(), (float) a.doubleValue()) == 0;
            }
            if (!Double.isFinite(e.doubleValue()) || !Double.isFinite(a.doubleValue())) {
                return Double.compare(e.doubleValue(), a.doubleValue()) == 0;
            }
            // integers, longs and epoch timestamps: exactly, by value (1 == 1.0)
            return e.decimalValue().compareTo(a.decimalValue()) == 0;
        }
        if (e.isObject() && a.isObject()) {
            if (e.size() != a.size()) {
                return false;
            }
            for (Map.Entry<String, JsonNode> f : e.properties()) {
                JsonNode other = a.get(f.getKey());
                if (other == null || !numericEquals(f.getValue(), other)) {
                    return false;
                }
            }
            return true;
        }
        if (e.isArray() && a.isArray()) {
            if (e.size() != a.size()) {
                return false;
            }
            for (int i = 0; i < e.size(); i++) {
                if (!numericEquals(e.get(i), a.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (e.isBinary() || a.isBinary()) {
            try {
                return java.util.Arrays.equals(e.binaryValue(), a.binaryValue());
            } catch (Exception ex) {
                return false;
            }
        }
        if (e.isNumber() || a.isNumber()) {
            // NaN and the infinities decode as doubles on one side only when one writer used a half float
            return e.asString().equals(a.asString());
        }
        return e.equals(a);
    }

    /** An XML document as a canonical string: sorted attributes, whitespace-only text dropped; null if not XML. */
    static String canonicalXml(String xml) {
        if (xml.isBlank()) {
            return null;
        }
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            Element root = b.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
            StringBuilder out = new StringBuilder();
            canonical(root, out);
            return out.toString();
        } catch (Exception e) {
            return null;
        }
    }

    private static void canonical(Element el, StringBuilder out) {
        out.append('<').append(el.getTagName());
        NamedNodeMap attrs = el.getAttributes();
        TreeMap<String, String> sorted = new TreeMap<>();
        for (int i = 0; i < attrs.getLength(); i++) {
            Attr a = (Attr) attrs.item(i);
            sorted.put(a.getName(), a.getValue());
        }
        sorted.forEach((k, v) -> out.append(' ').append(k).append("=\"").append(v).append('"'));
        out.append('>');
        List<Node> children = new ArrayList<>();
        for (Node c = el.getFirstChild(); c != null; c = c.getNextSibling()) {
            children.add(c);
        }
        for (Node c : children) {
            if (c instanceof Element ce) {
                canonical(ce, out);
            } else if (c.getNodeType() == Node.TEXT_NODE || c.getNodeType() == Node.CDATA_SECTION_NODE) {
                String text = c.getNodeValue();
                if (!text.isBlank()) {
                    out.append(text);
                }
            }
        }
        out.append("</").append(el.getTagName()).append('>');
    }
}
