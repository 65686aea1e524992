package org.coop.approval.bench;

/** What one engine did: trips through the four steps per second, and the latency of a decision. */
record Result(String engine, int trips, double seconds, Latencies submits, Latencies decisions) {

    double tripsPerSecond() {
        return trips / seconds;
    }

    @Override
    public String toString() {
        if (submits.count() == 0) {
            return String.format("%-28s %6d trips in %6.2fs = %7.1f trips/s%n    read     %s", engine, trips, seconds,
                    tripsPerSecond(), decisions.summary());
        }
        return String.format("%-28s %6d trips in %6.2fs = %7.1f trips/s%n    submit   %s%n    decision %s", engine,
                trips, seconds, tripsPerSecond(), submits.summary(), decisions.summary());
    }
}
