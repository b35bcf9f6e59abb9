package org.oas.migration.platform.inbox;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * A handler of other contexts' events that {@link InboxFeeds} runs for as long as the service runs: a CDI bean
 * implementing this is started at start-up, each event of its topics applied once ({@link #handle}, in a transaction).
 */
public interface InboxFeed extends EventHandler {

    /** What this replica follows; empty when the feed is switched off (e.g. a test playing the other context). */
    Optional<Subscription> subscription();

    /**
     * @param consumerName the Kafka group id and inbox key: keep it stable, a new name replays the topics
     */
    record Subscription(String consumerName, Collection<String> topics) {

        /** One topic, when {@code enabled}. */
        public static Optional<Subscription> of(boolean enabled, String consumerName, String topic) {
            return enabled ? Optional.of(new Subscription(consumerName, List.of(topic))) : Optional.empty();
        }
    }
}
