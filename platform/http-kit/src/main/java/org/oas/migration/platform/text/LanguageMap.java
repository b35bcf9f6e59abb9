package org.oas.migration.platform.text;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A human-readable text in the OAS official languages: {"en": "...", "es": "..."}. Keys must be en, es, fr
 * or pt, values non-blank. A null or empty map is no text; a required text is also {@code @NotEmpty} (at least one
 * language: the document says {@code minProperties: 1}).
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = LanguageMapValidator.class)
public @interface LanguageMap {
    String message() default "must be a map of en, es, fr or pt to non-blank text";

    int maxLength() default 20_000;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
