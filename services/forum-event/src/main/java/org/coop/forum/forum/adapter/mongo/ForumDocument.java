package org.coop.forum.forum.adapter.mongo;

import org.coop.forum.forum.domain.Forum;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The stored form of a forum: the aggregate under {@code forum} and its optimistic-lock version.
 * The same document also holds the seat ledger ({@code seats}, see {@link MongoForumStore}), which
 * this class leaves out so that an aggregate write never touches the counters.
 */
@Document(MongoForumStore.COLLECTION)
public record ForumDocument(@Id String id, @Version Long version, Forum forum) {
}
