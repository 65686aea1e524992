package org.coop.matchmaking.bench;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;

/**
 * The province-year's smoke check: the generated counts are in the store, and every console list
 * of the demo users answers through the gateway, a full first page and a second page where the
 * generated data is large, and every detail opened from a list answers too.
 */
final class ProvinceYearCheck {

    private ProvinceYearCheck() {
    }

    record Expected(String database, String collection, long atLeast) {
    }

    static int verify(ProvinceStore store, ProvinceYear.Volumes volumes, String gateway) {
        int failures = 0;
        // Below half scale the demo organizations' shares are smaller than a page, and the fewer
        // subscriptions match fewer needs: the check then asks for data, not for full pages.
        boolean fullScale = volumes.needs() >= 25_000;
        // matches come from the engine: four per need at full scale (the generator keeps up to the best five)
        long matchesPerNeed = fullScale ? 4 : 1;
        List<Expected> expected = List.of(
                new Expected("matchmaking", "needs", volumes.needs()),
                new Expected("matchmaking", "subscriptions", volumes.subscriptions()),
                new Expected("matchmaking", "offers", volumes.offers()),
                new Expected("matchmaking", "matches", volumes.needs() * matchesPerNeed),
                new Expected("proposal", "proposals", fullScale ? volumes.proposals() : volumes.proposals() / 4),
                new Expected("approvals", "trips", volumes.trips() * 9L / 10),
                new Expected("forums", "forums", volumes.forums()),
                new Expected("forums", "registrations", volumes.registrations() * 9L / 10));
        for (Expected e : expected) {
            long count = store.count(e.database(), e.collection());
            boolean ok = count >= e.atLeast();
            failures += ok ? 0 : 1;
            System.out.printf(Locale.ROOT, "%s %-28s %,9d stored (expected >= %,d)%n", ok ? "ok  " : "FAIL",
                    e.database() + "." + e.collection(), count, e.atLeast());
        }
        try {
            ConsoleCalls calls = new ConsoleCalls(gateway);
            calls.signIn();
            for (ConsoleCalls.Call call : calls.resolved()) {
                HttpResponse<String> answer = calls.get(call.user(), call.path());
                String problem = answer.statusCode() == 200 ? null : "answered " + answer.statusCode();
                if (problem == null && call.fullPage() && !fullScale) {
                    JsonNode items = calls.parse(answer.body()).get("items");
                    if (items == null || items.isEmpty()) {
                        problem = "an empty list";
                    }
                } else if (problem == null && call.fullPage()) {
                    JsonNode items = calls.parse(answer.body()).get("items");
                    int asked = Integer.parseInt(call.path().replaceAll(".*size=(\\d+).*", "$1"));
                    if (items == null || items.size() != asked) {
                        problem = "a first page of " + (items == null ? "no" : items.size()) + " items, not " + asked;
                    } else {
                        HttpResponse<String> second = calls.get(call.user(), call.path() + "&page=1");
                        JsonNode next = second.statusCode() == 200 ? calls.parse(second.body()).get("items") : null;
                        if (next == null || next.isEmpty()) {
                            problem = "no second page (" + second.statusCode() + ")";
                        }
                    }
                }
                failures += problem == null ? 0 : 1;
                System.out.printf(Locale.ROOT, "%s %s%s%n", problem == null ? "ok  " : "FAIL", call.name(),
                        call.path().contains("/api/forums/") || problem != null ? " " + call.path()
                                + (problem == null ? "" : ": " + problem) : "");
            }
        } catch (Exception e) {
            System.out.println("FAIL the gateway at " + gateway + ": " + e);
            failures++;
        }
        System.out.println(failures == 0 ? "province-year check passed" : failures + " checks failed");
        return failures;
    }
}
