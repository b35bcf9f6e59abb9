package org.oas.migration.platform.text;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Map;
import org.oas.migration.platform.http.Languages;

public class LanguageMapValidator implements ConstraintValidator<LanguageMap, Map<String, String>> {

    private int maxLength;

    @Override
    public void initialize(LanguageMap annotation) {
        maxLength = annotation.maxLength();
    }

    @Override
    public boolean isValid(Map<String, String> map, ConstraintValidatorContext context) {
        // An empty map is no text, as a null one: a client that sends {} for a text it leaves unset (as generated
        // clients do) is not refused. A required text says so with @NotEmpty.
        if (map == null) {
            return true;
        }
        for (Map.Entry<String, String> entry : map.entrySet()) {
            if (!Languages.OFFICIAL.contains(entry.getKey())) {
                return fail(context, "unknown language '" + entry.getKey() + "'; use en, es, fr or pt");
            }
            if (entry.getValue() == null || entry.getValue().isBlank()) {
                return fail(context, "the '" + entry.getKey() + "' text must not be blank");
            }
            if (entry.getValue().length() > maxLength) {
                return fail(context, "the '" + entry.getKey() + "' text is longer than " + maxLength + " characters");
            }
        }
        return true;
    }

    private static boolean fail(ConstraintValidatorContext context, String message) {
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(message.replace("{", "\\{")).addConstraintViolation();
        return false;
    }
}
