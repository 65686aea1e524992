package org.coop.forum.registration.domain;

/** A person holding a seat: a platform user of the registering organization. */
public record Attendee(String userId, String name) {
}
