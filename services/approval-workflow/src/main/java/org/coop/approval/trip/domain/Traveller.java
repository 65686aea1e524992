package org.coop.approval.trip.domain;

/**
 * A member of the delegation: an account of the college, with the rank the policy knows.
 *
 * @param userId the traveller's account id once the trip is submitted (the requester may name
 *               them by account id or username; the directory resolves either)
 * @param name the name the requester gave
 * @param username the traveller's sign-in name, as the directory knows it (null until resolved)
 */
public record Traveller(String userId, String name, String rank, String position, String username) {

    public Traveller(String userId, String name, String rank, String position) {
        this(userId, name, rank, position, null);
    }

    /** The same traveller, named by the account the directory found for them. */
    public Traveller asAccount(String accountId, String accountUsername) {
        return new Traveller(accountId, name, rank, position, accountUsername);
    }
}
