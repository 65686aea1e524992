/**
 * Organizations and accounts: plain CRUD over Mongo, kept flat (no domain logic beyond
 * normalising usernames).
 */
package org.coop.gateway.account;
