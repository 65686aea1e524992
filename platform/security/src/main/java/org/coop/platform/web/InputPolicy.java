package org.coop.platform.web;

import java.time.LocalDate;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code platform.input.*}: the window every date, date-time and instant read from a request must
 * fall in (inclusive, instants by their UTC date). Defaults: 2000-01-01 to 2099-12-31.
 *
 * <p>Why this window: every date the platform reads is a plan or a record of cooperation that is
 * happening now (forum days, registration windows, trips, delegations, cooperation periods,
 * expiry); nothing before 2000 or beyond 2099 can be meant, and the domain rules narrow further
 * (a trip's lead time, an expiry within two years). The window also keeps every accepted date a
 * plain four-digit ISO-8601 year, inside what the store (BSON dates), JavaScript's {@code Date}
 * and date arithmetic such as {@code plusDays} handle: {@code +999999999-12-31} was accepted and
 * then failed deep inside with a 500 (issue 9).
 */
@ConfigurationProperties("platform.input")
public record InputPolicy(LocalDate earliestDate, LocalDate latestDate) {

    public static final InputPolicy DEFAULT = new InputPolicy(null, null);

    public InputPolicy {
        earliestDate = earliestDate == null ? LocalDate.of(2000, 1, 1) : earliestDate;
        latestDate = latestDate == null ? LocalDate.of(2099, 12, 31) : latestDate;
        if (latestDate.isBefore(earliestDate)) {
            throw new IllegalArgumentException("platform.input.latest-date " + latestDate
                    + " is before platform.input.earliest-date " + earliestDate);
        }
    }

    public boolean allows(LocalDate date) {
        return !date.isBefore(earliestDate) && !date.isAfter(latestDate);
    }

    /** What a caller reads when a date is refused. */
    public String dateWindowMessage() {
        return "must be between " + earliestDate + " and " + latestDate;
    }
}
