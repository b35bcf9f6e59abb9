package org.oas.migration.platform.input;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.lang.reflect.Method;
import java.util.Set;
import org.jboss.resteasy.reactive.RestQuery;
import org.junit.jupiter.api.Test;
import org.oas.migration.platform.paging.PageParams;

/** What an operation declares, read from its resource method once: the names the check lets through. */
class KnownQueryParametersTest {

    static class Filters {
        @QueryParam("status")
        String status;

        @BeanParam
        PageParams page;

        @QueryParam("sort")
        public void setSort(String sort) {
        }
    }

    static class Resource {
        @QueryParam("trace")
        String trace;

        @GET
        public String list(@QueryParam("q") String q, @RestQuery("lang") String lang, @BeanParam PageParams page,
                           @HeaderParam("Accept-Language") String language) {
            return q;
        }

        @GET
        public String one(@PathParam("id") String id) {
            return id;
        }

        @GET
        public String nested(@BeanParam Filters filters) {
            return null;
        }
    }

    @Test
    void methodParametersBeanParamFieldsAndClassFieldsAreDeclared() {
        assertEquals(Set.of("q", "lang", "limit", "cursor", "trace"), KnownQueryParameters.declared(Resource.class, method("list")));
    }

    @Test
    void pathAndHeaderParametersAreNotQueryParameters() {
        assertEquals(Set.of("trace"), KnownQueryParameters.declared(Resource.class, method("one")));
    }

    @Test
    void aBeanParamInsideABeanParamAndItsSettersAreDeclared() {
        assertEquals(Set.of("status", "limit", "cursor", "sort", "trace"),
                KnownQueryParameters.declared(Resource.class, method("nested")));
    }

    @Test
    void theRefusalListsWhatTheOperationAcceptsInOrder() {
        assertEquals("unknown query parameter; this operation accepts: cursor, lang, limit, q, trace",
                new KnownQueryParameters.Check(KnownQueryParameters.declared(Resource.class, method("list"))).message());
        assertEquals("unknown query parameter; this operation accepts none", new KnownQueryParameters.Check(Set.of()).message());
    }

    private static Method method(String name) {
        for (Method method : Resource.class.getMethods()) {
            if (method.getName().equals(name)) {
                return method;
            }
        }
        throw new IllegalArgumentException(name);
    }
}
