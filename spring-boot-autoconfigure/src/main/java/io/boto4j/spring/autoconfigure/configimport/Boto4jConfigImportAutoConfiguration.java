package io.boto4j.spring.autoconfigure.configimport;

import io.boto4j.spring.autoconfigure.Boto4jAutoConfiguration;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/**
 * Keeps imported secrets and parameters masked in {@code /actuator/env} and {@code /actuator/configprops}, even
 * where {@code show-values} is {@code always}: a value from an {@link ImportedPropertySource} is never shown.
 */
@AutoConfiguration(after = Boto4jAutoConfiguration.class)
@ConditionalOnClass(SanitizingFunction.class)
public final class Boto4jConfigImportAutoConfiguration {

    @Bean
    SanitizingFunction boto4jImportedValuesSanitizer() {
        return data -> data.getPropertySource() instanceof ImportedPropertySource ? data.withSanitizedValue() : data;
    }
}
