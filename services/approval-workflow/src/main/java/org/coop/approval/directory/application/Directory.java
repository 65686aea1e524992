package org.coop.approval.directory.application;

import java.util.Collection;
import java.util.Map;
import reactor.core.publisher.Mono;

/**
 * Who is who inside an organization, as the platform's directory says: the port through which
 * the service resolves the people a request names (travellers, delegates) to their accounts.
 *
 * <p>Today the directory lives in the gateway and is asked over HTTP on behalf of the signed-in
 * caller ({@code GatewayDirectory}); issue 12 moves it to an identity service that publishes
 * directory events, and an adapter reading a local replica of those events then implements this
 * port unchanged (docs/approval-workflow.md, "Directory").
 */
public interface Directory {

    /**
     * The accounts of {@code organizationId} among {@code references}, each an account id or a
     * username, keyed by the reference as given. A reference that names nobody and one that names
     * somebody of another organization are both absent: callers cannot and must not tell them
     * apart. Asked only about the caller's own organization.
     *
     * <p>Fails with a 503 {@code ServiceUnavailableException} when the directory cannot answer;
     * a write must then be refused, never accepted unchecked.
     */
    Mono<Map<String, Member>> membersOf(String organizationId, Collection<String> references);
}
