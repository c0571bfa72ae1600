package ru.orientir.common;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

/**
 * Answers computed from the database at one data version (a counter that every committed change increases), kept
 * until the version moves on: a read at the current version is answered from memory, any newer version empties the
 * cache. The caller reads the version before computing, so an answer is never older than the version it is kept
 * under. Bounded by a weight (e.g. rows), least recently used first out; an answer heavier than the whole bound is
 * computed and not kept. Each replica has its own; they agree because the version lives in the database.
 */
public final class VersionedCache<V> {

    private final long maxWeight;
    private final ToIntFunction<V> weigher;
    private final LinkedHashMap<String, Entry<V>> entries = new LinkedHashMap<>(64, 0.75f, true);
    private long version = Long.MIN_VALUE;
    private long weight;

    private record Entry<V>(V value, int weight) {}

    public VersionedCache(long maxWeight, ToIntFunction<V> weigher) {
        this.maxWeight = maxWeight;
        this.weigher = weigher;
    }

    /** The answer kept for the key at this version, else computed (outside the lock) and kept. */
    @SuppressWarnings("unchecked") // a key is kept with one kind of answer: the callers prefix keys by kind
    public <T extends V> T get(long atVersion, String key, Supplier<T> compute) {
        synchronized (this) {
            if (atVersion > version) {
                entries.clear();
                weight = 0;
                version = atVersion;
            }
            Entry<V> hit = atVersion == version ? entries.get(key) : null;
            if (hit != null) {
                return (T) hit.value();
            }
        }
        T value = compute.get();
        keep(atVersion, key, value);
        return value;
    }

    private synchronized void keep(long atVersion, String key, V value) {
        int w = Math.max(1, weigher.applyAsInt(value));
        if (atVersion != version || w > maxWeight) {
            return; // computed for a version that has moved on, or too heavy to keep
        }
        Entry<V> old = entries.put(key, new Entry<>(value, w));
        weight += w - (old == null ? 0 : old.weight());
        var eldest = entries.entrySet().iterator();
        while (weight > maxWeight && eldest.hasNext()) {
            Map.Entry<String, Entry<V>> e = eldest.next();
            weight -= e.getValue().weight();
            eldest.remove();
        }
    }

    /** Entries kept now (for tests and metrics). */
    public synchronized int size() {
        return entries.size();
    }
}
