package org.coop.approval.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coop.approval.Fixtures;
import org.coop.approval.InMemoryDirectory;
import org.coop.platform.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;

/** Platform admins publish policy versions; invalid documents are refused with every problem; trips record their version. */
@ApprovalIntegrationTest
class PolicyAdministrationIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    Clock clock;
    @Autowired
    InMemoryDirectory directory;

    @Test
    void anAdminPublishesANewVersionAndNewTripsAreJudgedUnderIt(TestTokens tokens) {
        TripApi api = new TripApi(port);
        People people = new People(tokens, directory, "org-college-" + UUID.randomUUID())
                .member("user-a").member("user-b").member("user-c").member("user-d");
        String version = "test-" + UUID.randomUUID().toString().substring(0, 8);
        String broken = Fixtures.shippedPolicyYaml().replace("version: \"2026.1\"", "version: \"" + version + "\"")
                .replace("approvers: [college-leader]", "approvers: [college-leadr]")
                .replace("maxTravellers: 5", "maxTravellers: 0");
        api.client().post().uri(TripApi.BASE + "/admin/policies").contentType(MediaType.parseMediaType("application/yaml"))
                .headers(h -> h.setBearerAuth(people.admin())).bodyValue(broken).exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.errors[?(@.field == 'limits.maxTravellers')]").exists()
                .jsonPath("$.errors[?(@.field == 'routes[1].steps[1].approvers')].message")
                .isEqualTo("names no approver: 'college-leadr'");

        String stricter = Fixtures.shippedPolicyYaml().replace("version: \"2026.1\"", "version: \"" + version + "\"")
                .replace("maxTravellers: 5", "maxTravellers: 3");
        api.client().post().uri(TripApi.BASE + "/admin/policies").contentType(MediaType.parseMediaType("application/yaml"))
                .headers(h -> h.setBearerAuth(people.admin())).bodyValue(stricter).exchange()
                .expectStatus().isCreated().expectBody().jsonPath("$.version").isEqualTo(version);
        api.client().post().uri(TripApi.BASE + "/admin/policies").contentType(MediaType.parseMediaType("application/yaml"))
                .headers(h -> h.setBearerAuth(people.admin())).bodyValue(stricter).exchange()
                .expectStatus().isEqualTo(409);
        try {
            LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Shanghai"));
            api.post(people.requester(), "/trips", TripApi.tripBody(today, 60, 5,
                    List.of("user-a", "user-b", "user-c", "user-d"))).expectStatus().isEqualTo(422)
                    .expectBody().jsonPath("$.violations[0].message").isEqualTo("delegation of 4 people; at most 3 allowed");
            Map<String, Object> trip = api.submit(people.requester(), TripApi.tripBody(today, 60, 5, List.of("user-a")));
            assertThat(trip.get("policyVersion")).isEqualTo(version);
            api.get(people.requester(), "/policy").expectStatus().isOk().expectBody()
                    .jsonPath("$.version").isEqualTo(version);
            assertThat(api.client().get().uri(TripApi.BASE + "/admin/policies")
                    .headers(h -> h.setBearerAuth(people.admin())).exchange().expectStatus().isOk()
                    .expectBody(String.class).returnResult().getResponseBody()).contains(version, "2026.1");
        } finally {
            // Put the shipped rules back on top for the other tests sharing this store.
            String restored = Fixtures.shippedPolicyYaml().replace("version: \"2026.1\"",
                    "version: \"" + version + "-restored\"");
            api.client().post().uri(TripApi.BASE + "/admin/policies")
                    .contentType(MediaType.parseMediaType("application/yaml"))
                    .headers(h -> h.setBearerAuth(people.admin())).bodyValue(restored).exchange()
                    .expectStatus().isCreated();
        }
    }
}
