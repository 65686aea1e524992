package org.coop.approval.trip.application;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.coop.approval.policy.domain.Actor;
import org.coop.approval.trip.domain.Step;
import org.coop.approval.trip.domain.StepApproval;
import org.coop.approval.trip.domain.Track;
import org.coop.approval.trip.domain.Trip;
import org.coop.approval.trip.domain.TripStatus;
import reactor.core.publisher.Mono;

/**
 * Figures for the officers of a province: median lead time by track, share of decisions taken
 * within their step's SLA, overdue reports; overall, by college and by destination. Computed from
 * the province's trips on request (a province files hundreds of trips a year, not millions).
 */
public class StatisticsService {

    private final TripStore trips;
    private final java.time.Clock clock;

    public StatisticsService(TripStore trips, java.time.Clock clock) {
        this.trips = trips;
        this.clock = clock;
    }

    /** Figures of one group of trips. */
    public record Figures(int trips, int approved, int rejected, int inReview, Map<String, Double> medianLeadTimeDaysByTrack,
                          int decisions, int decisionsWithinSla, Double shareDecidedWithinSla, int overdueReports) {
    }

    public record Statistics(String province, Figures overall, Map<String, Figures> byCollege,
                             Map<String, Figures> byDestination) {
    }

    public Mono<Statistics> of(Actor officer) {
        TripService.requireOfficer(officer);
        return trips.ofProvince(officer.province()).collectList().map(all -> {
            Map<String, List<Trip>> byCollege = group(all, trip -> List.of(trip.getCollegeOrganizationId()));
            Map<String, List<Trip>> byDestination = group(all, Trip::getDestinations);
            Map<String, Figures> colleges = new TreeMap<>();
            byCollege.forEach((college, list) -> colleges.put(college, figures(list)));
            Map<String, Figures> destinations = new TreeMap<>();
            byDestination.forEach((country, list) -> destinations.put(country, figures(list)));
            return new Statistics(officer.province(), figures(all), colleges, destinations);
        });
    }

    private static Map<String, List<Trip>> group(List<Trip> all, Function<Trip, List<String>> keys) {
        Map<String, List<Trip>> groups = new TreeMap<>();
        for (Trip trip : all) {
            for (String key : keys.apply(trip)) {
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(trip);
            }
        }
        return groups;
    }

    private Figures figures(List<Trip> list) {
        Map<String, Double> medians = new TreeMap<>();
        for (Track track : Track.values()) {
            List<Long> leadTimes = list.stream().filter(trip -> trip.getTrack() == track)
                    .map(trip -> ChronoUnit.DAYS.between(
                            LocalDate.ofInstant(trip.getSubmittedAt(), ZoneId.of(trip.getTimeZone())),
                            trip.getDepartureDate()))
                    .sorted().toList();
            if (!leadTimes.isEmpty()) {
                medians.put(track.name(), median(leadTimes));
            }
        }
        int decisions = 0;
        int withinSla = 0;
        for (Trip trip : list) {
            for (Step step : trip.getSteps()) {
                for (StepApproval approval : step.getApprovals()) {
                    decisions++;
                    if (approval.withinSla()) {
                        withinSla++;
                    }
                }
            }
        }
        LocalDate today = LocalDate.now(clock);
        int overdue = (int) list.stream().filter(trip -> trip.getStatus() == TripStatus.APPROVED
                && trip.isReportRequired() && trip.getReport() == null && trip.getReportDueOn() != null
                && today.isAfter(trip.getReportDueOn())).count();
        return new Figures(list.size(), count(list, TripStatus.APPROVED), count(list, TripStatus.REJECTED),
                count(list, TripStatus.IN_REVIEW), medians, decisions, withinSla,
                decisions == 0 ? null : (double) withinSla / decisions, overdue);
    }

    private static int count(List<Trip> list, TripStatus status) {
        return (int) list.stream().filter(trip -> trip.getStatus() == status).count();
    }

    static double median(List<Long> sorted) {
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }
}
