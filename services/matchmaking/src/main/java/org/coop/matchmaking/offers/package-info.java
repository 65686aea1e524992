/**
 * Offers of enterprises and institutions, the mirror of a need ("host 10 hotel-management
 * interns in Luang Prabang"). A plain lifecycle (draft → open → withdrawn | expired), kept flat.
 */
package org.coop.matchmaking.offers;
