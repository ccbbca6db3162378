package io.nape.app.notify;

import static org.assertj.core.api.Assertions.assertThat;

import io.nape.core.presence.PresenceReading;
import io.nape.core.presence.PresenceState;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Several open pages count apart: any page with the person at it says present. */
class PagePresenceTest {
    private static final Instant TEN = Instant.parse("2026-03-30T08:00:00Z");

    private final PagePresence pages = new PagePresence();

    @Test
    void aHiddenTabDoesNotMakeThePersonAwayWhileAnotherPageHasTheirInput() {
        pages.report("hidden", false, Duration.ofMinutes(10), TEN);
        assertThat(pages.read(TEN)).contains(new PresenceReading(PresenceState.AWAY, TEN.minusSeconds(600), "page"));

        pages.report("shown", true, Duration.ofSeconds(5), TEN.plusSeconds(1));
        pages.report("hidden", false, Duration.ofMinutes(11), TEN.plusSeconds(60));
        assertThat(pages.read(TEN.plusSeconds(30)).map(PresenceReading::state)).contains(PresenceState.PRESENT);
    }

    @Test
    void awayIsSinceTheLastInputAnyPageSawAndStaleReportsSayNothing() {
        pages.report("a", false, Duration.ofMinutes(8), TEN);
        pages.report("b", true, Duration.ofMinutes(3), TEN);
        assertThat(pages.read(TEN)).contains(new PresenceReading(PresenceState.AWAY, TEN.minusSeconds(180), "page"));

        assertThat(pages.read(TEN.plus(PagePresence.STALE).plusSeconds(1)))
                .as("no page heard from for three minutes")
                .isEmpty();
    }

    @Test
    void theListenerHearsOnlyAChangeOfState() {
        List<String> heard = new ArrayList<>();
        pages.onChange(() -> heard.add("changed"));
        pages.report("a", true, Duration.ZERO, TEN);
        pages.report("a", true, Duration.ofSeconds(10), TEN.plusSeconds(30));
        pages.report("a", false, Duration.ofSeconds(40), TEN.plusSeconds(60));

        assertThat(heard).as("present, then away").hasSize(2);
    }
}
