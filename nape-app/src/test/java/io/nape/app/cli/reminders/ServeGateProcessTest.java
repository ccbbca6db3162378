package io.nape.app.cli.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import io.nape.app.Wiring;
import io.nape.app.config.AppConfig;
import io.nape.app.usecase.session.Checks;
import io.nape.core.catalogue.DosageLevel;
import io.nape.core.diary.SessionLog;
import io.nape.core.plan.ReminderOutcome;
import io.nape.core.plan.ReminderRecord;
import io.nape.core.plan.Settings;
import io.nape.core.safety.Screening;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Answer a due reminder with "d" in the terminal of a real {@code nape serve} process: the session
 * starts only if the advice in force allows it, exactly as {@code nape start} decides.
 *
 * <p>The settings put the person in a fixed-offset zone where it is now about noon, with the morning
 * session a minute ago and work from 14:00, so the morning reminder is always the one due when the
 * process starts (the catch-up of the last hour), whatever time the test runs. The morning session
 * is the whole isometric complex, which only {@code ALLOWED} advice lets start.
 */
class ServeGateProcessTest {
    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path home;

    private Process serve;

    @AfterEach
    void stopServe() throws InterruptedException {
        if (serve != null && serve.isAlive()) {
            serve.destroy();
            if (!serve.waitFor(10, TimeUnit.SECONDS)) {
                serve.destroyForcibly();
            }
        }
    }

    @Test
    void anUrgentCheckRefusesTheRemindedSessionWithTheEmergencySentenceFirst() throws Exception {
        store(Checks.URGENT.at(Instant.now().minus(Duration.ofHours(1))));

        List<String> answer = answerTheReminderWithD();

        assertThat(answer.get(0))
                .startsWith("A fever with a stiff neck")
                .contains("call emergency services")
                .contains("No session starts while your last check (");
        assertThat(answer.get(1)).isEqualTo("Type k to skip this reminder, or s5, s10 or s15 to snooze it.");
        assertThat(answer).noneMatch(line -> line.startsWith("Starting "));
        quit();
        assertThat(sessions()).isEmpty();
        assertThat(outcomes()).doesNotContain(ReminderOutcome.DONE);
    }

    @Test
    void gentleAdviceRefusesTheRemindedDeskRoutineAndSaysWhatIsAllowed() throws Exception {
        store(Checks.GENTLE.at(Instant.now().minus(Duration.ofHours(1))));

        List<String> answer = answerTheReminderWithD();

        assertThat(answer.get(0))
                .startsWith("isometric-complex cannot start: your last check (")
                .contains("only gentle posture, breathing, relaxation and light self-massage")
                .contains("Allowed now: ");
        String allowed = answer.get(0).substring(answer.get(0).indexOf("Allowed now: "));
        assertThat(allowed)
                .contains("posture")
                .doesNotContain("isometric-complex")
                .doesNotContain("desk-a");
        assertThat(answer.get(1)).isEqualTo("Type k to skip this reminder, or s5, s10 or s15 to snooze it.");
        assertThat(answer).noneMatch(line -> line.startsWith("Starting "));
        quit();
        assertThat(sessions()).isEmpty();
        assertThat(outcomes()).doesNotContain(ReminderOutcome.DONE);
    }

    @Test
    void staleUrgentAdviceStillRefusesEverySession() throws Exception {
        store(Checks.URGENT.at(Instant.now().minus(Duration.ofDays(9))));

        List<String> answer = answerTheReminderWithD();

        assertThat(answer.get(0)).startsWith("A fever with a stiff neck").contains("call emergency services");
        assertThat(answer.get(1)).isEqualTo("Type k to skip this reminder, or s5, s10 or s15 to snooze it.");
        assertThat(answer).noneMatch(line -> line.startsWith("Starting "));
        quit();
        assertThat(sessions()).isEmpty();
        assertThat(outcomes()).doesNotContain(ReminderOutcome.DONE);
    }

    @Test
    void staleAllowingAdviceStartsTheSessionAfterAskingForANewCheck() throws Exception {
        store(Checks.ALLOWED.at(Instant.now().minus(Duration.ofDays(9))));

        List<String> answer = answerTheReminderWithD();

        assertThat(answer.get(0))
                .isEqualTo(
                        "Your last check is 9 days old; run './nape check' again to keep the" + " advice up to date.");
        assertThat(answer.get(1)).matches("Starting isometric-complex \\(\\d+ s\\)\\..*");
        send("q\n"); // quits the session
        lineMatching(line -> line.startsWith("Saved session 1: isometric-complex, quit"));
        quit();
        assertThat(sessions()).hasSize(1);
        assertThat(outcomes()).contains(ReminderOutcome.DONE);
    }

    /** A stored check and how old it is, for the page's answer. */
    enum PageCase {
        URGENT(Checks.URGENT, Duration.ofHours(1), "A fever with a stiff neck"),
        STALE_URGENT(Checks.URGENT, Duration.ofDays(9), "A fever with a stiff neck"),
        GENTLE(Checks.GENTLE, Duration.ofHours(1), "isometric-complex cannot start"),
        PRESCRIBED_ONLY(Checks.PRESCRIBED_ONLY, Duration.ofHours(1), "isometric-complex cannot start");

        final Checks check;
        final Duration age;
        final String refusal;

        PageCase(Checks check, Duration age, String refusal) {
            this.check = check;
            this.age = age;
            this.refusal = refusal;
        }
    }

    @ParameterizedTest
    @EnumSource(PageCase.class)
    void aReminderStartedFromThePageIsRefusedByTheSameDoor(PageCase refused) throws Exception {
        store(refused.check.at(Instant.now().minus(refused.age)));
        BlockingQueue<String> lines = start("--port", "0");
        String running = next(lines, line -> line.startsWith("Nape is running at "));
        String address = running.substring("Nape is running at ".length());
        String origin = address.substring(0, address.indexOf('/', "http://".length()));
        next(lines, line -> line.contains("Type d to start"));
        HttpClient http = HttpClient.newHttpClient();

        HttpResponse<String> answered = http.send(
                HttpRequest.newBuilder(URI.create(origin + "/api/reminders/answer"))
                        .header("Content-Type", "application/json")
                        .header("Origin", origin)
                        .POST(HttpRequest.BodyPublishers.ofString("{\"answer\": \"done\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        String said = next(lines, line -> !line.isBlank());
        HttpResponse<String> player = http.send(
                HttpRequest.newBuilder(URI.create(origin + "/session/isometric-complex?level=standard"))
                        .header("Accept", "text/html")
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(answered.statusCode()).isBetween(200, 299);
        assertThat(said).startsWith(refused.refusal);
        assertThat(player.statusCode()).isEqualTo(403);
        assertThat(player.body()).contains("cannot start now").doesNotContain("data-timeline");
        quit();
        assertThat(sessions()).isEmpty();
        assertThat(outcomes()).doesNotContain(ReminderOutcome.DONE);
    }

    /** Start serve, wait for its reminder, answer d; the lines it prints next, up to the first blank wait. */
    private List<String> answerTheReminderWithD() throws Exception {
        BlockingQueue<String> lines = start();
        String reminder = next(lines, line -> line.contains("Type d to start"));
        assertThat(reminder).contains("Morning").contains("isometric-complex");
        send("d\n");
        List<String> answer = new ArrayList<>();
        answer.add(next(lines, line -> !line.isBlank()));
        for (String line = lines.poll(1, TimeUnit.SECONDS); line != null; line = lines.poll(1, TimeUnit.SECONDS)) {
            answer.add(line);
        }
        return answer;
    }

    /** Stop serve with q, as a person would, and see it end. */
    private void quit() throws Exception {
        send("q\n");
        assertThat(serve.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
        assertThat(serve.exitValue()).isZero();
    }

    private BlockingQueue<String> output;

    private BlockingQueue<String> start(String... serveOptions) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(
                java,
                "-XX:TieredStopAtLevel=1",
                "-XX:-UsePerfData",
                "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"),
                "-cp",
                System.getProperty("java.class.path"),
                "io.nape.app.Main",
                "serve"));
        command.addAll(serveOptions.length == 0 ? List.of("--no-web") : List.of(serveOptions));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(name -> name.startsWith("NAPE_") || name.startsWith("XDG_"));
        environment.remove("DISPLAY");
        environment.remove("WAYLAND_DISPLAY");
        environment.remove("DBUS_SESSION_BUS_ADDRESS");
        environment.put("NAPE_HOME", home.toString());
        environment.put("XDG_CACHE_HOME", home.resolve("cache").toString());
        serve = builder.start();
        output = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in =
                    new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    output.add(line.replace("\007", ""));
                }
            } catch (IOException gone) {
                // the process ended
            }
        });
        reader.setDaemon(true);
        reader.start();
        return output;
    }

    private void send(String text) throws IOException {
        OutputStream in = serve.getOutputStream();
        in.write(text.getBytes(StandardCharsets.UTF_8));
        in.flush();
    }

    private String lineMatching(Predicate<String> wanted) throws InterruptedException {
        return next(output, wanted);
    }

    private static String next(BlockingQueue<String> lines, Predicate<String> wanted) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        List<String> seen = new ArrayList<>();
        while (System.nanoTime() < deadline) {
            String line = lines.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (line == null) {
                break;
            }
            if (wanted.test(line)) {
                return line;
            }
            seen.add(line);
        }
        throw new AssertionError("serve printed no such line within " + WAIT + "; it printed " + seen);
    }

    /** Store a day that always has a reminder due (see the class comment) and the given check. */
    private void store(Screening check) {
        Instant now = Instant.now();
        int utcHour = now.atZone(ZoneOffset.UTC).getHour();
        ZoneOffset noonNow = ZoneOffset.ofHours(Math.floorMod(12 - utcHour + 12, 24) - 12);
        LocalTime aMinuteAgo =
                now.atZone(noonNow).toLocalTime().minusMinutes(1).withSecond(0).withNano(0);
        Settings settings = new Settings(
                noonNow,
                EnumSet.allOf(DayOfWeek.class),
                LocalTime.of(14, 0),
                LocalTime.of(22, 0),
                null,
                aMinuteAgo,
                LocalTime.of(23, 30),
                60,
                Set.of(),
                DosageLevel.STANDARD,
                null);
        try (Wiring wiring = wiring()) {
            wiring.settingsRepository().save(settings);
            wiring.screenings().save(check);
        }
    }

    private List<SessionLog> sessions() {
        try (Wiring wiring = wiring()) {
            return wiring.sessionLogs().findRecent(10);
        }
    }

    private List<ReminderOutcome> outcomes() {
        try (Wiring wiring = wiring()) {
            return wiring.reminders().findAll().stream()
                    .map(ReminderRecord::outcome)
                    .toList();
        }
    }

    private Wiring wiring() {
        return new Wiring(
                AppConfig.from(Map.of("NAPE_HOME", home.toString()), null), new PrintWriter(new StringWriter(), true));
    }
}
