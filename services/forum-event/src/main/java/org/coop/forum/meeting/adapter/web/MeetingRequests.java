package org.coop.forum.meeting.adapter.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;
import java.util.List;

/** Request bodies of the meeting API; the slot grid and group size are configuration, checked by the domain. */
public final class MeetingRequests {

    private MeetingRequests() {
    }

    /** Organizations to meet (1 to 3 besides the caller's), in the slot starting at {@code slotStartsAt} (venue-local). */
    public record MeetingBody(@NotEmpty @Size(max = 10) List<@NotBlank @Size(max = 100) String> invitees,
                              @NotNull LocalDateTime slotStartsAt,
                              @Size(max = 100) String matchId,
                              @Size(max = 1000) String note) {
    }

    public record CancelBody(@Size(max = 1000) String reason) {
    }
}
