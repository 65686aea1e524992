package org.coop.forum.forum.domain;

/** DRAFT (only its organizer sees it) → PUBLISHED (open to all, registration by its window) → CANCELLED. */
public enum ForumStatus {
    DRAFT,
    PUBLISHED,
    CANCELLED
}
