package io.boto4j.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The hierarchical event emitter, with botocore's semantics.
 *
 * <ul>
 *   <li>Names are dot-separated. Emitting {@code a.b.c} reaches handlers registered for {@code a.b.c},
 *       {@code a.b} and {@code a}, the most specific first.</li>
 *   <li>A {@code *} segment matches any one segment ({@code before-call.*.PutObject}).</li>
 *   <li>Within one name, handlers registered with {@link #registerFirst} run before those of {@link #register},
 *       which run before those of {@link #registerLast}; registration order within each section.</li>
 *   <li>A unique id makes a registration idempotent; with {@code uniqueIdUsesCount} registrations of the id
 *       are counted and only the last matching unregistration removes the handler.</li>
 * </ul>
 *
 * <p>Handlers take one of two forms, told apart by the lambda's arity: {@code event -> ...}
 * ({@link TypedEventHandler}, typed reads of an {@link Event}) or {@code (eventName, kwargs) -> ...}
 * ({@link EventHandler}, botocore's keyword arguments as a map). Both see the same event; emitting an event
 * builds nothing when no handler listens.
 *
 * <p>Thread-safe. Registrations replace an immutable trie (copy on write); emitting reads the current trie
 * through a per-name lookup cache that every change discards, so emitting a name nobody listens to costs a
 * map lookup. {@link #copy()} gives each client its own emitter that starts with the session's handlers.
 */
public final class EventEmitter {
    private static final TypedEventHandler[] NO_HANDLERS = new TypedEventHandler[0];

    private record UniqueRegistration(TypedEventHandler handler, int count, boolean counted) {
    }

    private record State(HandlerTrie trie, Map<String, UniqueRegistration> uniqueIds) {
    }

    private volatile State state;
    private volatile ConcurrentHashMap<String, TypedEventHandler[]> lookupCache = new ConcurrentHashMap<>();

    public EventEmitter() {
        this(new State(HandlerTrie.EMPTY, Map.of()));
    }

    private EventEmitter(State state) {
        this.state = state;
    }

    /** An independent emitter with the same registrations; later changes to either do not reach the other. */
    public EventEmitter copy() {
        return new EventEmitter(state);
    }

    /** Registers a one-argument handler: {@code register(Events.beforeCall("s3"), event -> null)}. */
    public void register(String eventName, TypedEventHandler handler) {
        register(eventName, handler, null, false);
    }

    /** Registers a two-argument handler: {@code register("before-call.s3", (name, kwargs) -> null)}. */
    public void register(String eventName, EventHandler handler) {
        register(eventName, (TypedEventHandler) handler, null, false);
    }

    public void register(String eventName, TypedEventHandler handler, String uniqueId) {
        register(eventName, handler, uniqueId, false);
    }

    public void register(String eventName, EventHandler handler, String uniqueId) {
        register(eventName, (TypedEventHandler) handler, uniqueId, false);
    }

    public void register(String eventName, TypedEventHandler handler, String uniqueId, boolean uniqueIdUsesCount) {
        add(eventName, handler, uniqueId, uniqueIdUsesCount, HandlerTrie.Section.MIDDLE);
    }

    public void register(String eventName, EventHandler handler, String uniqueId, boolean uniqueIdUsesCount) {
        register(eventName, (TypedEventHandler) handler, uniqueId, uniqueIdUsesCount);
    }

    public void registerFirst(String eventName, TypedEventHandler handler) {
        registerFirst(eventName, handler, null, false);
    }

    public void registerFirst(String eventName, EventHandler handler) {
        registerFirst(eventName, (TypedEventHandler) handler, null, false);
    }

    public void registerFirst(String eventName, TypedEventHandler handler, String uniqueId,
                              boolean uniqueIdUsesCount) {
        add(eventName, handler, uniqueId, uniqueIdUsesCount, HandlerTrie.Section.FIRST);
    }

    public void registerFirst(String eventName, EventHandler handler, String uniqueId, boolean uniqueIdUsesCount) {
        registerFirst(eventName, (TypedEventHandler) handler, uniqueId, uniqueIdUsesCount);
    }

    public void registerLast(String eventName, TypedEventHandler handler) {
        registerLast(eventName, handler, null, false);
    }

    public void registerLast(String eventName, EventHandler handler) {
        registerLast(eventName, (TypedEventHandler) handler, null, false);
    }

    public void registerLast(String eventName, TypedEventHandler handler, String uniqueId,
                             boolean uniqueIdUsesCount) {
        add(eventName, handler, uniqueId, uniqueIdUsesCount, HandlerTrie.Section.LAST);
    }

    public void registerLast(String eventName, EventHandler handler, String uniqueId, boolean uniqueIdUsesCount) {
        registerLast(eventName, (TypedEventHandler) handler, uniqueId, uniqueIdUsesCount);
    }

    /** Removes one registration of {@code handler} under exactly {@code eventName}; nothing if there is none. */
    public void unregister(String eventName, TypedEventHandler handler) {
        unregister(eventName, handler, null, false);
    }

    /** Removes the handler registered under {@code uniqueId} (counted ids: once the count reaches zero). */
    public void unregisterUniqueId(String eventName, String uniqueId, boolean uniqueIdUsesCount) {
        unregister(eventName, null, Objects.requireNonNull(uniqueId, "uniqueId"), uniqueIdUsesCount);
    }

    public synchronized void unregister(String eventName, TypedEventHandler handler, String uniqueId,
            boolean uniqueIdUsesCount) {
        requireName(eventName);
        State current = state;
        Map<String, UniqueRegistration> ids = current.uniqueIds;
        TypedEventHandler target = handler;
        if (uniqueId != null) {
            UniqueRegistration reg = ids.get(uniqueId);
            if (reg == null) {
                return;
            }
            checkCountMode(uniqueId, reg, uniqueIdUsesCount, "unregister");
            ids = new HashMap<>(ids);
            if (reg.counted && reg.count > 1) {
                ids.put(uniqueId, new UniqueRegistration(reg.handler, reg.count - 1, true));
                state = new State(current.trie, Map.copyOf(ids));
                return;
            }
            ids.remove(uniqueId);
            target = reg.handler;
        }
        if (target == null) {
            return;
        }
        HandlerTrie trie = current.trie.without(split(eventName), target);
        state = new State(trie, Map.copyOf(ids));
        lookupCache = new ConcurrentHashMap<>();
    }

    private synchronized void add(String eventName, TypedEventHandler handler, String uniqueId, boolean counted,
            HandlerTrie.Section section) {
        requireName(eventName);
        if (handler == null) {
            throw new NullPointerException("handler for event '" + eventName + "' is null");
        }
        State current = state;
        Map<String, UniqueRegistration> ids = current.uniqueIds;
        if (uniqueId != null) {
            UniqueRegistration reg = ids.get(uniqueId);
            if (reg != null) {
                checkCountMode(uniqueId, reg, counted, "register");
                if (reg.counted) {
                    Map<String, UniqueRegistration> copy = new HashMap<>(ids);
                    copy.put(uniqueId, new UniqueRegistration(reg.handler, reg.count + 1, true));
                    state = new State(current.trie, Map.copyOf(copy));
                }
                return;
            }
            Map<String, UniqueRegistration> copy = new HashMap<>(ids);
            copy.put(uniqueId, new UniqueRegistration(handler, 1, counted));
            ids = Map.copyOf(copy);
        }
        state = new State(current.trie.with(split(eventName), handler, section), ids);
        lookupCache = new ConcurrentHashMap<>();
    }

    private static void checkCountMode(String uniqueId, UniqueRegistration reg, boolean counted, String action) {
        if (reg.counted != counted) {
            throw new IllegalArgumentException("unique id '" + uniqueId + "' was first registered "
                    + (reg.counted ? "with" : "without") + " uniqueIdUsesCount; every " + action
                    + " of it must say the same");
        }
    }

    /** Calls every handler of {@code eventName}, most specific first, and returns their answers in call order. */
    public List<HandlerResponse> emit(String eventName, Map<String, Object> kwargs) {
        TypedEventHandler[] handlers = handlersFor(eventName);
        return handlers.length == 0 ? List.of() : callAll(handlers, Event.of(eventName, kwargs));
    }

    /** Calls every handler of the event's name, most specific first, and returns their answers in call order. */
    public List<HandlerResponse> emit(Event event) {
        TypedEventHandler[] handlers = handlersFor(event.name());
        return handlers.length == 0 ? List.of() : callAll(handlers, event);
    }

    private static List<HandlerResponse> callAll(TypedEventHandler[] handlers, Event event) {
        List<HandlerResponse> responses = new ArrayList<>(handlers.length);
        for (TypedEventHandler h : handlers) {
            responses.add(new HandlerResponse(h, h.handle(event)));
        }
        return responses;
    }

    /**
     * Calls handlers until one returns a non-null response and returns that answer; later handlers are not
     * called. When none responds the answer has a null response (and the handler of the last call, if any).
     */
    public HandlerResponse emitUntilResponse(String eventName, Map<String, Object> kwargs) {
        TypedEventHandler[] handlers = handlersFor(eventName);
        return handlers.length == 0 ? HandlerResponse.NONE : callUntilResponse(handlers, Event.of(eventName, kwargs));
    }

    /** {@link #emitUntilResponse(String, Map)} for an event built already. */
    public HandlerResponse emitUntilResponse(Event event) {
        TypedEventHandler[] handlers = handlersFor(event.name());
        return handlers.length == 0 ? HandlerResponse.NONE : callUntilResponse(handlers, event);
    }

    private static HandlerResponse callUntilResponse(TypedEventHandler[] handlers, Event event) {
        HandlerResponse last = HandlerResponse.NONE;
        for (TypedEventHandler h : handlers) {
            Object response = h.handle(event);
            last = new HandlerResponse(h, response);
            if (response != null) {
                return last;
            }
        }
        return last;
    }

    /** Whether emitting {@code eventName} would call any handler; lets callers skip building arguments. */
    public boolean hasHandlers(String eventName) {
        return handlersFor(eventName).length > 0;
    }

    private TypedEventHandler[] handlersFor(String eventName) {
        ConcurrentHashMap<String, TypedEventHandler[]> cache = lookupCache;
        TypedEventHandler[] handlers = cache.get(eventName);
        if (handlers == null) {
            // read the state after the cache: a concurrent change replaces the cache after the state, so a
            // stale lookup can only land in a cache that is already discarded
            TypedEventHandler[] found = state.trie.lookup(split(eventName));
            handlers = found.length == 0 ? NO_HANDLERS : found;
            cache.put(eventName, handlers);
        }
        return handlers;
    }

    private static void requireName(String eventName) {
        if (eventName == null || eventName.isEmpty()) {
            throw new IllegalArgumentException("event name must be a non-empty dotted name, got '"
                    + eventName + "'");
        }
    }

    private static String[] split(String eventName) {
        // dotted names are short; a manual split avoids String.split's regex path for names with many parts
        List<String> parts = new ArrayList<>(4);
        int start = 0;
        for (int i = 0; i < eventName.length(); i++) {
            if (eventName.charAt(i) == '.') {
                parts.add(eventName.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(eventName.substring(start));
        return parts.toArray(new String[0]);
    }

    @Override
    public String toString() {
        return "EventEmitter[" + state.uniqueIds.size() + " unique ids]";
    }
}
