package io.nape.app;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Keep what was read from the database for as long as the database has not changed, so that a
 * server answering many requests reads each thing once per change instead of once per request.
 *
 * <p>Model: every look first asks the data version (see {@code DataVersion}, whose values only grow); when it
 * differs from the one the kept values were read under, they are all dropped. A value is loaded after the version
 * was read and kept only if no other look has seen a newer version meanwhile, so nothing read before
 * a change is ever served after it. When the version is unknown nothing is kept and every look
 * loads. Keys must be values (records) that name everything a loaded value depends on but the data.
 *
 * <p>Thread-safe; at most {@code capacity} values, the least recently used dropped first. Values
 * are shared between threads, so they must be immutable. A load runs outside the lock, so two
 * threads missing the same key at once may both load it.
 */
public final class ReadCache {
    private final Supplier<OptionalLong> version;
    private final Map<Object, Object> values;
    private long keptVersion;
    private boolean anyKept;

    public ReadCache(Supplier<OptionalLong> version, int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
        }
        this.version = version;
        this.values = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<Object, Object> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The value kept for {@code key} under the current data version, loading it if there is none. */
    public <T> T get(Object key, Supplier<T> load) {
        return snapshot().get(key, load);
    }

    /**
     * Look at the data version once, for several reads that follow: a request asks once instead of
     * once per read. Values loaded through the snapshot are at least as new as that version.
     */
    public Snapshot snapshot() {
        return new Snapshot(version.get());
    }

    /** Reads under one look at the data version; use it for one request only, then drop it. */
    public final class Snapshot {
        private final OptionalLong seen;

        private Snapshot(OptionalLong seen) {
            this.seen = seen;
        }

        /**
         * The value kept for {@code key} under this snapshot's version, loading it if there is none. A
         * key is only ever used with loads of one type.
         */
        @SuppressWarnings("unchecked")
        public <T> T get(Object key, Supplier<T> load) {
            if (seen.isEmpty()) {
                return load.get();
            }
            long current = seen.getAsLong();
            Object kept = kept(key, current);
            if (kept != null) {
                return (T) kept;
            }
            T loaded = load.get();
            keep(key, current, loaded);
            return loaded;
        }
    }

    /** How many values are kept now. */
    public synchronized int size() {
        return values.size();
    }

    private synchronized @Nullable Object kept(Object key, long current) {
        if (anyKept && current < keptVersion) { // a look that began before a newer one: load, keep nothing
            return null;
        }
        if (!anyKept || current != keptVersion) {
            values.clear();
            keptVersion = current;
            anyKept = true;
            return null;
        }
        return values.get(key);
    }

    private synchronized void keep(Object key, long loadedUnder, Object value) {
        if (anyKept && keptVersion == loadedUnder) {
            values.put(key, value);
        }
    }
}
