package org.coop.platform.messaging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.coop.platform.security.CurrentUser;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * {@code <api-base>/admin/dead-letters}: what this service could not handle, and a way to send it
 * back once the cause is fixed. Platform administrators only (a path rule of platform-security).
 */
@RestController
@Validated
@RequestMapping("${platform.service.api-base:/api/${platform.service.name}}/admin/dead-letters")
public class DeadLetterController {

    private final DeadLetters deadLetters;

    public DeadLetterController(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @GetMapping
    public Mono<DeadLetterList> list(@RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit) {
        return Mono.fromCallable(() -> new DeadLetterList(deadLetters.topic(), deadLetters.list(limit)))
                .subscribeOn(Schedulers.boundedElastic());
    }

    @PostMapping("/{partition}/{offset}/replay")
    public Mono<DeadLetter.Replay> replay(@PathVariable @Min(0) int partition, @PathVariable @Min(0) long offset) {
        return CurrentUser.get().flatMap(caller -> Mono.fromCallable(
                        () -> deadLetters.replay(partition, offset, caller.username()))
                .subscribeOn(Schedulers.boundedElastic()));
    }

    /** The topic and its newest letters. */
    public record DeadLetterList(String topic, List<DeadLetter> deadLetters) {
    }
}
