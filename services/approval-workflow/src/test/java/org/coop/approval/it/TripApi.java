package org.coop.approval.it;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The trip API as a test drives it: bodies as maps, answers as maps. */
public final class TripApi {

    public static final String BASE = "/api/approvals";

    private final WebTestClient client;

    public TripApi(int port) {
        this.client = WebTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .responseTimeout(java.time.Duration.ofSeconds(30)).build();
    }

    public WebTestClient client() {
        return client;
    }

    /** A staff visit to Vientiane departing {@code leadDays} after {@code today}, {@code days} long. */
    public static Map<String, Object> tripBody(LocalDate today, int leadDays, int days, List<String> travellerIds) {
        Map<String, Object> body = new LinkedHashMap<>();
        List<Map<String, Object>> travellers = new ArrayList<>();
        for (String id : travellerIds) {
            travellers.add(Map.of("userId", id, "name", id, "rank", "STAFF", "position", "teacher"));
        }
        body.put("travellers", travellers);
        body.put("destinations", List.of("LA"));
        body.put("departureDate", today.plusDays(leadDays).toString());
        body.put("returnDate", today.plusDays(leadDays + days - 1L).toString());
        body.put("purpose", "Sign the internship agreement with the Lao-German technical college");
        body.put("budget", Map.of("amount", 38000, "currency", "CNY", "fundingSource", "college budget"));
        body.put("inPlan", true);
        body.put("planReference", "plan-2027-07");
        body.put("attachments", List.of(Map.of("name", "invitation.pdf", "mediaType", "application/pdf",
                "sizeBytes", 20480)));
        return body;
    }

    public WebTestClient.ResponseSpec post(String token, String path, Object body) {
        WebTestClient.RequestBodySpec request = client.post().uri(BASE + path).contentType(MediaType.APPLICATION_JSON);
        if (token != null) {
            request.headers(h -> h.setBearerAuth(token));
        }
        return request.bodyValue(body).exchange();
    }

    public WebTestClient.ResponseSpec get(String token, String path) {
        WebTestClient.RequestHeadersSpec<?> request = client.get().uri(BASE + path);
        if (token != null) {
            request.headers(h -> h.setBearerAuth(token));
        }
        return request.exchange();
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> submit(String token, Map<String, Object> body) {
        return post(token, "/trips", body).expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> decide(String token, String tripId, Map<String, Object> decision) {
        return post(token, "/trips/" + tripId + "/decisions", decision).expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
    }

    public Map<String, Object> approve(String token, String tripId) {
        return decide(token, tripId, Map.of("action", "APPROVE", "comment", "agreed"));
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> getMap(String token, String path) {
        return get(token, path).expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
    }

    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> items(String token, String path) {
        return (List<Map<String, Object>>) getMap(token, path).get("items");
    }
}
