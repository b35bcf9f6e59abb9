package org.oas.migration.programs.imports.persistence;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.oas.migration.platform.sql.Jsonb;
import org.oas.migration.programs.iati.persistence.IatiOrganizations;

/**
 * IATI organisation identifiers against the local copy of the registry (the organizations.v1 projection): the
 * organization carrying {@code {"scheme": "iati-org-id", "value": ref}}.
 */
@ApplicationScoped
public class OrganizationRefLookup implements OrganizationRefs {

    private static final String SQL = "SELECT code FROM directory_organization "
            + "WHERE identifiers @> CAST(? AS jsonb) AND NOT deleted ORDER BY code LIMIT 1";

    @Inject
    AgroalDataSource dataSource;

    @Override
    public Optional<String> codeForIatiRef(String ref) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(SQL)) {
            select.setString(1, Jsonb.identifier(IatiOrganizations.ORG_ID_SCHEME, ref));
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot look up the organization with IATI identifier " + ref, e);
        }
    }
}
