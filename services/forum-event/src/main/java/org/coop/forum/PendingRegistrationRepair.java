package org.coop.forum;

import java.time.Duration;
import org.coop.forum.registration.application.RegistrationService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Finishes, now and then, what an instance's crash left half done between a registration's
 * document and the forum's seat ledger: registrations left PENDING between storing them and
 * writing their outcome ({@link RegistrationService#finishPending}), and seats still held by a
 * cancelled registration or taken for a promotion that was never written
 * ({@link RegistrationService#repairSeats}). Every instance may run it: seat changes are keyed by
 * the registration and registration writes by its version.
 */
public class PendingRegistrationRepair {

    private static final Logger log = LoggerFactory.getLogger(PendingRegistrationRepair.class);
    private static final Duration TIMEOUT = Duration.ofMinutes(1);
    private static final int BATCH = 100;

    private final RegistrationService registrations;
    private final Duration olderThan;

    public PendingRegistrationRepair(RegistrationService registrations, Duration olderThan) {
        this.registrations = registrations;
        this.olderThan = olderThan;
    }

    @Scheduled(fixedDelayString = "${forum.registration.repair-every:30s}",
            initialDelayString = "${forum.registration.repair-every:30s}")
    public void finishPending() {
        try {
            Long finished = registrations.finishPending(olderThan, BATCH).block(TIMEOUT);
            if (finished != null && finished > 0) {
                log.warn("Finished {} registration(s) left pending", finished);
            }
        } catch (RuntimeException e) {
            log.warn("Finishing pending registrations failed; the next round tries again: {}", e.toString());
        }
        try {
            Long repaired = registrations.repairSeats(olderThan).block(TIMEOUT);
            if (repaired != null && repaired > 0) {
                log.warn("Repaired the seats of {} registration(s) left half cancelled or half promoted", repaired);
            }
        } catch (RuntimeException e) {
            log.warn("Repairing seats failed; the next round tries again: {}", e.toString());
        }
    }
}
