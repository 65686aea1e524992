package org.coop.platform.messaging.probe;

import java.util.function.Consumer;
import org.coop.platform.messaging.EventConsumers;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.messaging.Message;

/** A small service built only from the platform's messaging parts, as the four services are. */
@SpringBootApplication
public class ProbeApplication {

    @Bean
    ProbeEffects probeEffects(ReactiveMongoTemplate mongo) {
        return new ProbeEffects(mongo);
    }

    public static final String IRRELEVANT = "irrelevant";

    @Bean
    Consumer<Message<byte[]>> probeEvents(EventConsumers consumers, ProbeEffects effects) {
        return consumers.consumer("probe-effects")
                .on(ProbeOpened.class, (event, envelope) -> effects.record(envelope.id(), event.probeId(), "opened"))
                // notes marked "irrelevant" have no effect: dropped before the inbox
                .on(ProbeNoted.class, event -> !IRRELEVANT.equals(event.note()),
                        (event, envelope) -> effects.record(envelope.id(), event.probeId(), event.note()))
                .build();
    }
}
