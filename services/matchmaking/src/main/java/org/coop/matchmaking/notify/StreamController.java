package org.coop.matchmaking.notify;

import java.time.Duration;
import org.coop.platform.security.CurrentUser;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;

/**
 * {@code GET /api/matchmaking/stream}: the caller's live Server-Sent Events. The token travels in
 * the Authorization header only (never in the URL, where logs and proxies would keep it); a
 * comment line every heartbeat keeps proxies from closing an idle stream; {@code Last-Event-ID}
 * resumes after a reconnect.
 */
@RestController
public class StreamController {

    private final StreamService streams;
    private final Duration heartbeat;

    public StreamController(StreamService streams, @Value("${matchmaking.sse.heartbeat:15s}") Duration heartbeat) {
        this.streams = streams;
        this.heartbeat = heartbeat;
    }

    private static ServerSentEvent<String> event(Notification notification) {
        ServerSentEvent.Builder<String> event = ServerSentEvent.<String>builder().event(notification.type())
                .data(notification.data());
        // events that cannot be replayed (a paused subscription) carry no id, so Last-Event-ID keeps the last match event
        if (notification.id() != null) {
            event.id(notification.id());
        }
        return event.build();
    }

    @GetMapping(path = "/api/matchmaking/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    public Flux<ServerSentEvent<String>> stream(
            @RequestHeader(name = "Last-Event-ID", required = false) String lastEventId) {
        return CurrentUser.get().flatMapMany(user -> {
            Flux<ServerSentEvent<String>> events = streams.stream(user, lastEventId)
                    .map(StreamController::event);
            Flux<ServerSentEvent<String>> beats = Flux.interval(heartbeat)
                    .map(tick -> ServerSentEvent.<String>builder().comment("heartbeat").build());
            ServerSentEvent<String> hello = ServerSentEvent.<String>builder().event("connected")
                    .data("{\"organizationId\":\"" + user.organizationId() + "\"}").build();
            return Flux.concat(Flux.just(hello), Flux.merge(events, beats));
        });
    }
}
