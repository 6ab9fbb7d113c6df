package io.boto4j.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An immutable trie of handlers keyed by dotted event names. Changes return a new trie sharing untouched
 * branches, so emitters can read without locks while a registration is in progress.
 */
final class HandlerTrie {
    static final HandlerTrie EMPTY = new HandlerTrie(Map.of(), List.of(), List.of(), List.of());
    private static final String WILDCARD = "*";

    enum Section { FIRST, MIDDLE, LAST }

    private final Map<String, HandlerTrie> children;
    private final List<TypedEventHandler> first;
    private final List<TypedEventHandler> middle;
    private final List<TypedEventHandler> last;

    private HandlerTrie(Map<String, HandlerTrie> children, List<TypedEventHandler> first, List<TypedEventHandler> middle,
            List<TypedEventHandler> last) {
        this.children = children;
        this.first = first;
        this.middle = middle;
        this.last = last;
    }

    HandlerTrie with(String[] parts, TypedEventHandler handler, Section section) {
        return with(parts, 0, handler, section);
    }

    private HandlerTrie with(String[] parts, int index, TypedEventHandler handler, Section section) {
        if (index == parts.length) {
            return new HandlerTrie(children,
                    section == Section.FIRST ? append(first, handler) : first,
                    section == Section.MIDDLE ? append(middle, handler) : middle,
                    section == Section.LAST ? append(last, handler) : last);
        }
        HandlerTrie child = children.getOrDefault(parts[index], EMPTY);
        Map<String, HandlerTrie> newChildren = new HashMap<>(children);
        newChildren.put(parts[index], child.with(parts, index + 1, handler, section));
        return new HandlerTrie(Map.copyOf(newChildren), first, middle, last);
    }

    /** The trie without one registration of {@code handler} at exactly {@code parts}; this trie if it had none. */
    HandlerTrie without(String[] parts, TypedEventHandler handler) {
        HandlerTrie result = without(parts, 0, handler);
        return result == null ? EMPTY : result;
    }

    // null means "this node became empty and can be dropped"
    private HandlerTrie without(String[] parts, int index, TypedEventHandler handler) {
        HandlerTrie updated;
        if (index == parts.length) {
            if (first.contains(handler)) {
                updated = new HandlerTrie(children, remove(first, handler), middle, last);
            } else if (middle.contains(handler)) {
                updated = new HandlerTrie(children, first, remove(middle, handler), last);
            } else if (last.contains(handler)) {
                updated = new HandlerTrie(children, first, middle, remove(last, handler));
            } else {
                return this;
            }
        } else {
            HandlerTrie child = children.get(parts[index]);
            if (child == null) {
                return this;
            }
            HandlerTrie newChild = child.without(parts, index + 1, handler);
            if (newChild == child) {
                return this;
            }
            Map<String, HandlerTrie> newChildren = new HashMap<>(children);
            if (newChild == null) {
                newChildren.remove(parts[index]);
            } else {
                newChildren.put(parts[index], newChild);
            }
            updated = new HandlerTrie(Map.copyOf(newChildren), first, middle, last);
        }
        return updated.isEmpty() ? null : updated;
    }

    private boolean isEmpty() {
        return children.isEmpty() && first.isEmpty() && middle.isEmpty() && last.isEmpty();
    }

    /**
     * Handlers for an emitted name, most specific node first. Nodes are visited depth first, the literal child
     * before the wildcard child; the answer lists nodes in reverse visiting order, each node's handlers in
     * first/middle/last order. This is the order botocore's emitter produces, wildcard branches included.
     */
    TypedEventHandler[] lookup(String[] parts) {
        List<HandlerTrie> visited = new ArrayList<>();
        visit(this, parts, 0, visited);
        int count = 0;
        for (HandlerTrie node : visited) {
            count += node.first.size() + node.middle.size() + node.last.size();
        }
        TypedEventHandler[] out = new TypedEventHandler[count];
        int i = 0;
        for (int n = visited.size() - 1; n >= 0; n--) {
            HandlerTrie node = visited.get(n);
            for (TypedEventHandler h : node.first) {
                out[i++] = h;
            }
            for (TypedEventHandler h : node.middle) {
                out[i++] = h;
            }
            for (TypedEventHandler h : node.last) {
                out[i++] = h;
            }
        }
        return out;
    }

    private static void visit(HandlerTrie node, String[] parts, int index, List<HandlerTrie> visited) {
        visited.add(node);
        if (index == parts.length) {
            return;
        }
        HandlerTrie direct = node.children.get(parts[index]);
        if (direct != null) {
            visit(direct, parts, index + 1, visited);
        }
        HandlerTrie wildcard = node.children.get(WILDCARD);
        if (wildcard != null) {
            visit(wildcard, parts, index + 1, visited);
        }
    }

    private static List<TypedEventHandler> append(List<TypedEventHandler> list, TypedEventHandler handler) {
        List<TypedEventHandler> copy = new ArrayList<>(list.size() + 1);
        copy.addAll(list);
        copy.add(handler);
        return List.copyOf(copy);
    }

    private static List<TypedEventHandler> remove(List<TypedEventHandler> list, TypedEventHandler handler) {
        List<TypedEventHandler> copy = new ArrayList<>(list);
        copy.remove(handler);
        return List.copyOf(copy);
    }
}
