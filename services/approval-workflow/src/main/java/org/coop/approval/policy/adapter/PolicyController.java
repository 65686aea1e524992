package org.coop.approval.policy.adapter;

import java.util.List;
import java.util.Map;
import org.coop.approval.policy.application.PolicyInvalidException;
import org.coop.approval.policy.application.PolicyService;
import org.coop.approval.policy.application.PolicyStore;
import org.coop.approval.policy.domain.TripPolicy;
import org.coop.platform.security.CurrentUser;
import org.coop.platform.web.BadRequestException;
import org.coop.platform.web.ConflictException;
import org.coop.platform.web.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** The active policy for everyone signed in; publishing and history for platform admins. */
@RestController
public class PolicyController {

    private final PolicyService policies;

    public PolicyController(PolicyService policies) {
        this.policies = policies;
    }

    @GetMapping("/api/approvals/policy")
    public Mono<TripPolicy> active() {
        return policies.active();
    }

    @GetMapping("/api/approvals/admin/policies")
    public Mono<List<Map<String, Object>>> history() {
        return policies.history().map(stored -> Map.<String, Object>of("version", stored.version(),
                "publishedAt", stored.publishedAt(), "publishedBy", stored.publishedBy())).collectList();
    }

    @GetMapping(value = "/api/approvals/admin/policies/{version}", produces = "application/yaml")
    public Mono<String> document(@PathVariable String version) {
        return policies.document(version).map(PolicyStore.StoredPolicy::yaml)
                .switchIfEmpty(Mono.error(() -> new NotFoundException("policy version", version)));
    }

    /**
     * Publishes a new version from its YAML text (it becomes active); an invalid document is 400
     * with every problem and its path, a version that exists is 409.
     */
    @PostMapping(value = "/api/approvals/admin/policies", consumes = {"application/yaml", "text/plain"})
    @ResponseStatus(HttpStatus.CREATED)
    public Mono<TripPolicy> publish(@RequestBody String yaml) {
        return CurrentUser.get().flatMap(admin -> policies.publish(yaml, admin.username())
                        .switchIfEmpty(Mono.error(() -> new ConflictException(
                                "this policy version exists already; publish it under a new version"))))
                .onErrorMap(PolicyInvalidException.class, invalid -> new BadRequestException(
                        "the policy document is invalid", invalid.problems().stream()
                        .map(p -> new BadRequestException.FieldError(p.path(), p.message(), "policy"))
                        .toList()));
    }
}
