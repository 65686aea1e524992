package org.coop.forum.forum.application;

import org.coop.forum.forum.domain.Forum;

/** A forum as read, with the version its next write must still find. */
public record StoredForum(Forum forum, Long version) {
}
