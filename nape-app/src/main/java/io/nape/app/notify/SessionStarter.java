package io.nape.app.notify;

import io.nape.core.plan.PlanEvent;
import java.util.Optional;

/**
 * Start the session a reminder was answered with, in two steps: first ask whether it may start
 * (the safety gate), then play it. A reminder counts as done only when its session may start.
 */
@FunctionalInterface
public interface SessionStarter {
    /**
     * The session of {@code event}, ready to play, or empty when it may not start now (the starter
     * has then told the person why).
     */
    Optional<Runnable> prepare(PlanEvent event);
}
