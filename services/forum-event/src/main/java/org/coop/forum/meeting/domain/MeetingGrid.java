package org.coop.forum.meeting.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.coop.forum.common.domain.FieldProblem;

/**
 * The fixed meeting slots of every forum, as configuration: slots of {@code slotMinutes} from
 * {@code dayStartsAt} to {@code dayEndsAt} on each forum day (venue-local time), and at most
 * {@code maxOrganizations} organizations per meeting.
 */
public record MeetingGrid(int slotMinutes, LocalTime dayStartsAt, LocalTime dayEndsAt, int maxOrganizations) {

    public MeetingGrid {
        if (slotMinutes < 5 || !dayEndsAt.isAfter(dayStartsAt) || maxOrganizations < 2) {
            throw new IllegalArgumentException("a meeting grid needs slots of 5 minutes or more within a day "
                    + "and room for two organizations");
        }
    }

    /** Problems of a slot start for a forum held from {@code startsOn} to {@code endsOn}. */
    public List<FieldProblem> problems(String field, LocalDateTime start, LocalDate startsOn, LocalDate endsOn) {
        List<FieldProblem> problems = new ArrayList<>();
        if (start == null) {
            problems.add(new FieldProblem(field, "is required", "required"));
            return problems;
        }
        LocalDate day = start.toLocalDate();
        LocalTime time = start.toLocalTime();
        if (day.isBefore(startsOn) || day.isAfter(endsOn)) {
            problems.add(new FieldProblem(field, "must be on a day of the forum", "range"));
        }
        long offset = java.time.Duration.between(dayStartsAt, time).toMinutes();
        if (time.isBefore(dayStartsAt) || time.plusMinutes(slotMinutes).isAfter(dayEndsAt)
                || offset % slotMinutes != 0 || time.getSecond() != 0 || time.getNano() != 0) {
            problems.add(new FieldProblem(field, "must be the start of a " + slotMinutes + "-minute slot between "
                    + dayStartsAt + " and " + dayEndsAt, "slot"));
        }
        return problems;
    }

    public LocalDateTime end(LocalDateTime start) {
        return start.plusMinutes(slotMinutes);
    }
}
