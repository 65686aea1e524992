package org.coop.platform.events.forum;

import java.time.Instant;
import org.coop.platform.events.DomainEvent;
import org.coop.platform.events.EventType;
import org.coop.platform.events.Topics;

/** A published forum is called off; its registrations and meetings lapse with it. */
@EventType(name = "org.coop.forum.ForumCancelled", topic = Topics.FORUM_FORUMS)
public record ForumCancelled(
        String forumId,
        String organizerOrganizationId,
        String reason,
        Instant cancelledAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return forumId;
    }
}
