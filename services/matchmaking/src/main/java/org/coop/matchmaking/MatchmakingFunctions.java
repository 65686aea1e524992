package org.coop.matchmaking;

import java.time.Duration;
import java.util.function.Consumer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.coop.matchmaking.matching.application.MatchingService;
import org.coop.matchmaking.matching.application.Profiles;
import org.coop.matchmaking.needs.NeedService;
import org.coop.matchmaking.notify.WebhookDispatcher;
import org.coop.platform.events.Topics;
import org.coop.platform.events.matchmaking.MatchAccepted;
import org.coop.platform.events.matchmaking.MatchSuggested;
import org.coop.platform.events.matchmaking.NeedPosted;
import org.coop.platform.events.matchmaking.NeedRevised;
import org.coop.platform.events.matchmaking.OfferPosted;
import org.coop.platform.events.matchmaking.OfferRevised;
import org.coop.platform.events.matchmaking.SubscriptionChanged;
import org.coop.platform.events.proposal.ProposalConcluded;
import org.coop.platform.messaging.EventConsumers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * The service's stream functions, all imperative (the binder's retry and dead-letter topic apply
 * only to those), run at most once per event by the inbox, blocking on the binder's thread.
 * Bindings are named in {@code matchmaking.yml}.
 */
@Configuration(proxyBeanMethods = false)
public class MatchmakingFunctions {

    static final Duration TIMEOUT = Duration.ofSeconds(60);

    /** A new or revised need is matched against every subscription and open offer. */
    @Bean
    Consumer<Message<byte[]>> needEvents(EventConsumers consumers, MatchingService matching) {
        return consumers.consumer("need-matching")
                .on(NeedPosted.class, (event, envelope) -> matching.matchNeed(event.needId()).block(TIMEOUT))
                .on(NeedRevised.class, (event, envelope) -> matching.matchNeed(event.needId()).block(TIMEOUT))
                .build();
    }

    /** A new or revised offer is matched against the open needs. */
    @Bean
    Consumer<Message<byte[]>> offerEvents(EventConsumers consumers, MatchingService matching) {
        return consumers.consumer("offer-matching")
                .on(OfferPosted.class, (event, envelope) -> matching.matchOffer(event.offerId()).block(TIMEOUT))
                .on(OfferRevised.class, (event, envelope) -> matching.matchOffer(event.offerId()).block(TIMEOUT))
                .build();
    }

    /**
     * An active subscription is matched against the open needs; a cancelled one gets its tombstone
     * (the outbox publishes only events, so the tombstone is sent here, once the cancellation is
     * on the topic; sending it twice is harmless). Tombstones read back are skipped.
     */
    @Bean
    Consumer<Message<byte[]>> subscriptionEvents(EventConsumers consumers, MatchingService matching,
                                                 Producer<String, byte[]> outboxProducer) {
        Consumer<Message<byte[]>> events = consumers.consumer("subscription-matching")
                .on(SubscriptionChanged.class, (event, envelope) -> {
                    if ("ACTIVE".equals(event.status())) {
                        matching.matchSubscription(event.subscriptionId(), Profiles.of(event)).block(TIMEOUT);
                    } else if ("CANCELLED".equals(event.status())) {
                        try {
                            outboxProducer.send(new ProducerRecord<>(Topics.MATCHMAKING_SUBSCRIPTIONS,
                                    event.subscriptionId(), null)).get();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            throw new IllegalStateException("interrupted while sending a tombstone", e);
                        } catch (java.util.concurrent.ExecutionException e) {
                            throw new IllegalStateException("the tombstone of " + event.subscriptionId()
                                    + " was not sent", e.getCause());
                        }
                    }
                })
                .build();
        return message -> {
            if (message.getPayload() instanceof byte[]) {
                events.accept(message);
            }
        };
    }

    /** Accepted matches move their need to MATCHED. */
    @Bean
    Consumer<Message<byte[]>> matchEvents(EventConsumers consumers, NeedService needs) {
        return consumers.consumer("need-status")
                .on(MatchAccepted.class, (event, envelope) -> needs.markMatched(event.needId()).block(TIMEOUT))
                .build();
    }

    /**
     * Suggested matches go to their subscription's webhook (own group: its own pace and offsets);
     * matches of subscriptions without one are dropped before the inbox.
     */
    @Bean
    Consumer<Message<byte[]>> webhookEvents(EventConsumers consumers, WebhookDispatcher webhooks) {
        return consumers.consumer("webhooks")
                .on(MatchSuggested.class, webhooks::mayDeliver, webhooks::onSuggested)
                .build();
    }

    /** A concluded agreement that came from a need fulfils it. */
    @Bean
    Consumer<Message<byte[]>> proposalEvents(EventConsumers consumers, NeedService needs) {
        return consumers.consumer("need-fulfilment")
                .on(ProposalConcluded.class, (event, envelope) -> {
                    if (event.needId() != null) {
                        needs.fulfil(event.needId(), event.proposalId(), event.matchId()).block(TIMEOUT);
                    }
                })
                .build();
    }
}
