package org.oas.migration.organizations;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;

@OpenAPIDefinition(info = @Info(title = "OAS migration API: organizations", version = "1.0.0",
        description = "The organization registry (OAS organs and departments, UN agencies, regional consultative processes, "
                + "national societies, member states), people and their posts, countries, partner clients and tokens. "
                + "Reads are public; writes need a bearer token from POST /oauth/token.",
        contact = @Contact(name = "OAS migration information platform"),
        license = @License(name = "Open data")))
public class OrganizationsApi extends Application {
}
