package org.coop.matchmaking.bench;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.Instant;
import org.coop.matchmaking.matches.MatchDocument;
import org.coop.matchmaking.matching.application.MatchingService;
import org.coop.matchmaking.matching.domain.ScoredMatch;
import org.coop.matchmaking.needs.NeedDocument;
import org.coop.matchmaking.offers.OfferDocument;
import org.coop.matchmaking.subscriptions.SubscriptionDocument;

/**
 * The matching service's own construction of a stored match (its fields from the need, the
 * partner and the engine's score and reasons, and the suggestion in its timeline), so a generated
 * match is exactly what the service writes. Those builders are private to the service; they are
 * reached here by reflection rather than copied, so a change of the service's shape shows up as a
 * failure of the generator, not as silently different data.
 */
final class ServiceShapes {

    private static final Method NEW_MATCH = declared("newMatch", String.class, NeedDocument.class,
            SubscriptionDocument.class, OfferDocument.class, ScoredMatch.class, boolean.class, Instant.class);
    private static final Method SUGGESTED = declared("suggested", MatchDocument.class, NeedDocument.class,
            Instant.class);

    private ServiceShapes() {
    }

    /** A new suggested match of a need and a subscription, with its MatchSuggested in the timeline. */
    static MatchDocument newMatch(String id, NeedDocument need, SubscriptionDocument subscription, ScoredMatch scored,
                                  Instant at) {
        MatchDocument match = (MatchDocument) invoke(NEW_MATCH, id, need, subscription, null, scored, false, at);
        invoke(SUGGESTED, match, need, at);
        return match;
    }

    private static Method declared(String name, Class<?>... parameters) {
        try {
            Method method = MatchingService.class.getDeclaredMethod(name, parameters);
            method.setAccessible(true);
            return method;
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("MatchingService." + name + " changed its signature; update the "
                    + "province-year generator", e);
        }
    }

    private static Object invoke(Method method, Object... arguments) {
        try {
            return method.invoke(null, arguments);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("MatchingService." + method.getName() + " failed", e);
        }
    }
}
