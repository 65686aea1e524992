/**
 * Standing subscriptions of enterprises and institutions: saved criteria, keywords, a minimum
 * score, channels (live stream, signed webhook) and a daily cap. A plain lifecycle (active ⇄
 * paused → cancelled), kept flat; every change is published whole on the compacted
 * subscriptions topic, from which every instance keeps its in-memory index current.
 */
package org.coop.matchmaking.subscriptions;
