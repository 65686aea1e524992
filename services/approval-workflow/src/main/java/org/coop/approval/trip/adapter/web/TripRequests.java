package org.coop.approval.trip.adapter.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.coop.approval.policy.domain.Actor;
import org.coop.approval.trip.domain.Attachment;
import org.coop.approval.trip.domain.Budget;
import org.coop.approval.trip.domain.EvidenceLink;
import org.coop.approval.trip.domain.Traveller;
import org.coop.approval.trip.domain.TripDraft;

/** Request bodies of the trip API. Sizes here are sanity limits; the policy's limits are rules (422). */
public final class TripRequests {

    private TripRequests() {
    }

    public record TravellerBody(@NotBlank @Size(max = 100) String userId, @NotBlank @Size(max = 200) String name,
                                @NotBlank @Size(max = 50) String rank, @Size(max = 100) String position) {
    }

    public record BudgetBody(@PositiveOrZero long amount, @NotBlank @Pattern(regexp = "[A-Z]{3}") String currency,
                             @NotBlank @Size(max = 200) String fundingSource) {
    }

    public record EvidenceBody(
            @NotBlank @Pattern(regexp = "MATCH_ACCEPTED|PROPOSAL_SUBMITTED|PROPOSAL_CONCLUDED|FORUM_REGISTRATION")
            String kind,
            @NotBlank @Size(max = 100) String id) {
    }

    public record AttachmentBody(@NotBlank @Size(max = 300) String name, @NotBlank @Size(max = 100) String mediaType,
                                 @PositiveOrZero long sizeBytes, @Pattern(regexp = "[0-9a-f]{64}") String sha256) {
    }

    /** A trip request (check or submit). */
    public record TripBody(
            @NotEmpty @Size(max = 20) List<@Valid @NotNull TravellerBody> travellers,
            @NotEmpty @Size(max = 10) List<@NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code") String> destinations,
            @NotNull LocalDate departureDate,
            @NotNull LocalDate returnDate,
            @NotBlank @Size(max = 2000) String purpose,
            @NotNull @Valid BudgetBody budget,
            boolean inPlan,
            @Size(max = 100) String planReference,
            @Size(max = 10) List<@Valid @NotNull EvidenceBody> evidence,
            @Size(max = 20) List<@Valid @NotNull AttachmentBody> attachments,
            @Size(max = 4000) String justification) {

        TripDraft toDraft(Actor requester) {
            return new TripDraft(requester.organizationId(), requester.province(),
                    travellers.stream().map(t -> new Traveller(t.userId(), t.name(), t.rank(), t.position())).toList(),
                    destinations, departureDate, returnDate, purpose,
                    new Budget(budget.amount(), budget.currency(), budget.fundingSource()), inPlan, planReference,
                    evidence == null ? List.of() : evidence.stream().map(e -> new EvidenceLink(e.kind(), e.id())).toList(),
                    TripRequests.attachments(attachments), justification);
        }
    }

    static List<Attachment> attachments(List<AttachmentBody> bodies) {
        return bodies == null ? List.of() : bodies.stream()
                .map(a -> new Attachment(a.name(), a.mediaType(), a.sizeBytes(), a.sha256())).toList();
    }

    /** APPROVE, REJECT (with a reason) or RETURN (to {@code toStep}, with a comment). */
    public record DecisionBody(@NotNull @Pattern(regexp = "APPROVE|REJECT|RETURN") String action,
                               @Size(max = 2000) String comment, @Size(max = 2000) String reason,
                               @Min(0) @Max(20) Integer toStep) {
    }

    public record RecallBody(@Size(max = 2000) String comment) {
    }

    public record ResubmitBody(@Size(max = 2000) String comment,
                               @Size(max = 20) List<@Valid @NotNull AttachmentBody> attachments) {
    }

    public record ReportBody(@NotBlank @Size(max = 20000) String text,
                             @NotBlank @Size(max = 2000) String publicSummary) {
    }

    public record DelegationBody(@NotBlank @Size(max = 100) String delegateUserId,
                                 @NotBlank @Size(max = 200) String delegateName,
                                 @NotNull LocalDate from, @NotNull LocalDate to, @Size(max = 500) String reason) {
    }
}
