package org.coop.proposal.it;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The proposal API as a test drives it: bodies as maps, answers as maps. */
final class ProposalApi {

    static final String BASE = "/api/proposals";

    private final WebTestClient client;

    ProposalApi(int port) {
        this.client = WebTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .responseTimeout(Duration.ofSeconds(30)).build();
    }

    /** Title, scope and terms in Chinese and Vietnamese (terms also in English). */
    static Map<String, Object> texts(String titleSuffix) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", Map.of("zh", "机电一体化专业顶岗实习合作备忘录" + titleSuffix,
                "vi", "Biên bản ghi nhớ hợp tác thực tập cơ điện tử" + titleSuffix));
        body.put("scope", Map.of("zh", "每年十二名学生赴北宁工厂顶岗实习", "vi", "Mười hai sinh viên mỗi năm thực tập tại Bắc Ninh"));
        body.put("terms", Map.of("zh", "实习期六个月，企业提供食宿", "en", "Six months; the company provides board and lodging"));
        return body;
    }

    static Map<String, Object> party(String organizationId, String role, String country, int position) {
        return Map.of("organizationId", organizationId, "role", role, "country", country, "signingPosition", position);
    }

    /** A college–company draft written from scratch, the college signing first. */
    static Map<String, Object> draft(String college, String company) {
        Map<String, Object> body = texts("");
        body.put("mode", "COLLEGE_COMPANY");
        body.put("parties", List.of(party(college, "COLLEGE", "CN", 1), party(company, "COMPANY", "VN", 2)));
        return body;
    }

    static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        copy.put(key, value);
        return copy;
    }

    WebTestClient.ResponseSpec call(String token, HttpMethod method, String path, Object body) {
        WebTestClient.RequestBodySpec request = client.method(method).uri(BASE + path);
        if (token != null) {
            request.headers(h -> h.setBearerAuth(token));
        }
        if (body == null) {
            return request.exchange();
        }
        return request.contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    WebTestClient.ResponseSpec post(String token, String path, Object body) {
        return call(token, HttpMethod.POST, path, body);
    }

    WebTestClient.ResponseSpec get(String token, String path) {
        return call(token, HttpMethod.GET, path, null);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> body(WebTestClient.ResponseSpec response) {
        return response.expectBody(Map.class).returnResult().getResponseBody();
    }

    Map<String, Object> ok(WebTestClient.ResponseSpec response) {
        return body(response.expectStatus().isOk());
    }

    Map<String, Object> created(String token, String path, Object body) {
        return body(post(token, path, body).expectStatus().isCreated());
    }

    /** Expects a Problem Details answer with {@code status} and returns it. */
    static Map<String, Object> problem(WebTestClient.ResponseSpec response, int status) {
        return body(response.expectStatus().isEqualTo(status)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }
}
