package org.coop.matchmaking.needs;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.coop.matchmaking.common.CooperationDocument;
import org.springframework.data.mongodb.core.mapping.Document;

/** A need as stored in {@code needs}: the shared terms plus what only a college says. */
@Document("needs")
public class NeedDocument extends CooperationDocument {
    public String province;
    public List<String> partnerKinds;
    public boolean intermediaryWelcome;
    public NeedStatus status;
    public String fulfilledByProposal;

    /** Copies a create or revise request. */
    void apply(NeedRequest request, Instant now) {
        applyTerms(request, now);
        partnerKinds = request.partnerKinds().stream().map(Enum::name).distinct().toList();
        intermediaryWelcome = Boolean.TRUE.equals(request.intermediaryWelcome());
    }

    /** The status as a reader sees it: open or matched needs past their expiry read as expired. */
    public NeedStatus effectiveStatus(LocalDate today) {
        if (status.isMatchable() && expiresOn != null && expiresOn.isBefore(today)) {
            return NeedStatus.EXPIRED;
        }
        return status;
    }
}
