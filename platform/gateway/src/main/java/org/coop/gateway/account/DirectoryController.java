package org.coop.gateway.account;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.coop.platform.security.CurrentUser;
import org.coop.platform.web.BadRequestException;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * The directory as the services need it until the identity service of issue 12 publishes it as
 * events: who a person is inside the caller's own organization, looked up by account id or by
 * username. A reference that names nobody, and one that names somebody of another organization,
 * are both simply absent from the answer, so the endpoint tells nobody who exists elsewhere.
 *
 * <p>Services call it with the bearer token of the person they act for (see
 * docs/gateway.md#directory); the answer is the caller's organization only, whatever is asked.
 */
@RestController
public class DirectoryController {

    /** References per call: a trip has at most 20 travellers (sanity limit), a delegation one delegate. */
    static final int MAX_REFERENCES = 50;
    /** As long as the ids and usernames the services accept. */
    static final int MAX_REFERENCE_LENGTH = 100;

    private final ReactiveMongoTemplate mongo;

    public DirectoryController(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The answer: the caller's colleagues among the references, by the reference exactly as asked. */
    public record Members(Map<String, DirectoryMember> members) {
    }

    @GetMapping("/api/directory/members")
    public Mono<ResponseEntity<Members>> members(@RequestParam(name = "ids", required = false) List<String> ids) {
        Set<String> references = validated(ids);
        return CurrentUser.get()
                .flatMap(caller -> lookUp(caller.organizationId(), references))
                .map(members -> ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(new Members(members)));
    }

    private static Set<String> validated(List<String> ids) {
        Set<String> references = new LinkedHashSet<>();
        if (ids != null) {
            ids.stream().filter(id -> id != null && !id.isBlank()).forEach(references::add);
        }
        if (references.isEmpty() || references.size() > MAX_REFERENCES) {
            throw new BadRequestException(new BadRequestException.FieldError("ids",
                    "name 1 to " + MAX_REFERENCES + " account ids or usernames, comma-separated", "Size"));
        }
        if (references.stream().anyMatch(reference -> reference.length() > MAX_REFERENCE_LENGTH)) {
            throw new BadRequestException(new BadRequestException.FieldError("ids",
                    "an account id or username has at most " + MAX_REFERENCE_LENGTH + " characters", "Size"));
        }
        return references;
    }

    /** One query: accounts of the organization whose id or (normalised) username is among the references. */
    private Mono<Map<String, DirectoryMember>> lookUp(String organizationId, Set<String> references) {
        List<String> usernames = new ArrayList<>(references.stream().map(Account::normalise).distinct().toList());
        Query query = Query.query(Criteria.where("organizationId").is(organizationId).orOperator(
                Criteria.where("_id").in(references), Criteria.where("username").in(usernames)));
        return mongo.find(query, Account.class).collectList().map(accounts -> {
            Map<String, DirectoryMember> answer = new LinkedHashMap<>();
            for (String reference : references) {
                // An account id is matched as written; a username as the gateway stores it (lower-case, trimmed).
                accounts.stream().filter(account -> account.id().equals(reference)).findFirst()
                        .or(() -> accounts.stream()
                                .filter(account -> account.username().equals(Account.normalise(reference))).findFirst())
                        .ifPresent(account -> answer.put(reference, DirectoryMember.of(account)));
            }
            return answer;
        });
    }
}
