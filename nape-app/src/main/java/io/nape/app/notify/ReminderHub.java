package io.nape.app.notify;

import io.nape.core.presence.PresenceReading;
import io.nape.core.presence.PresenceRules;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Connect the reminder loop with the open pages: the pages that listen for reminders, and the way
 * back for their answers. The hub knows no transport; the web layer subscribes one listener per
 * open event stream.
 */
public final class ReminderHub {
    private static final Logger LOG = LoggerFactory.getLogger(ReminderHub.class);

    private final Set<Listener> listeners = ConcurrentHashMap.newKeySet();
    private final Consumer<ReminderCommand> loop;
    private final boolean running;
    private final PagePresence pages = new PagePresence();
    private volatile @Nullable Function<Instant, Optional<PresenceReading>> loopPresence;

    private ReminderHub(Consumer<ReminderCommand> loop, boolean running) {
        this.loop = loop;
        this.running = running;
    }

    /** A hub whose answers go to a running loop, such as by adding them to its command queue. */
    public static ReminderHub forLoop(Consumer<ReminderCommand> loop) {
        return new ReminderHub(loop, true);
    }

    /** A hub with no loop behind it: pages may listen, but nothing fires and answers are refused. */
    public static ReminderHub withoutLoop() {
        return new ReminderHub(command -> {}, false);
    }

    /** An open page: gets each event's name and its data as one line of JSON. */
    @FunctionalInterface
    public interface Listener {
        void send(String event, String json);
    }

    public void subscribe(Listener listener) {
        listeners.add(listener);
    }

    public void unsubscribe(Listener listener) {
        listeners.remove(listener);
    }

    public int listenerCount() {
        return listeners.size();
    }

    /** Send an event to every open page; a page that cannot take it is dropped. */
    public void publish(String event, String json) {
        for (Listener listener : listeners) {
            try {
                listener.send(event, json);
            } catch (RuntimeException gone) {
                LOG.debug(
                        "Dropped a page that could not take a reminder ({})",
                        gone.getClass().getSimpleName());
                listeners.remove(listener);
            }
        }
    }

    /** Whether a loop takes the answers. */
    public boolean running() {
        return running;
    }

    /** The open pages as a presence sensor: what they report of the person's input. */
    public PagePresence pagePresence() {
        return pages;
    }

    /** Let the running loop say where it sees the person, from every sensor it reads. */
    public void presenceFrom(Function<Instant, Optional<PresenceReading>> loop) {
        this.loopPresence = loop;
    }

    /**
     * Where the person is, as the reminders see it: the loop's reading of every sensor when a loop
     * runs, else what the pages alone say (present when they say nothing, as without sensors).
     */
    public PresenceReading presence(Instant now) {
        Function<Instant, Optional<PresenceReading>> loop = loopPresence;
        Optional<PresenceReading> seen = loop != null ? loop.apply(now) : pages.read(now);
        return PresenceRules.combine(seen.stream().toList(), now);
    }

    /** Hand an answer to the loop. */
    public void submit(ReminderCommand command) {
        loop.accept(command);
    }
}
