package org.oas.migration.platform.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.junit.jupiter.api.Test;

class DeclaredLimitsTest {

    @Test
    void freeTextIsDeclaredWithoutNulAndKeepsItsOwnBounds() {
        Schema text = string().maxLength(200);
        Schema shaped = string().maxLength(64).pattern("^[a-z]+$");

        declare(object().addProperty("name", text).addProperty("code", shaped));

        assertEquals(DeclaredLimits.NO_NUL, text.getPattern());
        assertEquals(200, text.getMaxLength());
        assertEquals("^[a-z]+$", shaped.getPattern());
    }

    @Test
    void datesTimesAndUuidsGetTheLongestTextJavaReadsInTheirFormat() {
        Schema date = string().format("date");
        Schema time = string().format("date-time");
        Schema uuid = string().format("uuid");

        declare(object().addProperty("d", date).addProperty("t", time).addProperty("u", uuid));

        assertEquals(16, date.getMaxLength());
        assertEquals(44, time.getMaxLength());
        assertEquals(36, uuid.getMaxLength());
        assertNull(date.getPattern(), "a format is the string's shape");
    }

    @Test
    void aStringNextToAReferenceIsBoundedByWhatItRefersTo() {
        Schema sibling = string().ref("#/components/schemas/LocalDate");
        OpenAPI openAPI = OASFactory.createOpenAPI().components(OASFactory.createComponents()
                .addSchema("LocalDate", string().format("date"))
                .addSchema("Meeting", object().addProperty("startDate", sibling)));

        DeclaredLimits.addTo(openAPI);

        assertEquals(16, sibling.getMaxLength());
    }

    @Test
    void aChoiceOfWordsIsAsLongAsItsLongestWord() {
        Schema language = string().pattern("en|es|fr|pt");
        Schema role = string().pattern("^(admin|partner)$");

        declare(object().addProperty("language", language).addProperty("role", role));

        assertEquals(2, language.getMaxLength());
        assertEquals(7, role.getMaxLength());
    }

    @Test
    void anAnswerInAnotherMediaTypeKeepsItsDescriptionWithoutAStringType() {
        Schema xml = string().description("Akoma Ntoso 3.0 XML");
        Schema json = string();
        OpenAPI openAPI = OASFactory.createOpenAPI().paths(OASFactory.createPaths().addPathItem("/v1/r", OASFactory.createPathItem()
                .GET(OASFactory.createOperation().responses(OASFactory.createAPIResponses().addAPIResponse("200",
                        OASFactory.createAPIResponse().content(OASFactory.createContent()
                                .addMediaType("application/akn+xml", OASFactory.createMediaType().schema(xml))
                                .addMediaType("application/json", OASFactory.createMediaType().schema(json))))))));

        DeclaredLimits.addTo(openAPI);

        assertNull(xml.getType());
        assertEquals("Akoma Ntoso 3.0 XML", xml.getDescription());
        assertEquals(List.of(SchemaType.STRING), json.getType());
    }

    private static void declare(Schema schema) {
        DeclaredLimits.addTo(OASFactory.createOpenAPI().components(OASFactory.createComponents().addSchema("Thing", schema)));
    }

    private static Schema string() {
        return OASFactory.createSchema().type(List.of(SchemaType.STRING));
    }

    private static Schema object() {
        return OASFactory.createSchema().type(List.of(SchemaType.OBJECT));
    }
}
