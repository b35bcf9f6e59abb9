package org.oas.migration.platform.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import org.oas.migration.platform.problem.ApiException;
import org.oas.migration.platform.problem.ProblemType;

/**
 * {@code Idempotency-Key} for POST: the key is claimed in the same transaction as the creation, so a replay
 * (even a concurrent one, which waits on the claim) returns the first result and creates nothing.
 */
@ApplicationScoped
public class IdempotentPost {

    public static final String HEADER = "Idempotency-Key";
    private static final int MAX_KEY_LENGTH = 255;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Transactional(Transactional.TxType.MANDATORY)
    public Response execute(String key, String client, Object request, Supplier<Response> create) {
        if (key == null || key.isBlank()) {
            return create.get();
        }
        if (key.length() > MAX_KEY_LENGTH) {
            throw ApiException.invalid(HEADER, "must be at most " + MAX_KEY_LENGTH + " characters");
        }
        String hash = hash(request);
        int claimed = em.createNativeQuery("INSERT INTO idempotency_key (client_id, key, request_hash, created_at) "
                        + "VALUES (?1, ?2, ?3, now()) ON CONFLICT DO NOTHING")
                .setParameter(1, client).setParameter(2, key).setParameter(3, hash).executeUpdate();
        if (claimed == 0) {
            return replay(client, key, hash);
        }
        Response response = create.get();
        em.createNativeQuery("UPDATE idempotency_key SET status = ?1, location = ?2, body = ?3 "
                        + "WHERE client_id = ?4 AND key = ?5")
                .setParameter(1, response.getStatus())
                .setParameter(2, response.getLocation() == null ? null : response.getLocation().toString())
                .setParameter(3, write(response.getEntity()))
                .setParameter(4, client).setParameter(5, key)
                .executeUpdate();
        return response;
    }

    private Response replay(String client, String key, String hash) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT request_hash, status, location, body FROM idempotency_key "
                        + "WHERE client_id = ?1 AND key = ?2")
                .setParameter(1, client).setParameter(2, key).getResultList();
        Object[] row = rows.get(0);
        if (!hash.equals(row[0])) {
            throw new ApiException(ProblemType.UNPROCESSABLE,
                    "This Idempotency-Key was already used with a different request body");
        }
        Response.ResponseBuilder replay = Response.status(((Number) row[1]).intValue())
                .header("Idempotent-Replayed", "true");
        if (row[2] != null) {
            replay.header("Location", row[2]);
        }
        if (row[3] != null) {
            replay.entity(row[3]).type(MediaType.APPLICATION_JSON_TYPE);
        }
        return replay.build();
    }

    private String hash(Object request) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(json.writeValueAsString(request).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String write(Object entity) {
        try {
            if (entity instanceof byte[] serialised) {
                return new String(serialised, StandardCharsets.UTF_8);
            }
            return entity == null ? null : json.writeValueAsString(entity);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
