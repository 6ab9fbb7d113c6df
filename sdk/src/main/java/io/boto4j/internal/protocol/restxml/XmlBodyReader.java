package io.boto4j.internal.protocol.restxml;

import io.boto4j.exception.ResponseParserError;
import io.boto4j.internal.protocol.MemberMap;
import io.boto4j.model.ListShape;
import io.boto4j.model.MapShape;
import io.boto4j.model.Shape;
import io.boto4j.model.StructureShape;
import io.boto4j.internal.protocol.HttpBindings;
import io.boto4j.internal.protocol.ScalarText;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads XML bodies (rest-xml, query, ec2) with StAX, straight into boto4j values as the shapes direct: element
 * names are matched without their namespace, flattened lists and maps gather repeated elements, attributes
 * fill {@code xmlAttribute} members. Per-structure lookup tables are built once. DTDs and external entities are
 * refused.
 */
public final class XmlBodyReader {
    public static final XmlBodyReader INSTANCE = new XmlBodyReader();


    private final Map<StructureShape, Plan> plans = new ConcurrentHashMap<>();

    private enum Kind { SINGLE, FLAT_LIST, FLAT_MAP }

    /**
     * A member as its element is read; {@code scalar} (for a flattened list: {@code itemScalar}) is null unless
     * text. {@code nested} holds the plan of the structure it (or its flattened item) is, once first read: a
     * listing's thousand entries then skip the plan table.
     */
    private record Member(int index, String name, Shape shape, Kind kind, ScalarText.Kind scalar, Shape item,
            ScalarText.Kind itemScalar, Plan[] nested) {
        static Member of(int index, String name, Shape shape, Kind kind) {
            Shape item = shape instanceof ListShape l ? l.member() : null;
            return new Member(index, name, shape, kind, scalarKind(shape), item,
                    item == null ? null : scalarKind(item), new Plan[1]);
        }
    }

    private static ScalarText.Kind scalarKind(Shape shape) {
        return shape instanceof StructureShape || shape instanceof ListShape || shape instanceof MapShape
                ? null : ScalarText.kindOf(shape);
    }

    private record Attribute(int index, String name, Shape shape, String localName) {
    }

    private record Plan(String[] names, Map<String, Member> byElement, Attribute[] attributes, boolean union) {
    }

    /** A member found for an element name, remembered on the reader's name for the next element of that name. */
    private record Lookup(Plan plan, Member member) {
    }

    /** Called for a child element no member claims; returns true when it consumed the element. */
    @FunctionalInterface
    public interface ChildHandler {
        boolean handle(String localName, XMLStreamReader reader) throws XMLStreamException;
    }

    private XmlBodyReader() {
    }

    /** A reader positioned at the root element, or null when the body is empty (or only whitespace). */
    public static XMLStreamReader openAtRoot(byte[] body) throws XMLStreamException {
        if (isBlank(body)) {
            return null;
        }
        XMLStreamReader r = new ResponseXmlReader(body);
        while (r.hasNext()) {
            if (r.next() == XMLStreamConstants.START_ELEMENT) {
                return r;
            }
        }
        throw new ResponseParserError("no root element");
    }

    /** Closes a reader the caller is done with. */
    public static void release(XMLStreamReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (XMLStreamException ignored) {
                // a reader that cannot close is simply not reused
            }
        }
    }

    private static boolean isBlank(byte[] body) {
        for (byte b : body) {
            if (!Character.isWhitespace(b)) {
                return false;
            }
        }
        return true;
    }

    /** Reads a whole body as {@code shape}; an empty body gives an empty map. */
    public Map<String, Object> readBody(StructureShape shape, byte[] body) {
        try {
            XMLStreamReader r = openAtRoot(body);
            if (r == null) {
                return new LinkedHashMap<>();
            }
            try {
                return readStructure(shape, r, null);
            } finally {
                release(r);
            }
        } catch (XMLStreamException e) {
            throw new ResponseParserError("invalid XML: " + e.getMessage(), e);
        }
    }

    /** Reads the element at the reader (START_ELEMENT) as {@code shape}; the reader ends at its END_ELEMENT. */
    public Object readValue(Shape shape, XMLStreamReader r) throws XMLStreamException {
        if (shape instanceof StructureShape s) {
            return readStructure(s, r, null);
        }
        if (shape instanceof ListShape l) {
            if (l.isFlattened()) {
                List<Object> single = new ArrayList<>();
                single.add(readValue(l.member(), r));
                return single;
            }
            List<Object> out = new ArrayList<>();
            Shape member = l.member();
            if (member instanceof StructureShape s) {
                Plan plan = planOf(s);
                while (nextChild(r)) {
                    out.add(readStructure(plan, r, null));
                }
                return out;
            }
            while (nextChild(r)) {
                out.add(readValue(member, r));
            }
            return out;
        }
        if (shape instanceof MapShape m) {
            Map<String, Object> out = new LinkedHashMap<>();
            if (m.isFlattened()) {
                readEntry(m, r, out);
                return out;
            }
            while (nextChild(r)) {
                readEntry(m, r, out);
            }
            return out;
        }
        return readScalar(ScalarText.kindOf(shape), shape, r);
    }

    private static Object readScalar(ScalarText.Kind kind, Shape shape, XMLStreamReader r) throws XMLStreamException {
        if (kind != ScalarText.Kind.TEXT && r instanceof ResponseXmlReader own && own.plainLeaf()) {
            return leafValue(kind, shape, own);
        }
        return converted(kind, shape, readText(r));
    }

    /**
     * Reads the structure whose element the reader is at; {@code extra} may claim children that are not members
     * (the query protocols' ResponseMetadata).
     */
    public Map<String, Object> readStructure(StructureShape shape, XMLStreamReader r, ChildHandler extra)
            throws XMLStreamException {
        return readStructure(planOf(shape), r, extra);
    }

    private Plan planOf(StructureShape shape) {
        Plan p = plans.get(shape);
        if (p == null) { // get-then-put: a computeIfAbsent method reference spins a class on a fresh JVM
            p = plan(shape);
            Plan raced = plans.putIfAbsent(shape, p);
            if (raced != null) {
                p = raced;
            }
        }
        return p;
    }

    /** The plan of the structure {@code m} holds (or, flattened, repeats), remembered on the member. */
    private Plan planOf(Member m, StructureShape shape) {
        Plan plan = m.nested[0];
        if (plan == null) {
            plan = planOf(shape); // a race only computes the same plan twice; its fields are final
            m.nested[0] = plan;
        }
        return plan;
    }

    private Map<String, Object> readStructure(Plan plan, XMLStreamReader r, ChildHandler extra)
            throws XMLStreamException {
        Object[] values = new Object[plan.names.length];
        for (Attribute a : plan.attributes) {
            String v = attribute(r, a.localName, a.name);
            if (v != null) {
                values[a.index] = ScalarText.convert(a.shape, v);
            }
        }
        String unknown = null;
        ResponseXmlReader own = r instanceof ResponseXmlReader o ? o : null;
        while (true) {
            if (own != null && own.peekLeaf() instanceof Lookup seen && seen.plan == plan
                    && tookLeaf(seen.member, values, own)) {
                continue;
            }
            if (!nextChild(r)) {
                break;
            }
            String local = r.getLocalName();
            Member m = member(plan, local, r);
            if (m == null) {
                if (extra != null && extra.handle(local, r)) {
                    continue;
                }
                if (unknown == null) {
                    unknown = local;
                }
                skipElement(r);
                continue;
            }
            switch (m.kind) {
                case SINGLE -> values[m.index] = m.scalar != null ? readScalar(m.scalar, m.shape, r)
                        : m.shape instanceof StructureShape s ? readStructure(planOf(m, s), r, null)
                        : readValue(m.shape, r);
                case FLAT_LIST -> flatList(values, m.index).add(m.itemScalar != null
                        ? readScalar(m.itemScalar, m.item, r)
                        : m.item instanceof StructureShape s ? readStructure(planOf(m, s), r, null)
                        : readValue(m.item, r));
                case FLAT_MAP -> {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> map = (Map<String, Object>) values[m.index];
                    if (map == null) {
                        map = new LinkedHashMap<>();
                        values[m.index] = map;
                    }
                    readEntry((MapShape) m.shape, r, map);
                }
            }
        }
        Map<String, Object> out;
        if (values.length <= MemberMap.MAX_MEMBERS && values.length > 0) {
            // the present members, moved to the front of the array the map then keeps
            String[] keys = new String[values.length];
            int present = 0;
            for (int i = 0; i < values.length; i++) {
                Object v = values[i];
                if (v != null) {
                    values[i] = null;
                    keys[present] = plan.names[i];
                    values[present++] = v;
                }
            }
            out = MemberMap.adopt(keys, values, present);
        } else {
            out = new LinkedHashMap<>();
            for (int i = 0; i < values.length; i++) {
                if (values[i] != null) {
                    out.put(plan.names[i], values[i]);
                }
            }
        }
        if (plan.union && out.isEmpty() && unknown != null) {
            Map<String, Object> tag = new LinkedHashMap<>();
            tag.put("name", unknown);
            out.put("SDK_UNKNOWN_MEMBER", tag);
        }
        return out;
    }

    /** Reads the leaf {@code own} peeked at when {@code m} is a scalar member (or a flattened list of scalars). */
    private static boolean tookLeaf(Member m, Object[] values, ResponseXmlReader own) {
        if (m == null) {
            return false;
        }
        if (m.kind == Kind.SINGLE && m.scalar != null) {
            own.takeLeaf();
            values[m.index] = leafValue(m.scalar, m.shape, own);
            return true;
        }
        if (m.kind == Kind.FLAT_LIST && m.itemScalar != null) {
            own.takeLeaf();
            flatList(values, m.index).add(leafValue(m.itemScalar, m.item, own));
            return true;
        }
        return false;
    }

    /** The list a flattened member's repeated elements gather into, made at its first element. */
    private static List<Object> flatList(Object[] values, int index) {
        @SuppressWarnings("unchecked")
        List<Object> list = (List<Object>) values[index];
        if (list == null) {
            list = new ArrayList<>();
            values[index] = list;
        }
        return list;
    }

    /** The value of the plain run the reader's last leaf held ({@code leafFrom()} to {@code leafTo()}). */
    private static Object leafValue(ScalarText.Kind kind, Shape shape, ResponseXmlReader own) {
        byte[] in = own.bytes();
        int from = own.leafFrom();
        int to = own.leafTo();
        if (kind != ScalarText.Kind.TEXT) {
            Object plain = ScalarText.convertPlain(kind, in, from, to);
            if (plain != null) {
                return plain;
            }
        }
        return converted(kind, shape, new String(in, from, to - from, StandardCharsets.UTF_8));
    }

    private static Object converted(ScalarText.Kind kind, Shape shape, String text) {
        try {
            return ScalarText.convert(kind, text);
        } catch (RuntimeException e) {
            throw new ResponseParserError("invalid " + shape.type() + " '" + text + "' for shape " + shape.name(), e);
        }
    }

    private void readEntry(MapShape m, XMLStreamReader r, Map<String, Object> into) throws XMLStreamException {
        String keyName = m.key().locationName() != null ? m.key().locationName() : "key";
        String valueName = m.value().locationName() != null ? m.value().locationName() : "value";
        Object key = null;
        Object value = null;
        while (nextChild(r)) {
            String local = r.getLocalName();
            if (local.equals(keyName)) {
                key = readValue(m.key(), r);
            } else if (local.equals(valueName)) {
                value = readValue(m.value(), r);
            } else {
                throw new ResponseParserError("Unknown tag: " + local + " in map " + m.name());
            }
        }
        if (key != null) {
            into.put(key.toString(), value);
        }
    }

    private static Plan plan(StructureShape shape) {
        Map<String, Shape> members = shape.members();
        String[] names = new String[members.size()];
        Map<String, Member> byElement = new HashMap<>();
        List<Attribute> attributes = new ArrayList<>();
        int i = 0;
        for (Map.Entry<String, Shape> e : members.entrySet()) {
            String name = e.getKey();
            Shape ms = e.getValue();
            names[i] = name;
            if (HttpBindings.isBound(ms) || ms.isEventHeader()) {
                i++;
                continue;
            }
            String locationName = ms.locationName();
            if (ms.isXmlAttribute()) {
                String n = locationName != null ? locationName : name;
                int colon = n.indexOf(':');
                attributes.add(new Attribute(i, n, ms, colon >= 0 ? n.substring(colon + 1) : n));
                i++;
                continue;
            }
            if (ms instanceof StructureShape && locationName != null
                    && locationName.equals(ms.serviceModel().shape(ms.name()).locationName())) {
                // a structure's own xmlName names it only as a document root, not as a member
                locationName = null;
            }
            String element = locationName != null ? locationName : name;
            Kind kind = Kind.SINGLE;
            if (ms instanceof ListShape l && l.isFlattened()) {
                kind = Kind.FLAT_LIST;
                String itemName = l.member().locationName();
                if (itemName != null) {
                    // botocore names flattened items after the list member; Smithy after the structure member
                    byElement.putIfAbsent(itemName, Member.of(i, name, ms, kind));
                }
            } else if (ms instanceof MapShape m && m.isFlattened()) {
                kind = Kind.FLAT_MAP;
            }
            byElement.put(element, Member.of(i, name, ms, kind));
            i++;
        }
        return new Plan(names, byElement, attributes.toArray(new Attribute[0]), shape.isUnion());
    }

    /**
     * The member an element stands for, or null. The response reader hands out one String per distinct name,
     * never the model's instance, so a HashMap probe ends in a full String.equals; a listing repeats the same few
     * names a thousand times, so the answer is kept on the reader's name (per response, so never stale).
     */
    private static Member member(Plan plan, String local, XMLStreamReader r) {
        if (!(r instanceof ResponseXmlReader own)) {
            return plan.byElement.get(local);
        }
        if (own.nameTag() instanceof Lookup seen && seen.plan == plan) {
            return seen.member;
        }
        Member m = plan.byElement.get(local);
        own.tagName(new Lookup(plan, m));
        return m;
    }

    private static String attribute(XMLStreamReader r, String localName, String fullName) {
        boolean prefixed = fullName.indexOf(':') >= 0;
        for (int k = 0; k < r.getAttributeCount(); k++) {
            if (!localName.equals(r.getAttributeLocalName(k))) {
                continue;
            }
            String ns = r.getAttributeNamespace(k);
            if (prefixed || ns == null || ns.isEmpty()) {
                return r.getAttributeValue(k);
            }
        }
        return null;
    }

    /** Advances to the next child element (true) or to the current element's end (false). */
    public static boolean nextChild(XMLStreamReader r) throws XMLStreamException {
        while (true) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                return true;
            }
            if (ev == XMLStreamConstants.END_ELEMENT) {
                return false;
            }
            if (ev == XMLStreamConstants.END_DOCUMENT) {
                throw new ResponseParserError("XML ended inside an element");
            }
        }
    }

    /** The element's own text (children skipped); the reader ends at its END_ELEMENT. */
    public static String readText(XMLStreamReader r) throws XMLStreamException {
        if (r instanceof ResponseXmlReader own) {
            String leaf = own.leafText();
            if (leaf != null) {
                return leaf;
            }
        }
        String first = null;
        StringBuilder more = null;
        while (true) {
            int ev = r.next();
            switch (ev) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE,
                     XMLStreamConstants.ENTITY_REFERENCE -> {
                    String t = r.getText();
                    if (first == null) {
                        first = t;
                    } else {
                        if (more == null) {
                            more = new StringBuilder(first);
                        }
                        more.append(t);
                    }
                }
                case XMLStreamConstants.START_ELEMENT -> skipElement(r);
                case XMLStreamConstants.END_ELEMENT -> {
                    return more != null ? more.toString() : first == null ? "" : first;
                }
                case XMLStreamConstants.END_DOCUMENT -> throw new ResponseParserError("XML ended inside an element");
                default -> {
                    // comments and processing instructions carry no data
                }
            }
        }
    }

    /** Skips the element the reader is at, children included. */
    public static void skipElement(XMLStreamReader r) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (ev == XMLStreamConstants.END_DOCUMENT) {
                throw new ResponseParserError("XML ended inside an element");
            }
        }
    }

    /**
     * The element as botocore's error parser sees it: its text when it has no child elements, else a map of
     * child names to their values (nested the same way).
     */
    public static Object readUntyped(XMLStreamReader r) throws XMLStreamException {
        Map<String, Object> children = null;
        StringBuilder text = new StringBuilder();
        while (true) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                if (children == null) {
                    children = new LinkedHashMap<>();
                }
                String name = r.getLocalName();
                children.put(name, readUntyped(r));
            } else if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA
                    || ev == XMLStreamConstants.SPACE) {
                if (children == null) {
                    text.append(r.getText());
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                return children != null ? children : text.toString();
            } else if (ev == XMLStreamConstants.END_DOCUMENT) {
                throw new ResponseParserError("XML ended inside an element");
            }
        }
    }

    /** The root's children read with {@link #readUntyped}, plus the root's local name under {@code rootName}. */
    public static Map<String, Object> readUntypedRoot(byte[] body, String[] rootName) throws XMLStreamException {
        XMLStreamReader r = openAtRoot(body);
        if (r == null) {
            throw new ResponseParserError("empty body");
        }
        rootName[0] = r.getLocalName();
        Object v = readUntyped(r);
        @SuppressWarnings("unchecked")
        Map<String, Object> m = v instanceof Map<?, ?> ? (Map<String, Object>) v : new LinkedHashMap<>();
        return m;
    }
}
