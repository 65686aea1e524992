package org.coop.forum.it;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The forum API as a test drives it: bodies as maps, answers as maps. */
public final class ForumApi {

    public static final String BASE = "/api/forums";
    /** The forum is held a month from today; registration is open now. */
    public static final LocalDate STARTS = LocalDate.now(ZoneOffset.UTC).plusDays(30);

    private final WebTestClient client;

    public ForumApi(int port) {
        this.client = WebTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .responseTimeout(Duration.ofSeconds(30)).build();
    }

    /** The China–ASEAN Education Exchange Week in Vientiane with {@code capacity} seats. */
    public static Map<String, Object> forumBody(int capacity) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", Map.of("zh", "中国—东盟教育交流周", "en", "China-ASEAN Education Exchange Week"));
        body.put("city", "Vientiane");
        body.put("country", "LA");
        body.put("languages", List.of("zh", "en", "lo"));
        body.put("startsOn", STARTS.toString());
        body.put("endsOn", STARTS.plusDays(2).toString());
        body.put("registrationOpensAt", Instant.now().minus(1, ChronoUnit.DAYS).toString());
        body.put("registrationClosesAt", STARTS.atStartOfDay().toInstant(ZoneOffset.UTC).toString());
        body.put("capacity", capacity);
        body.put("sessions", List.of(Map.of("title", Map.of("zh", "职业教育合作圆桌", "lo", "ໂຕະມົນ"),
                "startsAt", STARTS + "T09:30", "endsAt", STARTS + "T11:00", "room", "Hall A",
                "capacity", capacity)));
        return body;
    }

    public static Map<String, Object> single(String userId) {
        return Map.of("kind", "SINGLE", "lead", Map.of("userId", userId, "name", userId));
    }

    public static Map<String, Object> delegation(String leadUserId, String... memberUserIds) {
        return Map.of("kind", "DELEGATION", "lead", Map.of("userId", leadUserId, "name", leadUserId),
                "members", java.util.Arrays.stream(memberUserIds).map(id -> Map.of("userId", id, "name", id)).toList());
    }

    /** A meeting at the first slot of the second forum day unless {@code slot} says otherwise. */
    public static Map<String, Object> meetingBody(String slot, String... invitees) {
        return Map.of("invitees", List.of(invitees), "slotStartsAt", slot);
    }

    public static String slot(String time) {
        return STARTS.plusDays(1) + "T" + time;
    }

    public WebTestClient.ResponseSpec call(HttpMethod method, String token, String path, Object body) {
        WebTestClient.RequestBodySpec request = client.method(method).uri(BASE + path);
        if (token != null) {
            request.headers(h -> h.setBearerAuth(token));
        }
        if (body != null) {
            return request.contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
        }
        return request.exchange();
    }

    public WebTestClient.ResponseSpec post(String token, String path, Object body) {
        return call(HttpMethod.POST, token, path, body == null ? Map.of() : body);
    }

    public WebTestClient.ResponseSpec get(String token, String path) {
        return call(HttpMethod.GET, token, path, null);
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> body(WebTestClient.ResponseSpec response) {
        return response.expectBody(Map.class).returnResult().getResponseBody();
    }

    public static List<?> list(WebTestClient.ResponseSpec response) {
        return response.expectBody(List.class).returnResult().getResponseBody();
    }

    /** A new forum of the organizer, published; its id. */
    public String publishedForum(String organizer, int capacity) {
        String id = (String) body(post(organizer, "", forumBody(capacity)).expectStatus().isCreated()).get("id");
        post(organizer, "/" + id + "/publish", null).expectStatus().isOk();
        return id;
    }

    /** Registers and expects 201; the registration as answered. */
    public Map<String, Object> register(String token, String forumId, Map<String, Object> body) {
        return body(post(token, "/" + forumId + "/registrations", body).expectStatus().isCreated());
    }
}
