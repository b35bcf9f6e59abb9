package org.oas.migration.organizations.webhook.domain;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;

/** {@code oas.webhooks.*}: what is consumed, how deliveries are retried and bounded, which targets are allowed. */
@ConfigMapping(prefix = "oas.webhooks")
public interface WebhookConfig {

    /** Whether this replica consumes the topics into the delivery queue. */
    @WithDefault("true")
    boolean consume();

    /** Kafka group and inbox name of the webhook consumer: keep it stable, a new name replays the topics. */
    @WithDefault("${quarkus.application.name}-webhooks")
    String consumerName();

    /** The topics whose events are delivered; the context of an event is its topic's name before the first dot. */
    @WithDefault("organizations.v1,meetings.v1,programs.v1")
    List<String> topics();

    Delivery delivery();

    Targets targets();

    /** How long the previous secret keeps signing after a rotation. */
    @WithDefault("24h")
    Duration secretOverlap();

    interface Delivery {

        /** Whether this replica runs delivery workers. */
        @WithDefault("true")
        boolean enabled();

        /** Worker threads: deliveries in flight at once on this replica. */
        @WithDefault("2")
        int workers();

        /** Longest wait between looks at the queue when it was empty. */
        @WithDefault("1s")
        Duration pollInterval();

        /** Delay before the first retry; each further one doubles it (with jitter), up to {@link #maxBackoff}. */
        @WithDefault("5s")
        Duration initialBackoff();

        @WithDefault("1h")
        Duration maxBackoff();

        /** A subscription whose deliveries have failed without a success for this long is disabled. */
        @WithDefault("3d")
        Duration disableAfter();

        @WithDefault("5s")
        Duration connectTimeout();

        /** From sending the request to the end of reading the receiver's answer. */
        @WithDefault("10s")
        Duration requestTimeout();

        /** How much of the receiver's answer is read and kept in the delivery log (at most 16384). */
        @WithDefault("4096")
        int maxResponseBytes();
    }

    interface Targets {

        /**
         * Local development only: deliver to loopback addresses (127.0.0.0/8, ::1). Private, link-local and other
         * special addresses stay refused.
         */
        @WithDefault("false")
        boolean allowLoopback();

        /** Local development only: accept {@code http://} URLs as well as {@code https://}. */
        @WithDefault("false")
        boolean allowPlainHttp();
    }
}
