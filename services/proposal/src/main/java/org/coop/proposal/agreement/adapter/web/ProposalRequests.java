package org.coop.proposal.agreement.adapter.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.coop.platform.events.CooperationModel;
import org.coop.proposal.agreement.domain.Content;
import org.coop.proposal.agreement.domain.Party;
import org.coop.proposal.agreement.domain.PartyRole;

/**
 * Request bodies of the proposal API. Sizes here are sanity limits; the agreement's own rules
 * (languages, roles per mode, signing order) are the domain's and answer 400 with the same shape.
 */
public final class ProposalRequests {

    private ProposalRequests() {
    }

    public record PartyBody(@NotBlank @Size(max = 100) String organizationId,
                            @Size(max = 200) String organizationName,
                            @NotNull PartyRole role,
                            @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code") String country,
                            @NotNull @Min(1) @Max(3) Integer signingPosition) {

        Party toParty() {
            return new Party(organizationId, organizationName, role, country, signingPosition);
        }
    }

    /** A draft written from scratch. */
    public record DraftBody(@NotNull CooperationModel mode,
                            @NotNull @Size(min = 2, max = 3) List<@Valid @NotNull PartyBody> parties,
                            @NotNull @Size(max = 7) Map<String, String> title,
                            @NotNull @Size(max = 7) Map<String, String> scope,
                            @NotNull @Size(max = 7) Map<String, String> terms) {

        Content content() {
            return new Content(title, scope, terms);
        }
    }

    /** A draft from an accepted match: its parties and mode come from the match. */
    public record FromMatchBody(@Size(max = 3) Map<String, @Size(max = 200) String> organizationNames,
                                @NotNull @Size(max = 7) Map<String, String> title,
                                @NotNull @Size(max = 7) Map<String, String> scope,
                                @NotNull @Size(max = 7) Map<String, String> terms) {

        Content content() {
            return new Content(title, scope, terms);
        }
    }

    /**
     * The next version: {@code version} is the version the client revised (a stale one is refused
     * with 409); {@code parties}, when given, replaces the parties.
     */
    public record ReviseBody(@NotNull @Min(1) Integer version,
                             @NotNull @Size(max = 7) Map<String, String> title,
                             @NotNull @Size(max = 7) Map<String, String> scope,
                             @NotNull @Size(max = 7) Map<String, String> terms,
                             @Size(min = 2, max = 3) List<@Valid @NotNull PartyBody> parties) {

        Content content() {
            return new Content(title, scope, terms);
        }

        List<Party> newParties() {
            return parties == null ? null : parties.stream().map(PartyBody::toParty).toList();
        }
    }

    public record CommentBody(@NotBlank @Size(max = 4000) String text,
                              @Pattern(regexp = "title|scope|terms", message = "must be title, scope or terms")
                              String field) {
    }

    public record WithdrawBody(@Size(max = 2000) String reason) {
    }
}
