package org.coop.platform.test.notebook;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.coop.platform.security.Access;
import org.coop.platform.security.AuthorizationRules;
import org.coop.platform.security.CurrentUser;
import org.coop.platform.security.PlatformRole;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** A minimal resource server built only from platform-security, as the services are. */
@SpringBootApplication
public class NotebookApplication {

    /** Notes by id with their owning organization. */
    static final Map<String, Note> NOTES = new ConcurrentHashMap<>(Map.of(
            "note-a", new Note("note-a", "org-a", "Kunming internship plan")));

    record Note(String id, String organizationId, String text) {
    }

    record NewNote(@NotBlank @Size(max = 20) String text) {
    }

    @Bean
    AuthorizationRules notebookRules() {
        return exchanges -> exchanges.pathMatchers(HttpMethod.POST, "/api/notebook/notes")
                .hasRole(PlatformRole.COLLEGE.name());
    }

    @RestController
    static class Notes {

        @GetMapping("/api/notebook/notes/{id}")
        Mono<Note> read(@PathVariable String id) {
            return CurrentUser.get().map(caller -> {
                Note note = NOTES.get(id);
                Access.requireVisible(note != null && caller.belongsTo(note.organizationId()), "note", id);
                return note;
            });
        }

        @PostMapping("/api/notebook/notes")
        Mono<Note> write(@Valid @RequestBody NewNote note) {
            return CurrentUser.get().map(caller -> new Note("new", caller.organizationId(), note.text()));
        }

        @GetMapping("/api/notebook/reviews")
        Mono<String> review() {
            return CurrentUser.get().map(caller -> {
                Access.requireAnyRole(caller, PlatformRole.GOV_OFFICER);
                return "ok";
            });
        }

        @GetMapping("/api/notebook/admin/stats")
        Mono<String> stats() {
            return Mono.just("stats");
        }

        @PostMapping("/api/notebook/notes/{id}/publish")
        Mono<Note> publish(@PathVariable String id) {
            return Mono.error(new org.coop.platform.web.RuleViolationException("The note cannot be published yet",
                    java.util.List.of(
                            new org.coop.platform.web.RuleViolationException.Violation("lead-time",
                                    "lead time 30 days < 45 required for 1 country",
                                    Map.of("leadTimeDays", 30, "requiredDays", 45)),
                            new org.coop.platform.web.RuleViolationException.Violation("delegation-size",
                                    "delegation of 6 > 5 allowed", Map.of("size", 6, "maximum", 5)))));
        }

        @GetMapping("/api/notebook/broken")
        Mono<String> broken() {
            return Mono.error(new IllegalStateException("database password is hunter2"));
        }
    }
}
