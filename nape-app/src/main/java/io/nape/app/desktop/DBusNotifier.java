package io.nape.app.desktop;

import io.nape.app.notify.ReminderCommand;
import io.nape.app.notify.ReminderWords;
import io.nape.app.text.Texts;
import io.nape.core.NapeException;
import io.nape.core.plan.Notifier;
import io.nape.core.plan.PlanEvent;
import io.nape.core.plan.Reminder;
import io.nape.core.plan.SnoozeLength;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.freedesktop.dbus.exceptions.DBusExecutionException;
import org.freedesktop.dbus.types.UInt32;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Show a reminder as a desktop notification with three buttons (Start now, Snooze 10 min, Skip)
 * through the freedesktop notification server, and hand the button pressed to the reminder loop.
 *
 * <p>A new reminder replaces the notification still on screen instead of stacking beside it. Only
 * the buttons of the notification last shown count; a notification closed without a button is no
 * answer (the loop treats it as not answered, as it does a reminder nobody saw). "Start now" also
 * opens the session player at the reminder's routine and level.
 */
public final class DBusNotifier implements Notifier {
    static final String START = "start";
    static final String SNOOZE = "snooze";
    static final String SKIP = "skip";

    private static final Logger LOG = LoggerFactory.getLogger(DBusNotifier.class);
    private static final UInt32 NONE = new UInt32(0);

    private final Notifications server;
    private final Texts texts;
    private final Consumer<ReminderCommand> answers;
    private final Consumer<URI> opener;
    private final URI webApp;
    private final AtomicReference<@Nullable Shown> shown = new AtomicReference<>();

    private DBusNotifier(
            Notifications server, Texts texts, Consumer<ReminderCommand> answers, Consumer<URI> opener, URI webApp) {
        this.server = server;
        this.texts = texts;
        this.answers = answers;
        this.opener = opener;
        this.webApp = webApp;
    }

    /**
     * The notifier on this bus, if a notification server answers there.
     *
     * @param answers where each button pressed goes, on the bus's thread
     * @param opener opens an address in the default browser
     * @param webApp the running web app, such as {@code http://127.0.0.1:7070}
     */
    public static Optional<DBusNotifier> on(
            DesktopBus bus, Texts texts, Consumer<ReminderCommand> answers, Consumer<URI> opener, URI webApp) {
        Objects.requireNonNull(texts, "texts");
        Objects.requireNonNull(answers, "answers");
        Objects.requireNonNull(opener, "opener");
        Objects.requireNonNull(webApp, "webApp");
        Optional<Notifications> server = bus.remote(
                        Notifications.BUS_NAME, Notifications.OBJECT_PATH, Notifications.class)
                .filter(DBusNotifier::answers);
        if (server.isEmpty()) {
            return Optional.empty();
        }
        DBusNotifier notifier = new DBusNotifier(server.get(), texts, answers, opener, webApp);
        boolean listening = bus.onSignal(Notifications.ActionInvoked.class, notifier::pressed)
                && bus.onSignal(Notifications.NotificationClosed.class, notifier::closed);
        return listening ? Optional.of(notifier) : Optional.empty();
    }

    @Override
    public void show(Reminder reminder) {
        @Nullable Shown previous = shown.get();
        try {
            UInt32 id = server.Notify(
                    "Nape",
                    previous != null ? previous.id() : NONE,
                    "",
                    ReminderWords.headline(texts, reminder),
                    texts.get("reminder.desktopBody"),
                    actions(),
                    Map.of(),
                    -1);
            shown.set(new Shown(id, reminder.event()));
        } catch (DBusExecutionException e) {
            throw new NapeException(
                    "the notification server refused the reminder: "
                            + e.getClass().getSimpleName(),
                    e);
        }
    }

    /** The buttons, as the protocol lists them: key, label, key, label. */
    List<String> actions() {
        return List.of(
                START, texts.get("desktop.action.start"),
                SNOOZE, texts.get("desktop.action.snooze"),
                SKIP, texts.get("desktop.action.skip"));
    }

    /**
     * The player's address for this event: its routine at its level; a micro-break cut from the
     * complex is named by its planned time too, so the player plays exactly its exercises.
     */
    URI playerAddress(PlanEvent event) {
        String at = event.deskBreak() != null ? "&at=" + URLEncoder.encode(event.atText(), StandardCharsets.UTF_8) : "";
        return webApp.resolve("/session/" + event.routine().value() + "?level="
                + event.level().key() + at);
    }

    private void pressed(Notifications.ActionInvoked signal) {
        @Nullable Shown open = shown.get();
        if (open == null || !open.id().equals(signal.id()) || !shown.compareAndSet(open, null)) {
            return;
        }
        switch (signal.actionKey()) {
            case START -> {
                answers.accept(new ReminderCommand.Done());
                opener.accept(playerAddress(open.event()));
            }
            case SNOOZE -> answers.accept(new ReminderCommand.Snooze(SnoozeLength.TEN_MINUTES));
            case SKIP -> answers.accept(new ReminderCommand.Skip());
            default -> LOG.debug("unknown notification action {}", signal.actionKey());
        }
    }

    private void closed(Notifications.NotificationClosed signal) {
        @Nullable Shown open = shown.get();
        if (open != null && open.id().equals(signal.id())) {
            shown.compareAndSet(open, null);
        }
    }

    private static boolean answers(Notifications server) {
        try {
            server.GetCapabilities();
            return true;
        } catch (DBusExecutionException e) {
            LOG.debug("no notification server on the session bus: {}", e.toString());
            return false;
        }
    }

    @Override
    public String name() {
        return "desktop";
    }

    /** The notification on screen, and the event it reminds of. */
    private record Shown(UInt32 id, PlanEvent event) {}
}
