package org.coop.forum.registration.adapter.mongo;

import org.coop.forum.registration.domain.Registration;
import org.coop.forum.registration.domain.RegistrationStatus;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The stored form of a registration. {@code liveKey} is {@code <forumId>/<organizationId>} while
 * the registration is live and gets the registration id appended when it is cancelled; a unique
 * index on it lets an organization hold one live registration per forum and register again after
 * cancelling.
 */
@Document(MongoRegistrationStore.COLLECTION)
public record RegistrationDocument(@Id String id, @Version Long version, String liveKey, Registration registration) {

    static String liveKey(String forumId, String organizationId) {
        return forumId + "/" + organizationId;
    }

    static RegistrationDocument of(Registration registration, Long version) {
        String live = liveKey(registration.getForumId(), registration.getOrganizationId());
        return new RegistrationDocument(registration.getId(), version,
                registration.getStatus() == RegistrationStatus.CANCELLED ? live + "/" + registration.getId() : live,
                registration);
    }
}
