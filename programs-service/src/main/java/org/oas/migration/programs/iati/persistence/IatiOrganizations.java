package org.oas.migration.programs.iati.persistence;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * What IATI says about the registry's organizations, from the local copy of the registry (the organizations.v1
 * projection): the IATI organisation identifier (the {@value #ORG_ID_SCHEME} identifier) and the registry type.
 */
@ApplicationScoped
public class IatiOrganizations {

    /** The identifier scheme of an IATI organisation identifier (XM-DAC-47066), in the registry and in imports. */
    public static final String ORG_ID_SCHEME = "iati-org-id";

    /** An organization as IATI names it: {@code ref} its identifier (null when it has none), {@code type} the registry's. */
    public record Organization(String ref, String type) {
    }

    private static final String SQL = "SELECT code, type, (SELECT e ->> 'value' FROM jsonb_array_elements(identifiers) e "
            + "WHERE e ->> 'scheme' = ? LIMIT 1) FROM directory_organization WHERE code = ANY (?) AND NOT deleted";

    @Inject
    AgroalDataSource dataSource;

    /** The live organizations of the registry with these codes, by code (codes the registry does not hold are absent). */
    public Map<String, Organization> byCode(Collection<String> codes) {
        Map<String, Organization> found = new HashMap<>();
        if (codes.isEmpty()) {
            return found;
        }
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(SQL)) {
            select.setString(1, ORG_ID_SCHEME);
            select.setArray(2, connection.createArrayOf("text", codes.toArray()));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    found.put(rs.getString(1), new Organization(rs.getString(3), rs.getString(2)));
                }
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the IATI identifiers of organizations " + codes, e);
        }
    }
}
