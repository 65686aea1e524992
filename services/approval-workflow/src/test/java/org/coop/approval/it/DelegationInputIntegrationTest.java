package org.coop.approval.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;

/**
 * Issue 9: a delegation's dates far outside any calendar ({@code -999999999-01-01},
 * {@code +999999999-12-31}) answered 500, an integer was read as an epoch day and there was no
 * upper bound. Each is now a 400 naming the date, and nothing is stored.
 */
@ApprovalIntegrationTest
class DelegationInputIntegrationTest extends ApprovalTestBase {

    @Autowired
    Clock clock;

    @Autowired
    ReactiveMongoTemplate mongo;

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({"from, -999999999-01-01", "to, +999999999-12-31", "from, +999999999-12-31", "to, 2100-01-01",
            "from, 1999-12-31", "to, 20260101"})
    void aDelegationDateOutsideTheWindowIsRefusedByName(String field, String value) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Shanghai"));
        Map<String, Object> body = new LinkedHashMap<>(Map.of("delegateUserId", "user-zhou-li",
                "delegateName", "Zhou Li", "from", today.toString(), "to", today.plusDays(7).toString()));
        body.put(field, value.matches("\\d+") ? (Object) Integer.valueOf(value) : value);
        api.post(people.internationalOffice(), "/delegations", body)
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://coop-platform.example/problems/validation-failed")
                .jsonPath("$.errors[0].field").isEqualTo(field);
        assertThat(mongo.count(Query.query(Criteria.where("delegator.organizationId").is(people.collegeId())),
                "delegations").block()).isZero();
    }
}
