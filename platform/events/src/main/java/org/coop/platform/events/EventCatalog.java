package org.coop.platform.events;

import java.util.List;
import org.coop.platform.events.approval.TripApproved;
import org.coop.platform.events.approval.TripEscalated;
import org.coop.platform.events.approval.TripRecalled;
import org.coop.platform.events.approval.TripRejected;
import org.coop.platform.events.approval.TripReportFiled;
import org.coop.platform.events.approval.TripRequested;
import org.coop.platform.events.approval.TripResubmitted;
import org.coop.platform.events.approval.TripReturned;
import org.coop.platform.events.approval.TripStepDecided;
import org.coop.platform.events.forum.AttendeeCheckedIn;
import org.coop.platform.events.forum.ForumCancelled;
import org.coop.platform.events.forum.ForumPublished;
import org.coop.platform.events.forum.ForumRevised;
import org.coop.platform.events.forum.MeetingCancelled;
import org.coop.platform.events.forum.MeetingScheduled;
import org.coop.platform.events.forum.RegistrationCancelled;
import org.coop.platform.events.forum.RegistrationConfirmed;
import org.coop.platform.events.forum.RegistrationPromoted;
import org.coop.platform.events.forum.RegistrationWaitlisted;
import org.coop.platform.events.matchmaking.MatchAccepted;
import org.coop.platform.events.matchmaking.MatchBrokered;
import org.coop.platform.events.matchmaking.MatchDeclined;
import org.coop.platform.events.matchmaking.MatchPartyAccepted;
import org.coop.platform.events.matchmaking.MatchSuggested;
import org.coop.platform.events.matchmaking.NeedFulfilled;
import org.coop.platform.events.matchmaking.NeedPosted;
import org.coop.platform.events.matchmaking.NeedRevised;
import org.coop.platform.events.matchmaking.NeedWithdrawn;
import org.coop.platform.events.matchmaking.OfferPosted;
import org.coop.platform.events.matchmaking.OfferRevised;
import org.coop.platform.events.matchmaking.OfferWithdrawn;
import org.coop.platform.events.matchmaking.SubscriptionChanged;
import org.coop.platform.events.proposal.ProposalConcluded;
import org.coop.platform.events.proposal.ProposalDrafted;
import org.coop.platform.events.proposal.ProposalRevised;
import org.coop.platform.events.proposal.ProposalSigned;
import org.coop.platform.events.proposal.ProposalSubmitted;
import org.coop.platform.events.proposal.ProposalWithdrawn;

/**
 * Every event record of the platform. The contract test walks this list: each type must have
 * a schema, and a sample of it must validate. docs/events.md describes the same list for people.
 */
public final class EventCatalog {

    private static final List<Class<? extends DomainEvent>> TYPES = List.of(
            MatchAccepted.class,
            ProposalSubmitted.class,
            ProposalConcluded.class,
            RegistrationConfirmed.class,
            // forum-event (RegistrationConfirmed is the shared contract above)
            ForumPublished.class, ForumRevised.class, ForumCancelled.class,
            RegistrationWaitlisted.class, RegistrationPromoted.class, RegistrationCancelled.class,
            AttendeeCheckedIn.class, MeetingScheduled.class, MeetingCancelled.class,
            TripRequested.class,
            TripStepDecided.class,
            TripReturned.class,
            TripResubmitted.class,
            TripRecalled.class,
            TripApproved.class,
            TripRejected.class,
            TripEscalated.class,
            TripReportFiled.class,
            // matchmaking
            NeedPosted.class, NeedRevised.class, NeedWithdrawn.class, NeedFulfilled.class,
            OfferPosted.class, OfferRevised.class, OfferWithdrawn.class,
            SubscriptionChanged.class,
            MatchSuggested.class, MatchBrokered.class, MatchPartyAccepted.class, MatchDeclined.class,
            // proposal (ProposalSubmitted and ProposalConcluded are listed above)
            ProposalDrafted.class, ProposalRevised.class, ProposalSigned.class, ProposalWithdrawn.class);

    private EventCatalog() {
    }

    public static List<Class<? extends DomainEvent>> types() {
        return TYPES;
    }

    public static List<EventDescriptor> descriptors() {
        return TYPES.stream().map(EventDescriptor::of).toList();
    }
}
