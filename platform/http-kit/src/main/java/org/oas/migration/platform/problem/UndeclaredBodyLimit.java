package org.oas.migration.platform.problem;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the bytes of a body sent without Content-Length as JAX-RS reads it, and stops with a 413 problem past the
 * limit {@link BodySizeLimit} recorded for the request (see there for why Quarkus's own check is switched off).
 */
@Provider
public class UndeclaredBodyLimit implements ReaderInterceptor {

    @Inject
    CurrentVertxRequest current;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        RoutingContext routing = current.getCurrent();
        Long limit = routing == null ? null : routing.get(BodySizeLimit.UNDECLARED_LIMIT);
        if (limit != null) {
            context.setInputStream(new Capped(context.getInputStream(), limit));
        }
        return context.proceed();
    }

    private static final class Capped extends FilterInputStream {

        private final long limit;
        private long read;

        Capped(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int off, int len) throws IOException {
            int n = super.read(buffer, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > limit) {
                throw BodySizeLimit.tooLarge(limit);
            }
        }
    }
}
