package org.coop.approval.it;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

/**
 * Every endpoint's path rule: without a token 401 (except the public summary and the API
 * description), with the wrong role 403, always as Problem Details.
 */
@ApprovalIntegrationTest
class EndpointSecurityIntegrationTest extends ApprovalTestBase {




    record Endpoint(HttpMethod method, String path, String mediaType, Object body) {
    }

    static final String TRIP = "/trips/some-trip";

    static List<Endpoint> endpoints() {
        Map<String, Object> empty = Map.of();
        return List.of(
                new Endpoint(HttpMethod.POST, "/trips/check", MediaType.APPLICATION_JSON_VALUE, empty),
                new Endpoint(HttpMethod.POST, "/trips", MediaType.APPLICATION_JSON_VALUE, empty),
                new Endpoint(HttpMethod.GET, "/trips", null, null),
                new Endpoint(HttpMethod.GET, TRIP, null, null),
                new Endpoint(HttpMethod.POST, TRIP + "/decisions", MediaType.APPLICATION_JSON_VALUE, empty),
                new Endpoint(HttpMethod.POST, TRIP + "/recall", MediaType.APPLICATION_JSON_VALUE, empty),
                new Endpoint(HttpMethod.POST, TRIP + "/resubmit", MediaType.APPLICATION_JSON_VALUE, empty),
                new Endpoint(HttpMethod.POST, TRIP + "/report", MediaType.APPLICATION_JSON_VALUE, empty),
                new Endpoint(HttpMethod.GET, TRIP + "/trail", null, null),
                new Endpoint(HttpMethod.GET, TRIP + "/trail/verification", null, null),
                new Endpoint(HttpMethod.GET, TRIP + "/trail/export", null, null),
                new Endpoint(HttpMethod.GET, "/tasks", null, null),
                new Endpoint(HttpMethod.POST, "/delegations", MediaType.APPLICATION_JSON_VALUE, empty),
                new Endpoint(HttpMethod.GET, "/delegations", null, null),
                new Endpoint(HttpMethod.DELETE, "/delegations/some-delegation", null, null),
                new Endpoint(HttpMethod.GET, "/reports/overdue", null, null),
                new Endpoint(HttpMethod.GET, "/statistics", null, null),
                new Endpoint(HttpMethod.GET, "/policy", null, null),
                new Endpoint(HttpMethod.GET, "/admin/policies", null, null),
                new Endpoint(HttpMethod.GET, "/admin/policies/2026.1", null, null),
                new Endpoint(HttpMethod.POST, "/admin/policies", "application/yaml", "version: x"));
    }

    private org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec call(Endpoint endpoint,
                                                                                        String token) {
        var request = api.client().method(endpoint.method()).uri(TripApi.BASE + endpoint.path());
        if (token != null) {
            request.headers(h -> h.setBearerAuth(token));
        }
        if (endpoint.body() != null) {
            return request.contentType(MediaType.parseMediaType(endpoint.mediaType())).bodyValue(endpoint.body())
                    .exchange();
        }
        return request.exchange();
    }

    @Test
    void everyEndpointButThePublicOnesNeedsAToken() {
        for (Endpoint endpoint : endpoints()) {
            call(endpoint, null).expectStatus().isUnauthorized()
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        }
        api.get(null, "/public/trips/unknown").expectStatus().isNotFound();
        api.client().get().uri("/v3/api-docs").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.paths['/api/approvals/trips']").exists()
                .jsonPath("$.paths['/api/approvals/tasks']").exists()
                .jsonPath("$.paths['/api/approvals/trips/{id}/trail/verification']").exists();
    }

    @Test
    void anEnterpriseUserMayUseNoTripEndpoint() {
        String enterprise = people.enterprise();
        for (Endpoint endpoint : endpoints()) {
            if (endpoint.path().equals("/policy")) {
                call(endpoint, enterprise).expectStatus().isOk();
                continue;
            }
            call(endpoint, enterprise).expectStatus().isForbidden()
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        }
    }

    @Test
    void officersCannotRequestOrReportTripsAndCollegeStaffCannotReadOfficerViews() {
        String officer = people.education();
        for (String path : List.of("/trips/check", "/trips", TRIP + "/recall", TRIP + "/resubmit", TRIP + "/report")) {
            api.post(officer, path, Map.of()).expectStatus().isForbidden();
        }
        String staff = people.requester();
        for (String path : List.of("/reports/overdue", "/statistics", TRIP + "/trail/export", "/admin/policies")) {
            api.get(staff, path).expectStatus().isForbidden();
        }
        api.get(officer, "/admin/policies").expectStatus().isForbidden();
    }
}
