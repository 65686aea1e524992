package org.coop.matchmaking.notify;

import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.coop.matchmaking.subscriptions.DeliveryLog;
import org.coop.matchmaking.subscriptions.SubscriptionDocument;
import org.coop.matchmaking.subscriptions.WebhookTargetPolicy;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientResponseException;

/**
 * Posts one signed notification to a subscription's webhook, retried with exponential backoff
 * (Resilience4j) until it is accepted (2xx) or the attempts run out. Every attempt is logged. The
 * delivery id stays the same across attempts, so a receiver that got a body twice (its answer was
 * lost) can tell. Blocking: called from the binder's consumer thread.
 */
public class WebhookSender {

    private final WebClient http;
    private final WebhookTargetPolicy targets;
    private final DeliveryLog log;
    private final Clock clock;
    private final RetryConfig retryConfig;
    private final Duration timeout;

    public WebhookSender(WebClient http, WebhookTargetPolicy targets, DeliveryLog log, Clock clock, int maxAttempts,
                         Duration initialBackoff, double multiplier, Duration timeout) {
        this.http = http;
        this.targets = targets;
        this.log = log;
        this.clock = clock;
        this.timeout = timeout;
        this.retryConfig = RetryConfig.custom()
                .maxAttempts(maxAttempts)
                .intervalFunction(IntervalFunction.ofExponentialBackoff(initialBackoff, multiplier))
                .build();
    }

    /** The outcome: delivered, or the last error after every attempt. */
    public Result deliver(SubscriptionDocument subscription, String deliveryId, String event, String matchId,
                          byte[] body) {
        Optional<String> refusal = targets.refusal(subscription.webhook.url());
        if (refusal.isPresent()) {
            log.record(new DeliveryLog.Attempt(deliveryId + ":0", subscription.id, deliveryId, event, matchId, 0,
                    "REFUSED", null, "the URL " + refusal.get(), 0, clock.instant())).block(timeout);
            return new Result(false, "the URL " + refusal.get());
        }
        Retry retry = Retry.of("webhook-" + subscription.id, retryConfig);
        AtomicInteger attempts = new AtomicInteger();
        try {
            Retry.decorateCheckedRunnable(retry, () -> attempt(subscription, deliveryId, event, matchId, body,
                    attempts.incrementAndGet(), retryConfig.getMaxAttempts())).run();
            return new Result(true, null);
        } catch (Throwable failure) {
            return new Result(false, failure.getMessage());
        }
    }

    private void attempt(SubscriptionDocument subscription, String deliveryId, String event, String matchId,
                         byte[] body, int attempt, int maxAttempts) {
        Instant started = clock.instant();
        long timestamp = started.getEpochSecond();
        Integer status = null;
        String error = null;
        try {
            status = http.post().uri(subscription.webhook.url())
                    .contentType(MediaType.APPLICATION_JSON)
                    .header(WebhookSigner.TIMESTAMP, Long.toString(timestamp))
                    .header(WebhookSigner.SIGNATURE, WebhookSigner.sign(subscription.webhook.secret(), timestamp, body))
                    .header(WebhookSigner.DELIVERY, deliveryId)
                    .header(WebhookSigner.EVENT, event)
                    .bodyValue(body)
                    .retrieve().toBodilessEntity()
                    .map(response -> response.getStatusCode().value())
                    .block(timeout);
        } catch (WebClientResponseException e) {
            status = e.getStatusCode().value();
            error = "HTTP " + status;
        } catch (RuntimeException e) {
            error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
        long duration = Duration.between(started, clock.instant()).toMillis();
        boolean delivered = error == null;
        String outcome = delivered ? "DELIVERED" : attempt >= maxAttempts ? "GAVE_UP" : "FAILED";
        log.record(new DeliveryLog.Attempt(deliveryId + ":" + attempt, subscription.id, deliveryId, event, matchId,
                attempt, outcome, status, error, duration, started)).block(timeout);
        if (!delivered) {
            throw new IllegalStateException(error);
        }
    }

    /** Whether the receiver accepted the notification, and if not, the last error. */
    public record Result(boolean delivered, String error) {
    }
}
