package org.coop.matchmaking.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The reads the web console makes (platform/gateway/src/main/resources/static/console/js/pages),
 * per demo user, plus the gets by id its detail views open: the province-year's check and the
 * read load both call exactly these through the gateway, signed in as the demo users.
 */
final class ConsoleCalls {

    static final String DEMO_PASSWORD = "coop-demo";

    /**
     * One console call. {@code fullPage}: at province-year volume the answer holds a full page
     * ({@code items} of the asked size), the proof that paging runs over the generated data.
     * {@code detail}: the get-by-id path opened from this list's first item, or null.
     */
    record Call(String user, String path, boolean fullPage, String detail) {
        String name() {
            return user + " " + path.replaceAll("\\?.*", "");
        }
    }

    static final List<Call> CALLS = List.of(
            new Call("km.staff", "/api/auth/me", false, null),
            new Call("km.staff", "/api/matchmaking/vocabulary", false, null),
            new Call("km.staff", "/api/matchmaking/needs?size=50", true, "/api/matchmaking/needs/"),
            new Call("km.staff", "/api/matchmaking/matches?size=50", true, "/api/matchmaking/matches/"),
            new Call("km.staff", "/api/proposals?size=50", true, "/api/proposals/"),
            new Call("km.staff", "/api/approvals/trips?size=50", true, "/api/approvals/trips/"),
            new Call("km.intl", "/api/approvals/tasks?size=50", false, null),
            new Call("vn.bacninh", "/api/matchmaking/subscriptions?size=50", true, "/api/matchmaking/subscriptions/"),
            new Call("vn.bacninh", "/api/matchmaking/offers?size=50", true, "/api/matchmaking/offers/"),
            new Call("vn.bacninh", "/api/matchmaking/matches?size=50", true, null),
            new Call("vn.bacninh", "/api/proposals?size=50", true, null),
            new Call("yn.edu", "/api/approvals/tasks?size=50", false, null),
            new Call("yn.edu", "/api/approvals/reports/overdue?size=50", false, null),
            new Call("yn.edu", "/api/approvals/statistics", false, null),
            new Call("yn.edu", "/api/matchmaking/matches/brokers", false, null),
            new Call("forum.org", "/api/forums?status=DRAFT&size=50", false, null),
            new Call("forum.org", "/api/forums?size=50", true, "/api/forums/"));

    /** The registrations of a forum: the organizer opens them from the forum list. */
    static final String REGISTRATIONS = "/api/forums/%s/registrations?size=100";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final JsonMapper json = JsonMapper.builder().build();
    private final String gateway;
    private final Map<String, String> tokens = new LinkedHashMap<>();

    ConsoleCalls(String gateway) {
        this.gateway = gateway.replaceAll("/$", "");
    }

    /** Signs every demo user of {@link #CALLS} in once (the gateway limits sign-ins; a handful is fine). */
    void signIn() throws IOException, InterruptedException {
        for (Call call : CALLS) {
            if (!tokens.containsKey(call.user())) {
                HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(gateway + "/api/auth/token"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + call.user()
                                + "\",\"password\":\"" + DEMO_PASSWORD + "\"}"))
                        .build(), HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() != 200) {
                    throw new IllegalStateException("sign-in of " + call.user() + " answered " + answer.statusCode()
                            + ": " + answer.body());
                }
                tokens.put(call.user(), json.readTree(answer.body()).get("access_token").asString());
            }
        }
    }

    HttpResponse<String> get(String user, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(gateway + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + tokens.get(user)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    JsonNode parse(String body) {
        return json.readTree(body);
    }

    /** Every call of the console with its detail and registrations paths resolved from a first answer of each list. */
    List<Call> resolved() throws IOException, InterruptedException {
        List<Call> all = new ArrayList<>(CALLS);
        for (Call call : CALLS) {
            if (call.detail() == null) {
                continue;
            }
            HttpResponse<String> answer = get(call.user(), call.path());
            JsonNode items = answer.statusCode() == 200 ? parse(answer.body()).get("items") : null;
            if (items == null || items.isEmpty()) {
                continue;
            }
            String id = items.get(0).get("id").asString();
            all.add(new Call(call.user(), call.detail() + id, false, null));
            if (call.path().startsWith("/api/forums?")) {
                all.add(new Call(call.user(), String.format(REGISTRATIONS, id), true, null));
            }
        }
        return all;
    }
}
