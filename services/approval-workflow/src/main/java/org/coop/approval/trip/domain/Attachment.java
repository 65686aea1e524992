package org.coop.approval.trip.domain;

/** Metadata of a document kept elsewhere (an invitation letter, an agenda); the file is not stored here. */
public record Attachment(String name, String mediaType, long sizeBytes, String sha256) {
}
