package org.coop.approval.trip.application;

import java.util.List;
import org.coop.approval.policy.domain.Actor;
import org.coop.approval.trip.domain.TrailEntry;
import org.coop.approval.trip.domain.TrailVerification;
import reactor.core.publisher.Mono;

/** Reading, verifying and exporting a trip's hash-chained audit trail. */
public class TrailService {

    private final TripService trips;

    public TrailService(TripService trips) {
        this.trips = trips;
    }

    public Mono<List<TrailEntry>> trail(Actor caller, String id) {
        return trips.visible(caller, id).map(stored -> stored.trip().getTrail());
    }

    public Mono<TrailVerification> verify(Actor caller, String id) {
        return trips.visible(caller, id).map(stored -> stored.trip().verifyTrail());
    }

    /** Officers of the trip's province export its trail. */
    public Mono<List<TrailEntry>> export(Actor caller, String id) {
        return Mono.fromRunnable(() -> TripService.requireOfficer(caller)).then(trail(caller, id));
    }

    /** RFC 4180 CSV: a header, then one line per entry; fields with commas, quotes or line breaks are quoted. */
    public static String csv(List<TrailEntry> trail) {
        StringBuilder csv = new StringBuilder(
                "seq,at,action,actorUserId,actorName,onBehalfOfUserId,onBehalfOfName,stepIndex,detail,previousHash,hash\r\n");
        for (TrailEntry entry : trail) {
            csv.append(String.join(",", List.of(Integer.toString(entry.seq()), cell(String.valueOf(entry.at())),
                    cell(entry.action()), cell(entry.actorUserId()), cell(entry.actorName()),
                    cell(entry.onBehalfOfUserId()), cell(entry.onBehalfOfName()),
                    Integer.toString(entry.stepIndex()), cell(entry.detail()), entry.previousHash(), entry.hash())))
                    .append("\r\n");
        }
        return csv.toString();
    }

    private static String cell(String value) {
        if (value == null) {
            return "";
        }
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }
}
