package org.oas.migration.platform.security;

/** The suite's roles, carried in the token's {@code groups} claim. */
public final class Roles {
    /** Secretariat editors: every write. */
    public static final String ADMIN = "admin";
    /** A partner organization's client: writes only what belongs to the organization in its {@code org} claim. */
    public static final String PARTNER = "partner";
    /** Claim naming the organization (its code) a partner token acts for. */
    public static final String ORG_CLAIM = "org";

    private Roles() {
    }
}
