package org.coop.approval.trip.domain;

import java.util.List;

/** What an action did to a trip, for the application to turn into events. */
public sealed interface Outcome {

    /** An approval was recorded; the step and maybe the whole trip are now complete. */
    record Approved(int stepIndex, String stepName, StepApproval approval, boolean stepComplete,
                    boolean tripApproved) implements Outcome {
    }

    record Rejected(int stepIndex, String stepName, String userId, String userName, String onBehalfOfUserId,
                    String reason) implements Outcome {
    }

    record Returned(int fromStep, int toStep, String userId, String userName, String onBehalfOfUserId,
                    String comment) implements Outcome {
    }

    record Recalled(int stepIndex, String comment) implements Outcome {
    }

    record Resubmitted(int stepIndex, String comment) implements Outcome {
    }

    record Reminded(int stepIndex, String stepName) implements Outcome {
    }

    /** A step passed its due time; {@code escalatedTo} is empty when the policy names no next level. */
    record Escalated(int stepIndex, String stepName, java.time.Instant dueAt, List<String> escalatedTo)
            implements Outcome {
    }

    record ReportOverdue(java.time.LocalDate dueOn) implements Outcome {
    }

    record ReportFiled(Report report, java.time.LocalDate dueOn) implements Outcome {
    }
}
