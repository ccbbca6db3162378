package io.nape.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ReadCacheTest {
    private final AtomicLong version = new AtomicLong(1);
    private final AtomicInteger loads = new AtomicInteger();
    private final ReadCache cache = new ReadCache(() -> OptionalLong.of(version.get()), 3);

    private String load(String value) {
        loads.incrementAndGet();
        return value;
    }

    @Test
    void readsOnceWhileTheDataVersionStaysTheSame() {
        assertThat(cache.get("settings", () -> load("first"))).isEqualTo("first");
        assertThat(cache.get("settings", () -> load("second"))).isEqualTo("first");

        assertThat(loads).hasValue(1);
    }

    @Test
    void readsAgainOnceTheDataVersionChanged() {
        cache.get("settings", () -> load("first"));
        version.incrementAndGet();

        assertThat(cache.get("settings", () -> load("second"))).isEqualTo("second");
        assertThat(loads).hasValue(2);
    }

    @Test
    void dropsEveryValueOfAnOlderVersion() {
        cache.get("settings", () -> load("settings"));
        cache.get("pause", () -> load("pause"));
        version.incrementAndGet();

        cache.get("settings", () -> load("settings again"));

        assertThat(cache.size()).isEqualTo(1);
    }

    @Test
    void readsEveryTimeWhenTheVersionIsUnknown() {
        ReadCache unknown = new ReadCache(OptionalLong::empty, 3);

        unknown.get("settings", () -> load("first"));
        assertThat(unknown.get("settings", () -> load("second"))).isEqualTo("second");

        assertThat(loads).hasValue(2);
        assertThat(unknown.size()).isZero();
    }

    @Test
    void keepsAtMostItsCapacityDroppingTheLeastRecentlyUsed() {
        for (int day = 0; day < 10; day++) {
            String key = "day " + day;
            cache.get(key, () -> load(key));
            cache.get("settings", () -> load("settings"));
        }

        assertThat(cache.size()).isEqualTo(3);
        assertThat(cache.get("settings", () -> load("settings again"))).isEqualTo("settings");
        assertThat(cache.get("day 0", () -> load("day 0 again"))).isEqualTo("day 0 again");
    }

    @Test
    void doesNotKeepWhatWasLoadedWhileANewerVersionWasSeen() {
        ReadCache.Snapshot before = cache.snapshot();
        version.incrementAndGet();
        cache.get("other", () -> load("other"));

        before.get("settings", () -> load("read before the change was seen"));

        assertThat(cache.get("settings", () -> load("fresh"))).isEqualTo("fresh");
    }

    @Test
    void aSnapshotReadsTheVersionOnceForAllItsReads() {
        AtomicInteger looks = new AtomicInteger();
        ReadCache counted = new ReadCache(() -> OptionalLong.of(looks.incrementAndGet() > 0 ? 7 : 0), 3);

        ReadCache.Snapshot snapshot = counted.snapshot();
        snapshot.get("settings", () -> load("settings"));
        snapshot.get("pause", () -> load("pause"));
        snapshot.get("settings", () -> load("settings"));

        assertThat(looks).hasValue(1);
        assertThat(loads).hasValue(2);
    }

    @Test
    void rejectsACapacityBelowOne() {
        assertThatThrownBy(() -> new ReadCache(OptionalLong::empty, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("capacity must be at least 1, was 0");
    }
}
