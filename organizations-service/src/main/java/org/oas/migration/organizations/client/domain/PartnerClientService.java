package org.oas.migration.organizations.client.domain;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.oas.migration.organizations.auth.domain.AuthConfig;
import org.oas.migration.organizations.client.persistence.PartnerClientEntity;
import org.oas.migration.organizations.organization.domain.OrganizationRetired;
import org.oas.migration.organizations.organization.persistence.OrganizationEntity;
import org.oas.migration.organizations.organization.persistence.OrganizationRepository;
import org.oas.migration.platform.http.EntityTags;
import org.oas.migration.platform.ids.UuidV7;
import org.oas.migration.platform.model.VersionedEntity;
import org.oas.migration.platform.outbox.Outbox;
import org.oas.migration.platform.problem.ApiException;
import org.oas.migration.platform.revocation.ClientRevoked;
import org.oas.migration.platform.revocation.Revocations;
import org.oas.migration.platform.security.Roles;

/** Registers clients, checks their secrets, rotates and revokes them. */
@ApplicationScoped
public class PartnerClientService {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    OrganizationRepository organizations;

    @Inject
    AuthConfig config;

    @Inject
    Outbox outbox;

    @Inject
    Revocations revocations;

    /** The client and its new plain secret (returned to the caller once, never stored). */
    public record Registered(PartnerClientView client, String secret) {
    }

    @Transactional
    public Registered register(Registration input) {
        OrganizationEntity organization = organizationFor(input);
        String secret = newSecret();
        PartnerClientEntity client = store("pc-" + (organization == null ? "oas" : organization.code) + "-" + randomSuffix(),
                input.name().trim(), organization == null ? null : organization.id, input.role(), secret);
        client.flush();
        return new Registered(view(client), secret);
    }

    /** Creates the configured bootstrap admin client if it does not exist yet (a fresh deployment's first key). */
    @Transactional
    public boolean ensureAdmin(String clientId, String secret) {
        // Revoked ones count too: a revoked bootstrap admin stays revoked.
        if (PartnerClientEntity.count("clientId", clientId) > 0) {
            return false;
        }
        store(clientId, "Bootstrap admin", null, Roles.ADMIN, secret);
        return true;
    }

    private PartnerClientEntity store(String clientId, String name, UUID organizationId, String role, String secret) {
        PartnerClientEntity client = new PartnerClientEntity();
        client.stampCreated();
        client.clientId = clientId;
        client.name = name;
        client.organizationId = organizationId;
        client.role = role;
        client.secretHash = BcryptUtil.bcryptHash(secret, config.secretHashCost());
        client.persist();
        return client;
    }

    @Transactional
    public Registered rotateSecret(PartnerClientEntity client, String ifMatch) {
        EntityTags.requireMatch(ifMatch, client.version);
        String secret = newSecret();
        client.secretHash = BcryptUtil.bcryptHash(secret, config.secretHashCost());
        client.stampUpdated();
        client.flush();
        return new Registered(view(client), secret);
    }

    @Transactional
    public void revoke(PartnerClientEntity client, String ifMatch) {
        EntityTags.requireMatch(ifMatch, client.version);
        revokeNow(client, organizationCode(client));
    }

    /** An organization deleted or merged away takes its clients with it, in the same transaction. */
    void revokeClientsOf(@Observes OrganizationRetired organization) {
        PartnerClientEntity.<PartnerClientEntity>list("organizationId = ?1 and deletedAt is null", organization.id())
                .forEach(client -> revokeNow(client, organization.code()));
    }

    /**
     * Soft-deletes the client and revokes its tokens: here at once (the revoked set), elsewhere through the
     * {@code partner-client.revoked} event every service copies from organizations.v1.
     */
    private void revokeNow(PartnerClientEntity client, String organizationCode) {
        client.deletedAt = VersionedEntity.now();
        client.stampUpdated();
        ClientRevoked revocation = new ClientRevoked(client.id, client.clientId, organizationCode, client.deletedAt);
        revocations.record(revocation);
        outbox.record(ClientRevoked.RESOURCE, ClientRevoked.ACTION, client.id, revocation);
    }

    /**
     * The live client whose secret matches and whose organization (if any) is live; the same answer for an unknown
     * id, a wrong secret, a revoked client and one whose organization was deleted or merged away.
     */
    public Optional<PartnerClientEntity> authenticate(String clientId, String secret) {
        Optional<PartnerClientEntity> client = PartnerClientEntity.liveByClientId(clientId).filter(this::organizationIsLive);
        return client.filter(c -> BcryptUtil.matches(secret, c.secretHash));
    }

    private boolean organizationIsLive(PartnerClientEntity client) {
        return client.organizationId == null
                || organizations.findByIdOptional(client.organizationId).filter(o -> !o.isDeleted()).isPresent();
    }

    public PartnerClientEntity require(String id) {
        UUID uuid = UuidV7.parseOrNull(id);
        PartnerClientEntity client = uuid == null ? PartnerClientEntity.liveByClientId(id).orElse(null) : PartnerClientEntity.findById(uuid);
        if (client == null || client.isDeleted()) {
            throw ApiException.notFound("Partner client '" + id + "'");
        }
        return client;
    }

    public String organizationCode(PartnerClientEntity client) {
        return organizations.codeOf(client.organizationId).orElse(null);
    }

    public PartnerClientView view(PartnerClientEntity c) {
        return new PartnerClientView(c.id, c.clientId, c.name, organizationCode(c), c.role, c.version, c.createdAt, c.updatedAt);
    }

    private OrganizationEntity organizationFor(Registration input) {
        if (input.organizationCode() == null) {
            if (Roles.PARTNER.equals(input.role())) {
                throw ApiException.invalid("organizationCode", "a partner client must act for an organization");
            }
            return null;
        }
        return organizations.liveByCode(input.organizationCode())
                .orElseThrow(() -> ApiException.invalid("organizationCode", "no live organization has code '" + input.organizationCode() + "'"));
    }

    private static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String randomSuffix() {
        String digits = Long.toString(RANDOM.nextLong() & Long.MAX_VALUE, 36).toLowerCase(Locale.ROOT);
        return (digits + "00000000").substring(0, 8);
    }
}
