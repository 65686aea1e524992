package org.coop.approval.trip.adapter.mongo;

import org.coop.approval.trip.domain.Trip;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The stored form of a trip: the aggregate under {@code trip}, the optimistic-lock version, and
 * (written by the platform) its pending events and (by {@link MongoTripStore}) its timer lease.
 */
@Document(MongoTripStore.COLLECTION)
public record TripDocument(@Id String id, @Version Long version, Trip trip) {
}
