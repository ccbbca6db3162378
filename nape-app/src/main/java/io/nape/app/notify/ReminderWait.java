package io.nape.app.notify;

import java.time.Duration;
import java.util.Optional;

/** Sleep until a command comes or the time is up; the loop's only way to wait. */
public interface ReminderWait {
    Optional<ReminderCommand> await(Duration atMost) throws InterruptedException;
}
