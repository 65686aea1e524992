package org.coop.matchmaking.matches;

/** SUGGESTED until both sides accept (ACCEPTED) or one declines (DECLINED). */
public enum MatchStatus {
    SUGGESTED, ACCEPTED, DECLINED
}
