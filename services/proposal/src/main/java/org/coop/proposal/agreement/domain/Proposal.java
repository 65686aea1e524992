package org.coop.proposal.agreement.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.coop.platform.events.CooperationModel;

/**
 * A cooperation agreement (MOU) on its way from draft to signature. Parties of the agreement act
 * on it; the rules of each step are here, the use cases only load, call and store.
 *
 * <p>A revision after submission returns the proposal to DRAFT and clears the signatures given so
 * far: a party signs a text, and the text changed.
 */
public class Proposal {

    public static final int MAX_COMMENT = 4_000;
    public static final int MAX_REASON = 2_000;

    private static final Set<ProposalStatus> REVISABLE =
            EnumSet.of(ProposalStatus.DRAFT, ProposalStatus.SUBMITTED, ProposalStatus.SIGNING);
    private static final Set<ProposalStatus> WITHDRAWABLE = EnumSet.of(ProposalStatus.DRAFT, ProposalStatus.SUBMITTED);

    private String id;
    private CooperationModel mode;
    private String originMatchId;
    private String needId;
    private String province;
    private List<Party> parties = new ArrayList<>();
    /** The parties' organization ids, for the "mine" query. */
    private List<String> partyOrganizationIds = new ArrayList<>();
    private List<ProposalVersion> versions = new ArrayList<>();
    private List<Comment> comments = new ArrayList<>();
    private List<Signature> signatures = new ArrayList<>();
    private ProposalStatus status;
    private String draftedByOrganizationId;
    private Instant createdAt;
    private Instant updatedAt;
    private Instant submittedAt;
    private Instant concludedAt;
    private Instant withdrawnAt;
    private String withdrawalReason;

    protected Proposal() {
    }

    /** What a new draft says: its mode, where it came from, its parties and its text. */
    public record Draft(CooperationModel mode, String originMatchId, String needId, String province,
                        List<Party> parties, Content content) {
    }

    /**
     * Drafts version 1. Refused (INVALID, every problem listed) when the text or the parties break a
     * rule, or when the drafter's organization is not one of the parties.
     */
    public static Proposal draft(String id, Draft draft, Actor by, Instant now) {
        List<FieldProblem> problems = new ArrayList<>();
        if (draft.mode() == null) {
            problems.add(new FieldProblem("mode", "must be one of " + List.of(CooperationModel.values())));
        }
        problems.addAll(draft.content() == null ? List.of(new FieldProblem("content", "is required"))
                : draft.content().problems());
        problems.addAll(PartyRules.problems(draft.mode(), draft.parties(), false));
        requireAmongParties(by, draft.parties(), problems);
        ProposalRefused.throwIfAny(problems);
        Proposal proposal = new Proposal();
        proposal.id = id;
        proposal.mode = draft.mode();
        proposal.originMatchId = draft.originMatchId();
        proposal.needId = draft.needId();
        proposal.province = draft.province();
        proposal.setParties(draft.parties());
        proposal.versions.add(new ProposalVersion(1, draft.content(), proposal.parties, by.organizationId(),
                by.userId(), by.name(), now));
        proposal.status = ProposalStatus.DRAFT;
        proposal.draftedByOrganizationId = by.organizationId();
        proposal.createdAt = now;
        proposal.updatedAt = now;
        return proposal;
    }

    private static void requireAmongParties(Actor by, List<Party> parties, List<FieldProblem> problems) {
        if (parties != null && parties.stream().noneMatch(p -> p != null && by.organizationId().equals(p.organizationId()))) {
            problems.add(new FieldProblem("parties", "your organization must be one of the parties"));
        }
    }

    private void setParties(List<Party> unordered) {
        parties = new ArrayList<>(unordered);
        parties.sort(Comparator.comparingInt(Party::signingPosition));
        partyOrganizationIds = new ArrayList<>(parties.stream().map(Party::organizationId).toList());
    }

    /** Parties see and act on the proposal; officers of its province may read it too. */
    public boolean isVisibleTo(Actor actor) {
        return isParty(actor.organizationId()) || actor.isOfficerOf(province);
    }

    public boolean isParty(String organizationId) {
        return partyOrganizationIds.contains(organizationId);
    }

    private void requireParty(Actor actor) {
        if (!isParty(actor.organizationId())) {
            throw new ProposalRefused(ProposalRefused.Reason.NOT_A_PARTY,
                    "only users of the agreement's parties may act on it; officers of its province may read it");
        }
    }

    private void requireStatus(Set<ProposalStatus> allowed, String action) {
        if (!allowed.contains(status)) {
            throw new ProposalRefused(ProposalRefused.Reason.WRONG_STATE, "a " + status + " proposal cannot be "
                    + action + " (only when " + allowed.stream().map(Enum::name).sorted().toList() + ")");
        }
    }

    /**
     * Writes the next version. {@code basedOn} is the version the caller revised; if another party
     * revised it since, the revision is refused (STALE_VERSION). {@code newParties} null keeps the
     * parties. A SUBMITTED or SIGNING proposal returns to DRAFT and its signatures are cleared.
     *
     * @return true when the proposal returned to DRAFT
     */
    public boolean revise(Actor by, int basedOn, Content content, List<Party> newParties, Instant now) {
        requireParty(by);
        requireStatus(REVISABLE, "revised");
        if (basedOn != currentVersion()) {
            throw new ProposalRefused(ProposalRefused.Reason.STALE_VERSION, "you revised version " + basedOn
                    + " but the proposal is at version " + currentVersion() + "; reload it and revise again");
        }
        List<Party> parties = newParties == null ? this.parties : newParties;
        List<FieldProblem> problems = new ArrayList<>(content == null
                ? List.of(new FieldProblem("content", "is required")) : content.problems());
        problems.addAll(PartyRules.problems(mode, parties, false));
        requireAmongParties(by, parties, problems);
        ProposalRefused.throwIfAny(problems);
        boolean returned = status != ProposalStatus.DRAFT;
        setParties(parties);
        versions.add(new ProposalVersion(currentVersion() + 1, content, this.parties, by.organizationId(),
                by.userId(), by.name(), now));
        signatures.clear();
        status = ProposalStatus.DRAFT;
        submittedAt = null;
        updatedAt = now;
        return returned;
    }

    /** Adds a party's comment on the current version; not on a concluded or withdrawn proposal. */
    public Comment comment(Actor by, String text, String field, Instant now) {
        requireParty(by);
        requireStatus(REVISABLE, "commented on");
        List<FieldProblem> problems = new ArrayList<>();
        if (text == null || text.isBlank() || text.length() > MAX_COMMENT) {
            problems.add(new FieldProblem("text", "must be 1 to " + MAX_COMMENT + " characters"));
        }
        if (field != null && !Content.FIELDS.contains(field)) {
            problems.add(new FieldProblem("field", "must be one of " + Content.FIELDS.stream().sorted().toList()));
        }
        ProposalRefused.throwIfAny(problems);
        Comment comment = new Comment(UUID.randomUUID().toString(), currentVersion(), by.organizationId(),
                by.userId(), by.name(), text, field, now);
        comments.add(comment);
        updatedAt = now;
        return comment;
    }

    /** Submits the current version for signature; the parties must be complete for the mode. */
    public void submit(Actor by, Instant now) {
        requireParty(by);
        requireStatus(EnumSet.of(ProposalStatus.DRAFT), "submitted");
        ProposalRefused.throwIfAny(PartyRules.problems(mode, parties, true));
        status = ProposalStatus.SUBMITTED;
        submittedAt = now;
        updatedAt = now;
    }

    /** The party whose turn it is to sign, or null when nobody is to sign now. */
    public Party nextSigner() {
        if (status != ProposalStatus.SUBMITTED && status != ProposalStatus.SIGNING) {
            return null;
        }
        return parties.get(signatures.size());
    }

    /**
     * Signs the submitted version for the caller's organization, which must be the next in the
     * signing order (OUT_OF_TURN otherwise). The last signature concludes the agreement.
     */
    public Signature sign(Actor by, Instant now) {
        requireParty(by);
        requireStatus(EnumSet.of(ProposalStatus.SUBMITTED, ProposalStatus.SIGNING), "signed");
        Party next = nextSigner();
        if (!next.organizationId().equals(by.organizationId())) {
            boolean signed = signatures.stream().anyMatch(s -> s.organizationId().equals(by.organizationId()));
            throw new ProposalRefused(ProposalRefused.Reason.OUT_OF_TURN, signed
                    ? "your organization has already signed; " + describe(next) + " signs next"
                    : "it is not your turn to sign: " + describe(next) + " signs next");
        }
        Signature signature = new Signature(next.signingPosition(), next.organizationId(), next.role(), by.userId(),
                by.name(), currentVersion(), now);
        signatures.add(signature);
        status = signatures.size() == parties.size() ? ProposalStatus.CONCLUDED : ProposalStatus.SIGNING;
        if (status == ProposalStatus.CONCLUDED) {
            concludedAt = now;
        }
        updatedAt = now;
        return signature;
    }

    private static String describe(Party party) {
        return party.organizationId() + " (" + party.role() + ", position " + party.signingPosition() + ")";
    }

    /** Withdraws a draft or a submitted proposal nobody has signed yet. */
    public void withdraw(Actor by, String reason, Instant now) {
        requireParty(by);
        requireStatus(WITHDRAWABLE, "withdrawn");
        if (reason != null && reason.length() > MAX_REASON) {
            throw new ProposalRefused(List.of(new FieldProblem("reason", "must be at most " + MAX_REASON
                    + " characters")));
        }
        status = ProposalStatus.WITHDRAWN;
        withdrawalReason = reason;
        withdrawnAt = now;
        updatedAt = now;
    }

    public int currentVersion() {
        return versions.size();
    }

    public Content content() {
        return versions.get(versions.size() - 1).content();
    }

    public String getId() {
        return id;
    }

    public CooperationModel getMode() {
        return mode;
    }

    public String getOriginMatchId() {
        return originMatchId;
    }

    public String getNeedId() {
        return needId;
    }

    public String getProvince() {
        return province;
    }

    public List<Party> getParties() {
        return List.copyOf(parties);
    }

    public List<ProposalVersion> getVersions() {
        return List.copyOf(versions);
    }

    public List<Comment> getComments() {
        return List.copyOf(comments);
    }

    public List<Signature> getSignatures() {
        return List.copyOf(signatures);
    }

    public ProposalStatus getStatus() {
        return status;
    }

    public String getDraftedByOrganizationId() {
        return draftedByOrganizationId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getConcludedAt() {
        return concludedAt;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }

    public String getWithdrawalReason() {
        return withdrawalReason;
    }
}
