package io.boto4j.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventsTest {

    @Test
    void namesAreBotocoresDottedNamesOfFamilyServiceAndOperation() {
        assertEquals("before-call.s3.PutObject", Events.beforeCall("s3", "PutObject"));
        assertEquals("after-call.sqs", Events.afterCall("sqs"));
        assertEquals("before-parse", Events.beforeParse());
        assertEquals("before-endpoint-resolution.s3", Events.beforeEndpointResolution("s3"));
        assertEquals("creating-client-class.cloudwatch-logs", Events.creatingClientClass("cloudwatch-logs"));
        assertEquals("before-call.*.PutObject", Events.beforeCall(Events.ANY, "PutObject"));
        assertEquals("generate-db-auth-token.rds", Events.name("generate-db-auth-token", "rds"));
    }

    @Test
    void everyFamilyOfTheCallHasItsBotocoreSpelling() {
        List<String> families = List.of(Events.provideClientParams("s", "O"), Events.beforeParameterBuild("s", "O"),
                Events.beforeCall("s", "O"), Events.requestCreated("s", "O"), Events.chooseSigner("s", "O"),
                Events.beforeSign("s", "O"), Events.beforeSend("s", "O"), Events.beforeParse("s", "O"),
                Events.needsRetry("s", "O"), Events.responseReceived("s", "O"), Events.afterCall("s", "O"),
                Events.afterCallError("s", "O"));
        assertEquals(List.of("provide-client-params.s.O", "before-parameter-build.s.O", "before-call.s.O",
                "request-created.s.O", "choose-signer.s.O", "before-sign.s.O", "before-send.s.O", "before-parse.s.O",
                "needs-retry.s.O", "response-received.s.O", "after-call.s.O", "after-call-error.s.O"), families);
        List<String> prefixes = List.of(Events.provideClientParams(), Events.beforeParameterBuild(), Events.beforeCall(),
                Events.requestCreated(), Events.chooseSigner(), Events.beforeSign(), Events.beforeSend(),
                Events.beforeParse(), Events.needsRetry(), Events.responseReceived(), Events.afterCall(),
                Events.afterCallError(), Events.beforeEndpointResolution());
        for (int i = 0; i < families.size(); i++) {
            assertTrue(families.get(i).startsWith(prefixes.get(i) + "."), families.get(i));
        }
    }

    @Test
    void aWildcardNameReachesTheEventOfEveryService() {
        EventEmitter emitter = new EventEmitter();
        List<String> seen = new ArrayList<>();
        emitter.register(Events.beforeCall(Events.ANY, "PutObject"), event -> seen.add(event.name()) ? null : null);
        emitter.emit(Events.beforeCall("s3", "PutObject"), new HashMap<>());
        emitter.emit(Events.beforeCall("s3", "GetObject"), new HashMap<>());
        emitter.emit(Events.beforeCall("other", "PutObject"), new HashMap<>());
        assertEquals(List.of("before-call.s3.PutObject", "before-call.other.PutObject"), seen);
    }

    @Test
    void aPartWithADotOrNoTextIsRefusedWithTheWayOut() {
        IllegalArgumentException dotted = assertThrows(IllegalArgumentException.class,
                () -> Events.beforeCall("s3.PutObject"));
        assertTrue(dotted.getMessage().contains("'s3.PutObject'") && dotted.getMessage().contains("Events.ANY"),
                dotted.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Events.afterCall("s3", ""));
        assertThrows(IllegalArgumentException.class, () -> Events.afterCall(null));
    }
}
