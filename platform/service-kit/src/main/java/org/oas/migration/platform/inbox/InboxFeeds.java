package org.oas.migration.platform.inbox;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.trace.Tracer;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.oas.migration.platform.outbox.EventsConfig;

/**
 * The one way a service follows other contexts' topics: every {@link InboxFeed} bean gets an {@link InboxConsumer}
 * (its own Kafka group and inbox, each event applied once) when the service starts, closed when it stops.
 */
@ApplicationScoped
public class InboxFeeds {

    @Inject
    EventsConfig events;

    @Inject
    EventInbox inbox;

    @Inject
    Tracer tracer;

    @Inject
    MeterRegistry registry;

    @Inject
    @Any
    Instance<InboxFeed> feeds;

    private final List<InboxConsumer> consumers = new CopyOnWriteArrayList<>();

    void start(@Observes StartupEvent event) {
        for (InboxFeed feed : feeds) {
            feed.subscription().ifPresent(subscription -> consumers.add(new InboxConsumer(subscription.consumerName(),
                    events.bootstrapServers(), subscription.topics(), inbox, feed).tracedBy(tracer).start()));
        }
        for (InboxConsumer consumer : consumers) {
            Gauge.builder("inbox_consumer_lag_records", consumer, InboxConsumer::lag).tag("consumer", consumer.name())
                    .description("Records this feed is behind the end of its topics (max over its partitions)")
                    .register(registry);
        }
    }

    void stop(@Observes ShutdownEvent event) {
        consumers.forEach(InboxConsumer::close);
        consumers.clear();
    }
}
