/** Mongo adapters of the trip feature: trips (aggregate + outbox), the evidence replica, delegations. */
package org.coop.approval.trip.adapter.mongo;
