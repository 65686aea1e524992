/**
 * Colleges' cooperation needs. A plain lifecycle around a document (draft → open → matched →
 * fulfilled | withdrawn | expired), so the feature is kept flat: request and view records, the
 * Mongo document, a service and a controller. Matching itself lives in {@code matching}.
 */
package org.coop.matchmaking.needs;
