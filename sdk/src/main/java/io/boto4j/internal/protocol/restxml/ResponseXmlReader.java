package io.boto4j.internal.protocol.restxml;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.namespace.NamespaceContext;
import javax.xml.namespace.QName;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A small pull parser for the XML AWS services answer with: UTF-8, elements, attributes, namespaces, text,
 * CDATA, comments, processing instructions, and the predefined and numeric character references. Text is
 * coalesced into one CHARACTERS event per run. DTDs are refused (no entity can be declared or expanded).
 *
 * <p>Why not the JDK's StAX reader: building one costs tens of kilobytes of buffers and more CPU than
 * parsing a typical response; this reader works directly on the response bytes. Only the part of
 * {@link XMLStreamReader} the protocol parsers use is implemented.
 */
final class ResponseXmlReader implements XMLStreamReader {
    private final byte[] in;
    private int pos;
    private int event = START_DOCUMENT;
    private String localName;
    private String text;
    private final List<String> attrNames = new ArrayList<>(4);
    private final List<String> attrPrefixes = new ArrayList<>(4);
    private final List<String> attrValues = new ArrayList<>(4);
    // the open elements as parallel stacks (qualified name, local name, name bytes, declared namespaces): a tag
    // pushes or pops four slots and no list bookkeeping
    private String[] openElements = new String[16];
    private String[] openLocals = new String[16];
    private byte[][] openNameBytes = new byte[16][];
    @SuppressWarnings("unchecked")
    private Map<String, String>[] namespaces = new Map[16];
    private int depth;
    private boolean emptyElementPending;
    // element names repeat thousands of times in a listing: one String per distinct name, not per tag
    private final String[] names = new String[256];
    private final String[] localNames = new String[256];
    private final byte[][] nameBytes = new byte[256][];
    // what the body reader attached to each name (see nameTag), and the slot of the element started last
    private final Object[] nameTags = new Object[256];
    // for each slot, the slot of the element name that followed it last time (see predictedName)
    private final short[] follows = new short[256];
    private int lastSlot;
    private int elementSlot;
    private String elementName;
    /** The bytes and local part of the name {@link #name()} returned last. */
    private byte[] lastNameBytes;
    private String lastLocalName;

    ResponseXmlReader(byte[] body) {
        this.in = body;
    }

    @Override
    public int next() throws XMLStreamException {
        if (emptyElementPending) {
            emptyElementPending = false;
            pop();
            return event = END_ELEMENT;
        }
        while (true) {
            if (pos >= in.length) {
                if (event == END_DOCUMENT) {
                    throw new XMLStreamException("no more events: the document has ended");
                }
                return event = END_DOCUMENT;
            }
            if (in[pos] != '<') {
                return readText();
            }
            // one look at the byte after '<' tells tags from the rarer markup
            byte kind = pos + 1 < in.length ? in[pos + 1] : 0;
            if (kind == '/') {
                return readEndTag();
            } else if (kind != '?' && kind != '!') {
                return readStartTag();
            } else if (kind == '?') {
                skipPast("?>", "processing instruction");
            } else if (startsWith("<!--")) {
                skipPast("-->", "comment");
            } else if (startsWith("<![CDATA[")) {
                return readText();
            } else {
                throw error("DTDs and declarations are not accepted");
            }
        }
    }

    private int readText() throws XMLStreamException {
        text = scanText();
        if (depth == 0) {
            if (!text.isBlank()) {
                throw error("text outside the root element");
            }
            return next();
        }
        return event = CHARACTERS;
    }

    /** The text (references decoded, CDATA and comments joined) from {@code pos} up to the next tag. */
    private String scanText() throws XMLStreamException {
        boolean decoded = false;
        int runStart = pos;
        byte[] in = this.in;
        while (true) {
            int p = textEnd(pos);
            pos = p;
            if (p >= in.length) {
                break;
            }
            if (in[p] == '<') {
                if (pos + 1 >= in.length || in[pos + 1] != '!') {
                    break; // a tag ends the text
                }
                if (startsWith("<![CDATA[")) {
                    decoded = flush(decoded, runStart);
                    int start = pos + 9;
                    int end = indexOf("]]>", start);
                    if (end < 0) {
                        throw error("unterminated CDATA section");
                    }
                    append(start, end);
                    pos = end + 3;
                    runStart = pos;
                    continue;
                }
                if (startsWith("<!--")) {
                    decoded = flush(decoded, runStart);
                    skipPast("-->", "comment");
                    runStart = pos;
                    continue;
                }
                break;
            }
            decoded = flush(decoded, runStart);
            pos = reference(pos);
            runStart = pos;
        }
        if (!decoded) {
            return new String(in, runStart, pos - runStart, StandardCharsets.UTF_8);
        }
        flush(true, runStart);
        return new String(scratch, 0, scratchLength, StandardCharsets.UTF_8);
    }

    /**
     * The text of the element just started, when nothing but text (references, CDATA and comments included)
     * comes before its end tag: the reader is then at that END_ELEMENT. Otherwise null, with the reader where it
     * was. A listing's scalar members are read this way without a CHARACTERS event between their tags.
     */
    String leafText() throws XMLStreamException {
        if (event != START_ELEMENT) {
            return null;
        }
        if (emptyElementPending) {
            next();
            return "";
        }
        int start = pos;
        String t = pos < in.length && in[pos] == '<' && (pos + 1 >= in.length || in[pos + 1] != '!') ? "" : scanText();
        if (closesLeafAt(pos)) {
            return t;
        }
        pos = start;
        return null;
    }

    /** When the open element's end tag starts at {@code p}: moves past it to that END_ELEMENT and returns true. */
    private boolean closesLeafAt(int p) {
        byte[] open = openNameBytes[depth - 1];
        int end = p + 2 + open.length;
        if (end < in.length && in[p + 1] == '/' && in[end] == '>' && same(open, p + 2, end)) {
            pos = end + 1;
            pop();
            event = END_ELEMENT;
            return true;
        }
        return false;
    }

    /**
     * For callers that convert a leaf's text themselves: true when the element just started holds one run of
     * text with no reference, CDATA section or comment; the reader is then at its END_ELEMENT and the run is
     * {@code bytes()[leafFrom(), leafTo())}. Otherwise false, with the reader where it was. A listing's sizes and
     * dates become numbers and instants this way without a String each.
     */
    boolean plainLeaf() {
        if (event != START_ELEMENT || emptyElementPending) {
            return false;
        }
        int from = pos;
        int p = textEnd(pos);
        if (p >= in.length || in[p] != '<' || !closesLeafAt(p)) {
            return false;
        }
        leafFrom = from;
        leafTo = p;
        return true;
    }

    private int leafFrom;
    private int leafTo;

    // the leaf peekLeaf found: its name's slot (-1: none) and where its end tag ends
    private int peekSlot = -1;
    private int peekEnd;

    /**
     * For a structure reader going through an item's children: when the next markup (after white space) is a
     * start tag, without attributes, of the name that followed the current element's last time, and the element
     * holds one plain run of text and then its end tag, the run is {@code bytes()[leafFrom(), leafTo())} and
     * this returns what the caller attached to that name ({@link #tagName}); the reader has not moved, and
     * {@link #takeLeaf} moves past the element. Otherwise null. A listing's members then cost one comparison for
     * the start tag and one for the end tag, without the events between them.
     */
    Object peekLeaf() {
        peekSlot = -1;
        if (emptyElementPending) {
            return null;
        }
        byte[] in = this.in;
        int p = pos;
        while (p < in.length && in[p] <= ' ' && (in[p] == ' ' || in[p] == '\n' || in[p] == '\r' || in[p] == '\t')) {
            p++;
        }
        if (p + 1 >= in.length || in[p] != '<') {
            return null;
        }
        int slot = follows[elementSlot];
        Object tag = nameTags[slot];
        if (tag == null) {
            return null;
        }
        byte[] name = nameBytes[slot];
        int nameEnd = p + 1 + name.length;
        if (nameEnd >= in.length || in[nameEnd] != '>' || !same(name, p + 1, nameEnd)) {
            return null;
        }
        int textStart = nameEnd + 1;
        int textStop = textEnd(textStart);
        int close = textStop + 2 + name.length;
        if (close >= in.length || in[textStop] != '<' || in[textStop + 1] != '/' || in[close] != '>'
                || !same(name, textStop + 2, close)) {
            return null;
        }
        peekSlot = slot;
        leafFrom = textStart;
        leafTo = textStop;
        peekEnd = close + 1;
        return tag;
    }

    /** Moves past the element {@link #peekLeaf} found, to its END_ELEMENT, as next() and leafText() would. */
    void takeLeaf() {
        int slot = peekSlot;
        peekSlot = -1;
        pos = peekEnd;
        // what readStartTag sets for later tags' prediction and naming; the attribute lists are not read at an
        // END_ELEMENT and the next start tag clears them
        elementSlot = slot;
        elementName = names[slot];
        localName = localNames[slot];
        event = END_ELEMENT;
    }

    byte[] bytes() {
        return in;
    }

    int leafFrom() {
        return leafFrom;
    }

    int leafTo() {
        return leafTo;
    }

    /*
     * Text with references or CDATA is gathered as UTF-8 bytes in one reused buffer and decoded once: an ETag
     * between its &quot; pair costs one String, not three and a builder.
     */
    private byte[] scratch = new byte[128];
    private int scratchLength;

    /** Appends the run before {@code pos} to the scratch buffer (emptied first when {@code started} is false). */
    private boolean flush(boolean started, int runStart) {
        if (!started) {
            scratchLength = 0;
        }
        append(runStart, pos);
        return true;
    }

    private void append(int from, int to) {
        int n = to - from;
        ensure(n);
        System.arraycopy(in, from, scratch, scratchLength, n);
        scratchLength += n;
    }

    private void appendByte(int b) {
        ensure(1);
        scratch[scratchLength++] = (byte) b;
    }

    private void ensure(int more) {
        if (scratchLength + more > scratch.length) {
            scratch = Arrays.copyOf(scratch, Math.max(scratch.length * 2, scratchLength + more));
        }
    }

    /** Appends the character reference at {@code at} to the scratch buffer; returns the position after it. */
    private int reference(int at) throws XMLStreamException {
        int semi = -1;
        for (int i = at + 1; i < in.length && i < at + 12; i++) {
            if (in[i] == ';') {
                semi = i;
                break;
            }
        }
        if (semi < 0) {
            throw error("unterminated character reference");
        }
        // the five predefined entities by their bytes: an ETag's &quot; pair is in every listing entry
        int len = semi - at - 1;
        byte c0 = in[at + 1];
        if (len == 4 && c0 == 'q' && in[at + 2] == 'u' && in[at + 3] == 'o' && in[at + 4] == 't') {
            appendByte('"');
        } else if (len == 3 && c0 == 'a' && in[at + 2] == 'm' && in[at + 3] == 'p') {
            appendByte('&');
        } else if (len == 2 && in[at + 2] == 't' && (c0 == 'l' || c0 == 'g')) {
            appendByte(c0 == 'l' ? '<' : '>');
        } else if (len == 4 && c0 == 'a' && in[at + 2] == 'p' && in[at + 3] == 'o' && in[at + 4] == 's') {
            appendByte('\'');
        } else {
            String name = new String(in, at + 1, len, StandardCharsets.US_ASCII);
            if (!name.startsWith("#")) {
                throw error("undeclared entity &" + name + ";");
            }
            int cp;
            try {
                cp = name.startsWith("#x") ? Integer.parseInt(name.substring(2), 16)
                        : Integer.parseInt(name.substring(1));
            } catch (IllegalArgumentException e) {
                throw error("invalid character reference &" + name + ";");
            }
            if (cp < 0 || cp > Character.MAX_CODE_POINT) {
                throw error("invalid character reference &" + name + ";");
            }
            byte[] utf8 = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
            ensure(utf8.length);
            System.arraycopy(utf8, 0, scratch, scratchLength, utf8.length);
            scratchLength += utf8.length;
        }
        return semi + 1;
    }

    private int readStartTag() throws XMLStreamException {
        pos++;
        int previous = elementSlot;
        String qname = predictedName(follows[previous]);
        if (qname == null) {
            qname = name();
            follows[previous] = (short) lastSlot;
        }
        byte[] qnameBytes = lastNameBytes;
        String localOfName = lastLocalName;
        elementSlot = lastSlot;
        elementName = qname;
        if (!attrNames.isEmpty()) {
            attrNames.clear();
            attrPrefixes.clear();
            attrValues.clear();
        }
        if (pos < in.length && in[pos] == '>') {
            // the tag of nearly every element in a response: a name and no attributes
            pos++;
            push(qname, localOfName, qnameBytes, Map.of());
            return event = START_ELEMENT;
        }
        Map<String, String> declared = null;
        while (true) {
            skipSpace();
            if (pos >= in.length) {
                throw error("document ends inside the start tag of <" + qname + ">");
            }
            byte b = in[pos];
            if (b == '>' || b == '/' && pos + 1 < in.length && in[pos + 1] == '>') {
                emptyElementPending = b == '/';
                pos += b == '/' ? 2 : 1;
                break;
            }
            String attr = name();
            skipSpace();
            expect('=');
            skipSpace();
            String value = quoted();
            if (attr.equals("xmlns") || attr.startsWith("xmlns:")) {
                if (declared == null) {
                    declared = new HashMap<>(4);
                }
                declared.put(attr.equals("xmlns") ? "" : attr.substring(6), value);
            } else {
                int colon = attr.indexOf(':');
                attrNames.add(colon < 0 ? attr : attr.substring(colon + 1));
                attrPrefixes.add(colon < 0 ? "" : attr.substring(0, colon));
                attrValues.add(value);
            }
        }
        push(qname, localOfName, qnameBytes, declared == null ? Map.of() : declared);
        return event = START_ELEMENT;
    }

    private int readEndTag() throws XMLStreamException {
        pos += 2;
        String open = openElementName();
        String qname;
        byte[] ob = open == null ? null : openNameBytes[depth - 1];
        int end = ob == null ? -1 : pos + ob.length;
        if (ob != null && end < in.length && same(ob, pos, end)
                && (in[end] == '>' || in[end] <= ' ')) {
            pos = end;
            qname = open;
        } else {
            qname = name();
        }
        skipSpace();
        expect('>');
        if (open == null || !open.equals(qname)) {
            throw error("end tag </" + qname + "> does not match "
                    + (open == null ? "any open element" : "<" + open + ">"));
        }
        pop();
        return event = END_ELEMENT;
    }

    /**
     * What the caller attached with {@link #tagName} to the name of the element started last (at START_ELEMENT),
     * or null: a per-response memo, dropped when the name table gives the name's slot to another name.
     */
    Object nameTag() {
        return ownsSlot() ? nameTags[elementSlot] : null;
    }

    void tagName(Object tag) {
        if (ownsSlot()) {
            nameTags[elementSlot] = tag;
        }
    }

    // an attribute name read after the element's may have taken the slot: a tag set then would pass to that name
    private boolean ownsSlot() {
        return names[elementSlot] == elementName;
    }

    private void push(String qname, String local, byte[] bytes, Map<String, String> declared) {
        if (depth == openElements.length) {
            int n = depth * 2;
            openElements = Arrays.copyOf(openElements, n);
            openLocals = Arrays.copyOf(openLocals, n);
            openNameBytes = Arrays.copyOf(openNameBytes, n);
            namespaces = Arrays.copyOf(namespaces, n);
        }
        openElements[depth] = qname;
        openLocals[depth] = local;
        openNameBytes[depth] = bytes;
        namespaces[depth] = declared;
        depth++;
        localName = local;
    }

    /** Closes the innermost element; its local name becomes the END_ELEMENT's. */
    private void pop() {
        // the slots above depth are left as they are: the reader lives for one body and never reads them
        depth--;
        localName = openLocals[depth];
    }

    /**
     * The element name in the table's {@code slot} when the input at {@code pos} is that name, then read as
     * {@link #name} reads it; else null, with nothing read. Tags follow each other in the same order item after item,
     * so the name after the previous start tag's is tried first: one comparison instead of scanning for the
     * name's end and hashing it.
     */
    private String predictedName(int slot) {
        byte[] guess = nameBytes[slot];
        if (guess == null) {
            return null;
        }
        int end = pos + guess.length;
        if (end >= in.length || !endsName(in[end]) || !same(guess, pos, end)) {
            return null;
        }
        pos = end;
        lastSlot = slot;
        lastNameBytes = guess;
        lastLocalName = localNames[slot];
        return names[slot];
    }

    private String name() throws XMLStreamException {
        int start = pos;
        int end = nameEnd(start);
        pos = end;
        if (end == start) {
            throw error("a name was expected");
        }
        int slot = slotOf(start, end);
        lastSlot = slot;
        byte[] cached = nameBytes[slot];
        if (cached != null && same(cached, start, pos)) {
            lastNameBytes = cached;
            lastLocalName = localNames[slot];
            return names[slot];
        }
        byte[] bytes = Arrays.copyOfRange(in, start, pos);
        String name = new String(bytes, StandardCharsets.UTF_8);
        String local = localOf(name);
        names[slot] = name;
        localNames[slot] = local;
        nameTags[slot] = null;
        nameBytes[slot] = bytes;
        lastNameBytes = bytes;
        lastLocalName = local;
        return name;
    }


    /** Where the name from {@code p} ends: the first white space, '>', '/' or '=' (or the end of the input). */
    private int nameEnd(int p) {
        byte[] in = this.in;
        // eight bytes per step find the first byte below '?': every terminator is one, and so are the digits and
        // '-', '.', ':' a name may hold, which are passed over one at a time
        while (p + 8 <= in.length) {
            long w = (long) LONGS.get(in, p);
            long low = (w - ONES * '?') & ~w & HIGHS;
            if (low == 0) {
                p += 8;
                continue;
            }
            p += Long.numberOfTrailingZeros(low) >>> 3;
            if (endsName(in[p])) {
                return p;
            }
            p++;
        }
        while (p < in.length && !endsName(in[p])) {
            p++;
        }
        return p;
    }

    private static boolean endsName(byte b) {
        return b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '>' || b == '/' || b == '=';
    }

    /**
     * The name table's slot for {@code in[start, end)}: the top byte (the table has 256 slots) of a hash of the
     * name's length and its first and last eight bytes, so no byte loop is needed.
     */
    private int slotOf(int start, int end) {
        int len = end - start;
        long first;
        long last = 0;
        if (len >= 8) {
            first = (long) LONGS.get(in, start);
            last = (long) LONGS.get(in, end - 8);
        } else if (start + 8 <= in.length) {
            first = (long) LONGS.get(in, start) & (1L << (len * 8)) - 1;
        } else {
            first = 0;
            for (int i = start; i < end; i++) {
                first = first << 8 | in[i] & 0xFF;
            }
        }
        long h = (first ^ Long.rotateLeft(last, 29) ^ len) * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 56);
    }

    /**
     * Whether {@code in[from, to)} holds exactly {@code name}: eight bytes at a time, then byte by byte. Names are
     * 3 to 20 bytes, too short for Arrays.equals to pay for its set-up, long enough for a byte loop to show.
     */
    private boolean same(byte[] name, int from, int to) {
        int n = name.length;
        if (to - from != n) {
            return false;
        }
        int i = 0;
        for (; i + 8 <= n; i += 8) {
            if ((long) LONGS.get(in, from + i) != (long) LONGS.get(name, i)) {
                return false;
            }
        }
        for (; i < n; i++) {
            if (in[from + i] != name[i]) {
                return false;
            }
        }
        return true;
    }

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;
    private static final long LTS = ONES * '<';
    private static final long AMPS = ONES * '&';

    /** The first index from {@code p} of a '<' or '&', or {@code in.length}. */
    private int textEnd(int p) {
        byte[] in = this.in;
        // eight bytes per step: a byte equal to '<' or '&' is a zero byte of the XOR, and the lowest flagged zero
        // byte is always a true one
        for (; p + 8 <= in.length; p += 8) {
            long w = (long) LONGS.get(in, p);
            long lt = w ^ LTS;
            long amp = w ^ AMPS;
            long hit = ((lt - ONES) & ~lt | (amp - ONES) & ~amp) & HIGHS;
            if (hit != 0) {
                return p + (Long.numberOfTrailingZeros(hit) >>> 3);
            }
        }
        while (p < in.length && in[p] != '<' && in[p] != '&') {
            p++;
        }
        return p;
    }

    private String quoted() throws XMLStreamException {
        if (pos >= in.length || in[pos] != '"' && in[pos] != '\'') {
            throw error("an attribute value in quotes was expected");
        }
        byte quote = in[pos++];
        boolean decoded = false;
        int runStart = pos;
        while (pos < in.length && in[pos] != quote) {
            if (in[pos] == '&') {
                decoded = flush(decoded, runStart);
                pos = reference(pos);
                runStart = pos;
            } else {
                pos++;
            }
        }
        if (pos >= in.length) {
            throw error("unterminated attribute value");
        }
        String value;
        if (!decoded) {
            value = new String(in, runStart, pos - runStart, StandardCharsets.UTF_8);
        } else {
            flush(true, runStart);
            value = new String(scratch, 0, scratchLength, StandardCharsets.UTF_8);
        }
        pos++;
        return value;
    }

    private void skipSpace() {
        byte[] in = this.in;
        int p = pos;
        while (p < in.length && (in[p] == ' ' || in[p] == '\t' || in[p] == '\n' || in[p] == '\r')) {
            p++;
        }
        pos = p;
    }

    private void expect(char c) throws XMLStreamException {
        if (pos >= in.length || in[pos] != c) {
            throw error("'" + c + "' was expected");
        }
        pos++;
    }

    private boolean startsWith(String s) {
        if (pos + s.length() > in.length) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (in[pos + i] != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private int indexOf(String s, int from) {
        outer:
        for (int i = from; i <= in.length - s.length(); i++) {
            for (int j = 0; j < s.length(); j++) {
                if (in[i + j] != s.charAt(j)) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private void skipPast(String terminator, String what) throws XMLStreamException {
        int end = indexOf(terminator, pos);
        if (end < 0) {
            throw error("unterminated " + what);
        }
        pos = end + terminator.length();
    }

    private static String localOf(String qname) {
        int colon = qname.indexOf(':');
        return colon < 0 ? qname : qname.substring(colon + 1);
    }

    private XMLStreamException error(String message) {
        return new XMLStreamException("malformed XML at byte " + pos + ": " + message);
    }

    private String namespaceFor(String prefix) {
        for (int i = depth - 1; i >= 0; i--) {
            String uri = namespaces[i].get(prefix);
            if (uri != null) {
                return uri;
            }
        }
        return prefix.isEmpty() ? null : prefix;
    }

    @Override
    public boolean hasNext() {
        return event != END_DOCUMENT;
    }

    @Override
    public int getEventType() {
        return event;
    }

    @Override
    public String getLocalName() {
        if (event != START_ELEMENT && event != END_ELEMENT) {
            throw new IllegalStateException("not at an element");
        }
        return localName;
    }

    @Override
    public String getText() {
        if (event != CHARACTERS) {
            throw new IllegalStateException("not at text");
        }
        return text;
    }

    @Override
    public char[] getTextCharacters() {
        return getText().toCharArray();
    }

    @Override
    public int getTextCharacters(int sourceStart, char[] target, int targetStart, int length) {
        String t = getText();
        int n = Math.min(length, t.length() - sourceStart);
        t.getChars(sourceStart, sourceStart + n, target, targetStart);
        return n;
    }

    @Override
    public int getTextStart() {
        return 0;
    }

    @Override
    public int getTextLength() {
        return getText().length();
    }

    @Override
    public boolean hasText() {
        return event == CHARACTERS;
    }

    @Override
    public int getAttributeCount() {
        return attrNames.size();
    }

    @Override
    public String getAttributeLocalName(int index) {
        return attrNames.get(index);
    }

    @Override
    public String getAttributeNamespace(int index) {
        String prefix = attrPrefixes.get(index);
        return prefix.isEmpty() ? null : namespaceFor(prefix);
    }

    @Override
    public String getAttributePrefix(int index) {
        return attrPrefixes.get(index);
    }

    @Override
    public String getAttributeValue(int index) {
        return attrValues.get(index);
    }

    @Override
    public String getAttributeValue(String namespaceUri, String name) {
        for (int i = 0; i < attrNames.size(); i++) {
            if (attrNames.get(i).equals(name)) {
                return attrValues.get(i);
            }
        }
        return null;
    }

    @Override
    public QName getAttributeName(int index) {
        String ns = getAttributeNamespace(index);
        return new QName(ns == null ? "" : ns, attrNames.get(index), attrPrefixes.get(index));
    }

    @Override
    public String getAttributeType(int index) {
        return "CDATA";
    }

    @Override
    public boolean isAttributeSpecified(int index) {
        return true;
    }

    @Override
    public String getNamespaceURI() {
        String qname = openElementName();
        int colon = qname == null ? -1 : qname.indexOf(':');
        return namespaceFor(colon < 0 ? "" : qname.substring(0, colon));
    }

    private String openElementName() {
        return depth == 0 ? null : openElements[depth - 1];
    }

    @Override
    public String getPrefix() {
        String qname = openElementName();
        int colon = qname == null ? -1 : qname.indexOf(':');
        return colon < 0 ? "" : qname.substring(0, colon);
    }

    @Override
    public QName getName() {
        String ns = getNamespaceURI();
        return new QName(ns == null ? "" : ns, getLocalName(), getPrefix());
    }

    @Override
    public boolean hasName() {
        return event == START_ELEMENT || event == END_ELEMENT;
    }

    @Override
    public boolean isStartElement() {
        return event == START_ELEMENT;
    }

    @Override
    public boolean isEndElement() {
        return event == END_ELEMENT;
    }

    @Override
    public boolean isCharacters() {
        return event == CHARACTERS;
    }

    @Override
    public boolean isWhiteSpace() {
        return event == CHARACTERS && text.isBlank();
    }

    @Override
    public String getElementText() throws XMLStreamException {
        StringBuilder sb = new StringBuilder();
        while (true) {
            int ev = next();
            if (ev == CHARACTERS) {
                sb.append(text);
            } else if (ev == END_ELEMENT) {
                return sb.toString();
            } else {
                throw new XMLStreamException("element text expected, found event " + ev);
            }
        }
    }

    @Override
    public int nextTag() throws XMLStreamException {
        while (true) {
            int ev = next();
            if (ev == START_ELEMENT || ev == END_ELEMENT) {
                return ev;
            }
            if (ev != CHARACTERS || !text.isBlank()) {
                throw new XMLStreamException("a tag was expected");
            }
        }
    }

    @Override
    public void require(int type, String namespaceURI, String localName) throws XMLStreamException {
        if (event != type || localName != null && !localName.equals(this.localName)) {
            throw new XMLStreamException("expected event " + type + " " + localName);
        }
    }

    @Override
    public Object getProperty(String name) {
        return null;
    }

    @Override
    public void close() {
        // nothing to release: the reader works on the response bytes
    }

    @Override
    public String getNamespaceURI(String prefix) {
        return namespaceFor(prefix);
    }

    @Override
    public int getNamespaceCount() {
        return depth == 0 ? 0 : namespaces[depth - 1].size();
    }

    @Override
    public String getNamespacePrefix(int index) {
        return new ArrayList<>(namespaces[depth - 1].keySet()).get(index);
    }

    @Override
    public String getNamespaceURI(int index) {
        return new ArrayList<>(namespaces[depth - 1].values()).get(index);
    }

    @Override
    public NamespaceContext getNamespaceContext() {
        throw new UnsupportedOperationException("namespace contexts are not needed by the protocol parsers");
    }

    @Override
    public Location getLocation() {
        int at = pos;
        return new Location() {
            @Override
            public int getLineNumber() {
                return -1;
            }

            @Override
            public int getColumnNumber() {
                return -1;
            }

            @Override
            public int getCharacterOffset() {
                return at;
            }

            @Override
            public String getPublicId() {
                return null;
            }

            @Override
            public String getSystemId() {
                return null;
            }
        };
    }

    @Override
    public String getVersion() {
        return "1.0";
    }

    @Override
    public boolean isStandalone() {
        return false;
    }

    @Override
    public boolean standaloneSet() {
        return false;
    }

    @Override
    public String getCharacterEncodingScheme() {
        return "UTF-8";
    }

    @Override
    public String getEncoding() {
        return "UTF-8";
    }

    @Override
    public String getPITarget() {
        return null;
    }

    @Override
    public String getPIData() {
        return null;
    }

}
