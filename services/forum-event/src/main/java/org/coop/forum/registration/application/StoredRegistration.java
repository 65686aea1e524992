package org.coop.forum.registration.application;

import org.coop.forum.registration.domain.Registration;

/** A registration as read, with the version its next write must still find. */
public record StoredRegistration(Registration registration, Long version) {
}
