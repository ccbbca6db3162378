package io.nape.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.nape.app.Wiring;
import io.nape.app.notify.ReminderCommand;
import io.nape.app.notify.ReminderHub;
import io.nape.app.notify.WebNotifier;
import io.nape.core.catalogue.DosageLevel;
import io.nape.core.catalogue.ExerciseId;
import io.nape.core.catalogue.RoutineId;
import io.nape.core.plan.BreakPiece;
import io.nape.core.plan.DeskBreak;
import io.nape.core.plan.EventKind;
import io.nape.core.plan.PlanEngine;
import io.nape.core.plan.PlanEvent;
import io.nape.core.plan.Reminder;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** Reminders reach an open page as server-sent events, and the page's answers reach the loop. */
class RemindersApiTest {
    private static final PlanEvent EVENT = new PlanEvent(
            LocalDate.of(2026, 3, 30),
            OffsetDateTime.of(2026, 3, 30, 10, 0, 0, 0, ZoneOffset.ofHours(2)),
            EventKind.MICRO_BREAK,
            new RoutineId("desk-b"),
            DosageLevel.STANDARD,
            3);
    private static final Reminder REMINDER =
            new Reminder(EVENT, 1, EVENT.instant().plusSeconds(1));

    @TempDir
    Path home;

    private final BlockingQueue<ReminderCommand> commands = new LinkedBlockingQueue<>();
    private final ReminderHub hub = ReminderHub.forLoop(commands::add);
    private Wiring wiring;
    private WebServer server;
    private ApiClient api;

    @BeforeEach
    void start() {
        wiring = ApiClient.wiring(home);
        server = WebServer.start(0, WebServer.features(wiring, hub));
        api = new ApiClient(server.port());
    }

    @AfterEach
    void stop() {
        server.close();
        wiring.close();
    }

    /** The data of a reminder event as a page gets it. */
    static String firedReminderJson() {
        return firedJson(REMINDER);
    }

    /** The event data of a micro-break cut from the complex, which says what it holds in each language. */
    static String firedBreakJson() {
        PlanEvent event = new PlanEvent(
                LocalDate.of(2026, 3, 30),
                OffsetDateTime.parse("2026-03-30T11:00+02:00"),
                EventKind.MICRO_BREAK,
                PlanEngine.DESK_BREAK,
                DosageLevel.STANDARD,
                2,
                new DeskBreak(
                        List.of(new BreakPiece(
                                new ExerciseId("iso-forehead-press"), 1, false, null, Duration.ofSeconds(85))),
                        Duration.ofSeconds(85)));
        return firedJson(new Reminder(event, 1, Instant.parse("2026-03-30T09:00:00Z")));
    }

    private static String firedJson(Reminder reminder) {
        List<String> sent = new ArrayList<>();
        ReminderHub quiet = ReminderHub.withoutLoop();
        quiet.subscribe((event, json) -> sent.add(json));
        new WebNotifier(quiet).show(reminder);
        return sent.get(0);
    }

    @Test
    void firedReminderArrivesInAnOpenPage() {
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            try (EventStream stream = EventStream.open(api)) {
                assertThat(stream.next().name()).isEqualTo("ready");
                new WebNotifier(hub).show(REMINDER);
                Event reminder = stream.next();
                assertThat(reminder.name()).isEqualTo("reminder");
                JsonNode data = ApiClient.JSON.readTree(reminder.data());
                assertThat(data.path("routine").asString()).isEqualTo("desk-b");
                assertThat(data.path("headline").asString()).isEqualTo("Micro-break: desk-b, 3 min");
                assertThat(data.path("at").asString()).isEqualTo("2026-03-30T10:00+02:00");
                assertThat(data.path("attempt").asInt()).isEqualTo(1);
            }
        });
    }

    @Test
    void streamSaysWhetherReminderLoopRuns() {
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            try (EventStream stream = EventStream.open(api)) {
                Event ready = stream.next();
                assertThat(ApiClient.JSON.readTree(ready.data()).path("running").asBoolean())
                        .isTrue();
            }
        });
    }

    @Test
    void answerFromPageReachesTheLoopAndOtherPages() throws InterruptedException {
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            try (EventStream stream = EventStream.open(api)) {
                stream.next();
                ApiClient.Exchange answer = api.send("POST", "/api/reminders/answer", "{\"answer\": \"done\"}");
                assertThat(answer.status()).isEqualTo(202);
                assertThat(commands.poll(5, TimeUnit.SECONDS)).isEqualTo(new ReminderCommand.Done());
                Event answered = stream.next();
                assertThat(answered.name()).isEqualTo("answered");
                assertThat(answered.data()).isEqualTo("{\"answer\":\"done\"}");
            }
        });
    }

    @Test
    void everyAnswerKeyBecomesItsCommand() throws InterruptedException {
        for (String key : List.of("snooze-5", "snooze-15", "skip")) {
            assertThat(api.send("POST", "/api/reminders/answer", "{\"answer\": \"" + key + "\"}")
                            .status())
                    .isEqualTo(202);
        }
        assertThat(List.of(commands.take(), commands.take(), commands.take()))
                .containsExactly(
                        new ReminderCommand.Snooze(io.nape.core.plan.SnoozeLength.FIVE_MINUTES),
                        new ReminderCommand.Snooze(io.nape.core.plan.SnoozeLength.FIFTEEN_MINUTES),
                        new ReminderCommand.Skip());
    }

    @Test
    void refusesAnUnknownAnswerWithOneSentence() {
        ApiClient.Exchange refused = api.send("POST", "/api/reminders/answer", "{\"answer\": \"snooze-7\"}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.mediaType()).isEqualTo("application/problem+json");
        assertThat(refused.json().path("detail").asString())
                .isEqualTo("\"answer\" must be one of done, snooze-5, snooze-10, snooze-15, skip.");
        assertThat(commands).isEmpty();
    }

    @Test
    void pageNotifierWithoutPagesDoesNothing() {
        new WebNotifier(ReminderHub.withoutLoop()).show(REMINDER);
        assertThat(hub.listenerCount()).isZero();
    }

    /** One server-sent event. */
    record Event(String name, String data) {}

    /** A page's event stream, read line by line. */
    static final class EventStream implements AutoCloseable {
        private final Stream<String> lines;
        private final Iterator<String> reader;

        private EventStream(Stream<String> lines) {
            this.lines = lines;
            this.reader = lines.iterator();
        }

        static EventStream open(ApiClient api) throws Exception {
            HttpResponse<Stream<String>> response = api.http()
                    .send(
                            HttpRequest.newBuilder(URI.create(api.origin() + "/api/reminders/events"))
                                    .header("Accept", "text/event-stream")
                                    .build(),
                            HttpResponse.BodyHandlers.ofLines());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
            return new EventStream(response.body());
        }

        Event next() {
            String name = "message";
            StringBuilder data = new StringBuilder();
            while (reader.hasNext()) {
                String line = reader.next();
                if (line.isEmpty()) {
                    if (data.length() > 0) {
                        return new Event(name, data.toString());
                    }
                } else if (line.startsWith("event:")) {
                    name = line.substring(6).trim();
                } else if (line.startsWith("data:")) {
                    data.append(data.length() > 0 ? "\n" : "")
                            .append(line.substring(5).trim());
                }
            }
            throw new IllegalStateException("the event stream ended");
        }

        @Override
        public void close() {
            lines.close();
        }
    }
}
