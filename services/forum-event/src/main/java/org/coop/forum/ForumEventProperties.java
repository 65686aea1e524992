package org.coop.forum;

import java.time.Duration;
import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code forum.*}: delegation size and the meeting grid, as data (see {@code forum-event.yml}). */
@ConfigurationProperties("forum")
public class ForumEventProperties {

    private final Registration registration = new Registration();
    private final Meetings meetings = new Meetings();

    public Registration getRegistration() {
        return registration;
    }

    public Meetings getMeetings() {
        return meetings;
    }

    public static class Registration {
        /** Members a delegation may bring besides its lead. */
        private int maxDelegationMembers = 4;
        /** Waitlisted registrations looked at per promotion round. */
        private int promotionScan = 100;
        /** How often registrations left PENDING by a crash are looked for, and how old they must be. */
        private Duration repairEvery = Duration.ofSeconds(30);
        private Duration repairAfter = Duration.ofMinutes(1);

        public Duration getRepairEvery() {
            return repairEvery;
        }

        public void setRepairEvery(Duration repairEvery) {
            this.repairEvery = repairEvery;
        }

        public Duration getRepairAfter() {
            return repairAfter;
        }

        public void setRepairAfter(Duration repairAfter) {
            this.repairAfter = repairAfter;
        }

        public int getMaxDelegationMembers() {
            return maxDelegationMembers;
        }

        public void setMaxDelegationMembers(int maxDelegationMembers) {
            this.maxDelegationMembers = maxDelegationMembers;
        }

        public int getPromotionScan() {
            return promotionScan;
        }

        public void setPromotionScan(int promotionScan) {
            this.promotionScan = promotionScan;
        }
    }

    public static class Meetings {
        private int slotMinutes = 30;
        private LocalTime dayStartsAt = LocalTime.of(9, 0);
        private LocalTime dayEndsAt = LocalTime.of(17, 30);
        private int maxOrganizations = 4;

        public int getSlotMinutes() {
            return slotMinutes;
        }

        public void setSlotMinutes(int slotMinutes) {
            this.slotMinutes = slotMinutes;
        }

        public LocalTime getDayStartsAt() {
            return dayStartsAt;
        }

        public void setDayStartsAt(LocalTime dayStartsAt) {
            this.dayStartsAt = dayStartsAt;
        }

        public LocalTime getDayEndsAt() {
            return dayEndsAt;
        }

        public void setDayEndsAt(LocalTime dayEndsAt) {
            this.dayEndsAt = dayEndsAt;
        }

        public int getMaxOrganizations() {
            return maxOrganizations;
        }

        public void setMaxOrganizations(int maxOrganizations) {
            this.maxOrganizations = maxOrganizations;
        }
    }
}
