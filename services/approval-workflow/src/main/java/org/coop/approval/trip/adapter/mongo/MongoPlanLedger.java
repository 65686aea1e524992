package org.coop.approval.trip.adapter.mongo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bson.Document;
import org.coop.approval.trip.application.PlanLedger;
import org.coop.approval.trip.domain.TripStatus;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * One document per college and year in {@code plan_usage}: {@code trips} (the ids holding a
 * place) and {@code reservedAt.<tripId>}. A reservation is an upsert conditioned on the array
 * having fewer than {@code quota} elements ({@code trips.<quota-1>} does not exist); when the
 * document exists and is full the upsert collides with its {@code _id}, which means "full".
 */
public class MongoPlanLedger implements PlanLedger {

    static final String COLLECTION = "plan_usage";
    private static final String TRIPS = "trips";
    private static final String RESERVED_AT = "reservedAt";

    private final ReactiveMongoTemplate mongo;

    public MongoPlanLedger(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    static String key(String collegeOrganizationId, int year) {
        return collegeOrganizationId + ":" + year;
    }

    @Override
    public Mono<Integer> used(String collegeOrganizationId, int year) {
        return read(collegeOrganizationId, year).map(document -> tripsOf(document).size()).defaultIfEmpty(0);
    }

    @Override
    public Mono<Boolean> reserve(String collegeOrganizationId, int year, String tripId, int quota, Instant now) {
        if (quota <= 0) {
            return Mono.just(false);
        }
        String key = key(collegeOrganizationId, year);
        // _id at the top level: an upsert that matches nothing inserts the document under this key.
        Query room = Query.query(Criteria.where("_id").is(key).orOperator(
                Criteria.where(TRIPS + "." + (quota - 1)).exists(false),
                Criteria.where(TRIPS).is(tripId)));
        Update take = new Update().addToSet(TRIPS, tripId).set(RESERVED_AT + "." + tripId, Date.from(now))
                .setOnInsert("collegeOrganizationId", collegeOrganizationId).setOnInsert("year", year);
        return mongo.upsert(room, take, COLLECTION)
                .map(result -> true)
                .onErrorResume(DuplicateKeyException.class, full -> Mono.just(false));
    }

    @Override
    public Mono<Void> release(String collegeOrganizationId, int year, String tripId) {
        return mongo.updateFirst(Query.query(Criteria.where("_id").is(key(collegeOrganizationId, year))),
                new Update().pull(TRIPS, tripId).unset(RESERVED_AT + "." + tripId), COLLECTION).then();
    }

    @Override
    public Mono<List<Reservation>> reservations(String collegeOrganizationId, int year) {
        return read(collegeOrganizationId, year).map(document -> {
            Document times = document.get(RESERVED_AT, Document.class);
            List<Reservation> reservations = new ArrayList<>();
            for (String tripId : tripsOf(document)) {
                Date at = times == null ? null : times.getDate(tripId);
                reservations.add(new Reservation(tripId, at == null ? null : at.toInstant()));
            }
            return List.copyOf(reservations);
        }).defaultIfEmpty(List.of());
    }

    /**
     * Records the places of trips stored before the ledger existed (or while it was lost): every
     * in-plan trip not rejected is added to its college-year. Idempotent; one pass over the
     * trips at start.
     */
    public Mono<Long> recordExistingTrips() {
        Query counted = Query.query(Criteria.where("trip.inPlan").is(true)
                .and("trip.status").ne(TripStatus.REJECTED.name()));
        counted.fields().include("trip.collegeOrganizationId").include("trip.departureDate");
        return mongo.find(counted, Document.class, MongoTripStore.COLLECTION)
                .collect(() -> new TreeMap<String, List<String>>(), (byKey, document) -> {
                    Document trip = document.get("trip", Document.class);
                    Object stored = trip.get("departureDate");
                    LocalDate departure = stored == null ? null
                            : mongo.getConverter().getConversionService().convert(stored, LocalDate.class);
                    if (departure != null) {
                        int year = departure.getYear();
                        byKey.computeIfAbsent(key(trip.getString("collegeOrganizationId"), year),
                                k -> new ArrayList<>()).add(document.getString("_id"));
                    }
                })
                .flatMapMany(byKey -> Flux.fromIterable(byKey.entrySet()))
                .concatMap(this::record)
                .count();
    }

    private Mono<Void> record(Map.Entry<String, List<String>> entry) {
        String key = entry.getKey();
        int colon = key.lastIndexOf(':');
        Update add = new Update().addToSet(TRIPS).each(entry.getValue().toArray())
                .setOnInsert("collegeOrganizationId", key.substring(0, colon))
                .setOnInsert("year", Integer.parseInt(key.substring(colon + 1)));
        return mongo.upsert(Query.query(Criteria.where("_id").is(key)), add, COLLECTION).then();
    }

    private Mono<Document> read(String collegeOrganizationId, int year) {
        return mongo.findOne(Query.query(Criteria.where("_id").is(key(collegeOrganizationId, year))), Document.class,
                COLLECTION);
    }

    private static List<String> tripsOf(Document document) {
        return document.getList(TRIPS, String.class, List.of());
    }
}
