package org.coop.forum.registration.adapter.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.coop.forum.registration.domain.Attendee;

/** Request bodies of the registration API; the delegation size limit is configuration, checked by the domain. */
public final class RegistrationRequests {

    private RegistrationRequests() {
    }

    public record AttendeeBody(@NotBlank @Size(max = 100) String userId, @NotBlank @Size(max = 200) String name) {

        Attendee toAttendee() {
            return new Attendee(userId, name);
        }
    }

    /** SINGLE (the lead alone) or DELEGATION (the lead and members). */
    public record RegistrationBody(@NotNull @Pattern(regexp = "SINGLE|DELEGATION") String kind,
                                   @NotNull @Valid AttendeeBody lead,
                                   @Size(max = 50) List<@Valid @NotNull AttendeeBody> members) {

        List<Attendee> memberList() {
            return members == null ? List.of() : members.stream().map(AttendeeBody::toAttendee).toList();
        }
    }
}
