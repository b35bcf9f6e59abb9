package org.oas.migration.meetings;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

@OpenAPIDefinition(info = @Info(title = "OAS migration API: meetings", version = "1.0.0",
        description = "Meetings of OAS bodies (agendas, presenters, decisions, documents), resolutions paragraph by paragraph "
                + "with their mandates and citations, and documents by symbol. Reads are public; writes need an admin token."))
public class MeetingsApi extends Application {
}
