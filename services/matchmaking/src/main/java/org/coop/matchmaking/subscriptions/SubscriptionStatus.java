package org.coop.matchmaking.subscriptions;

/** ACTIVE subscriptions are matched; PAUSED ones (by their owner, or after failing webhooks) are not. */
public enum SubscriptionStatus {
    ACTIVE, PAUSED, CANCELLED
}
