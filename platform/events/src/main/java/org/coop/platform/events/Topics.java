package org.coop.platform.events;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every topic of the platform, in one place. The key of every record is the aggregate id named in
 * docs/events.md; dead-letter topics are one per consuming service.
 */
public final class Topics {

    public static final String MATCHMAKING_NEEDS = "matchmaking.needs.v1";
    public static final String MATCHMAKING_OFFERS = "matchmaking.offers.v1";
    public static final String MATCHMAKING_SUBSCRIPTIONS = "matchmaking.subscriptions.v1";
    public static final String MATCHMAKING_MATCHES = "matchmaking.matches.v1";
    public static final String PROPOSAL_PROPOSALS = "proposal.proposals.v1";
    public static final String APPROVAL_TRIPS = "approval.trips.v1";
    public static final String FORUM_FORUMS = "forum.forums.v1";
    public static final String FORUM_REGISTRATIONS = "forum.registrations.v1";
    public static final String FORUM_MEETINGS = "forum.meetings.v1";
    /** Used only by the platform's own tests of the messaging spine. */
    public static final String PLATFORM_PROBES = "platform.probes.v1";

    private static final int DEFAULT_PARTITIONS = 3;

    private static final List<TopicSpec> CATALOG = List.of(
            new TopicSpec(MATCHMAKING_NEEDS, DEFAULT_PARTITIONS, false),
            new TopicSpec(MATCHMAKING_OFFERS, DEFAULT_PARTITIONS, false),
            new TopicSpec(MATCHMAKING_SUBSCRIPTIONS, DEFAULT_PARTITIONS, true),
            new TopicSpec(MATCHMAKING_MATCHES, DEFAULT_PARTITIONS, false),
            new TopicSpec(PROPOSAL_PROPOSALS, DEFAULT_PARTITIONS, false),
            new TopicSpec(APPROVAL_TRIPS, DEFAULT_PARTITIONS, false),
            new TopicSpec(FORUM_FORUMS, DEFAULT_PARTITIONS, false),
            new TopicSpec(FORUM_REGISTRATIONS, DEFAULT_PARTITIONS, false),
            new TopicSpec(FORUM_MEETINGS, DEFAULT_PARTITIONS, false),
            new TopicSpec(PLATFORM_PROBES, DEFAULT_PARTITIONS, false));

    private static final Map<String, TopicSpec> BY_NAME =
            CATALOG.stream().collect(Collectors.toUnmodifiableMap(TopicSpec::name, Function.identity()));

    private Topics() {
    }

    public static List<TopicSpec> catalog() {
        return CATALOG;
    }

    public static boolean isKnown(String topic) {
        return BY_NAME.containsKey(topic);
    }

    public static TopicSpec spec(String topic) {
        TopicSpec spec = BY_NAME.get(topic);
        if (spec == null) {
            throw new IllegalArgumentException("unknown topic " + topic + "; known: " + BY_NAME.keySet());
        }
        return spec;
    }

    /** The dead-letter topic of a consuming service: one per service, whatever the source topic. */
    public static String deadLetterTopic(String service) {
        return service + ".dlq";
    }
}
