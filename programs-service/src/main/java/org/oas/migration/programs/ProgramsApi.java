package org.oas.migration.programs;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

@OpenAPIDefinition(info = @Info(title = "OAS migration API: programs", version = "1.0.0",
        description = "Programmes and activities on migration in the Americas, kept up to date by the organizations that run them: "
                + "partners (IOM, ECLAC, ...) push their own activities one by one (upsert by their external id) or in bulk "
                + "(NDJSON or IATI 2.03 XML at /v1/imports). Every change is kept as a revision. Reads are public; writes need "
                + "an admin token, or a partner token for the partner's own organization."))
public class ProgramsApi extends Application {
}
