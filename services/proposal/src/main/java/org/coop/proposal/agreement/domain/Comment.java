package org.coop.proposal.agreement.domain;

import java.time.Instant;

/**
 * A party's remark on the agreement, made on a version.
 *
 * @param field optional: title, scope or terms, when the remark is about one field
 */
public record Comment(String id, int version, String authorOrganizationId, String authorUserId, String authorName,
                      String text, String field, Instant at) {
}
