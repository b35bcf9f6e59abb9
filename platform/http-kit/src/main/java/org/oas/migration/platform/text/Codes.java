package org.oas.migration.platform.text;

/**
 * The shapes of the codes every context shows, for schemas to declare where a code is read back rather than written
 * (the writing input validates it: organizations-service's {@code OrganizationInput} for organization codes,
 * {@link CountryCode} for countries), said once.
 */
public final class Codes {

    /** An organization code: a lowercase slug such as {@code oas-iachr}. */
    public static final String ORGANIZATION = "^[a-z0-9]+(-[a-z0-9]+)*$";
    public static final int ORGANIZATION_MAX = 64;
    /** ISO 3166-1 alpha-2 in upper case, such as {@code MX}. */
    public static final String COUNTRY = "^[A-Z]{2}$";
    public static final int COUNTRY_LENGTH = 2;

    private Codes() {
    }
}
