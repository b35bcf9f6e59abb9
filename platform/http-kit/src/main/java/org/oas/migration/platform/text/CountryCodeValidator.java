package org.oas.migration.platform.text;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Locale;
import java.util.Set;

public class CountryCodeValidator implements ConstraintValidator<CountryCode, String> {

    /** The JDK's ISO 3166-1 list: the same source as the countries reference data. */
    private static final Set<String> CODES = Set.of(Locale.getISOCountries());

    public static boolean isValid(String code) {
        return code != null && CODES.contains(code);
    }

    @Override
    public boolean isValid(String code, ConstraintValidatorContext context) {
        return code == null || isValid(code);
    }
}
