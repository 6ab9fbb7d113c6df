package io.boto4j.spring.autoconfigure.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Import;

/**
 * On a test class (or a configuration class), puts an active {@link io.boto4j.testing.Stubber} on every
 * {@link io.boto4j.client.Client} bean, so the test needs no server: queue responses through the
 * {@link Boto4jStubbers} bean; a call with nothing queued fails instead of reaching the network. Clients still
 * need a region ({@code boto4j.region}) to resolve their endpoint; credentials are not needed.
 *
 * <pre>{@code
 * @SpringBootTest(properties = "boto4j.region=eu-west-1")
 * @Boto4jStubbed
 * class OrderServiceTest {
 *     @Autowired Boto4jStubbers stubbers;
 *
 *     @Test
 *     void storesTheOrder() {
 *         stubbers.forService("dynamodb").addResponse("PutItem", Map.of());
 *         ...
 *         stubbers.assertNoPendingResponses();
 *     }
 * }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Import(Boto4jStubbedConfiguration.class)
public @interface Boto4jStubbed {
}
