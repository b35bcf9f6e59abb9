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
        if (map == null) {
            return true;
        }
        if (map.isEmpty()) {
            return fail(context, "must have at least one of en, es, fr, pt");
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
