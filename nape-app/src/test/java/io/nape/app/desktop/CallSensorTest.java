package io.nape.app.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import io.nape.core.presence.PresenceReading;
import io.nape.core.presence.PresenceState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A camera or a microphone held open by another program reads as a call, over a folder laid out as /proc. */
class CallSensorTest {
    private static final Instant NINE = Instant.parse("2026-03-30T07:00:00Z");

    @TempDir
    Path proc;

    private void opens(long pid, int fd, String target) throws Exception {
        Path folder = Files.createDirectories(proc.resolve(Long.toString(pid)).resolve("fd"));
        Files.createSymbolicLink(folder.resolve(Integer.toString(fd)), Path.of(target));
    }

    @Test
    void aCameraOrACaptureDeviceOfAnotherProgramIsACallSinceFirstSeen() throws Exception {
        opens(100, 3, "/dev/null");
        opens(200, 4, "/dev/snd/pcmC0D0p"); // playing sound is not a call
        CallSensor sensor = new CallSensor(proc, 1, () -> true);
        assertThat(sensor.read(NINE)).isEmpty();

        opens(300, 7, "/dev/video0");
        assertThat(sensor.read(NINE.plusSeconds(60)))
                .contains(new PresenceReading(PresenceState.IN_CALL, NINE.plusSeconds(60), "call"));
        assertThat(sensor.read(NINE.plusSeconds(600)))
                .as("since the call was first seen")
                .contains(new PresenceReading(PresenceState.IN_CALL, NINE.plusSeconds(60), "call"));

        Files.delete(proc.resolve("300/fd/7"));
        opens(400, 5, "/dev/snd/pcmC1D0c");
        assertThat(sensor.read(NINE.plusSeconds(900)))
                .map(PresenceReading::state)
                .contains(PresenceState.IN_CALL);
        Files.delete(proc.resolve("400/fd/5"));
        assertThat(sensor.read(NINE.plusSeconds(960))).isEmpty();
    }

    @Test
    void ownDevicesDoNotCountAndTheSettingTurnsItOff() throws Exception {
        opens(1, 3, "/dev/video0");
        AtomicBoolean enabled = new AtomicBoolean(true);
        CallSensor sensor = new CallSensor(proc, 1, enabled::get);
        assertThat(sensor.read(NINE)).as("its own camera").isEmpty();

        opens(2, 3, "/dev/video1");
        assertThat(sensor.read(NINE)).isPresent();
        enabled.set(false);
        assertThat(sensor.read(NINE)).as("call detection turned off").isEmpty();
    }

    @Test
    void anUnreadableProcessFolderSaysNothing() {
        CallSensor sensor = new CallSensor(proc.resolve("missing"), 1, () -> true);
        assertThat(sensor.read(NINE)).isEmpty();
    }
}
