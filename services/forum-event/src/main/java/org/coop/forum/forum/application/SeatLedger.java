package org.coop.forum.forum.application;

import java.util.List;
import reactor.core.publisher.Mono;

/**
 * The seats of a forum, counted on the store with single conditional updates so that a burst of
 * registrations can never oversell: a claim succeeds only while enough seats are left, and the
 * holder's id is recorded with it, so taking or releasing the same registration's seats twice has
 * one effect.
 */
public interface SeatLedger {

    /** A registration's arrival number (1, 2, ...) and whether its seats were taken at once. */
    record Claim(long arrival, boolean seated) {
    }

    /**
     * Numbers the registration's arrival and takes {@code seats} for it if that many are left. A
     * registration that already holds its seats (a claim repeated after a crash) is answered seated.
     */
    Mono<Claim> arrive(String forumId, String registrationId, int seats);

    /** Takes {@code seats} for a registration (a promotion); false when not enough are left or it holds them. */
    Mono<Boolean> take(String forumId, String registrationId, int seats);

    /** Gives the registration's seats back; false when it held none. */
    Mono<Boolean> release(String forumId, String registrationId, int seats);

    /** Changes the capacity by {@code delta}; false when that would leave fewer seats than are confirmed. */
    Mono<Boolean> resize(String forumId, int delta);

    /** Seats not taken. */
    Mono<Integer> left(String forumId);

    /** The registrations holding seats of the forum, in the order they took them. */
    Mono<List<String>> holders(String forumId);
}
