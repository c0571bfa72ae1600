package ru.orientir.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class VersionedCacheTest {

    private final AtomicInteger computed = new AtomicInteger();
    private final VersionedCache<List<String>> cache = new VersionedCache<>(5, List::size);

    private List<String> rows(String... rows) {
        computed.incrementAndGet();
        return List.of(rows);
    }

    @Test
    void aReadAtTheSameVersionIsAnsweredFromMemoryAndANewVersionComputesAgain() {
        assertEquals(List.of("a"), cache.get(1, "k", () -> rows("a")));
        assertEquals(List.of("a"), cache.get(1, "k", () -> rows("changed")));
        assertEquals(1, computed.get());
        assertEquals(List.of("b"), cache.get(2, "k", () -> rows("b")), "a committed change: the next read recomputes");
        assertEquals(2, computed.get());
    }

    @Test
    void aReaderOfAnOlderVersionGetsItsOwnAnswerWhichIsNotKept() {
        cache.get(3, "k", () -> rows("new"));
        assertEquals(List.of("old"), cache.get(2, "k", () -> rows("old")));
        assertEquals(List.of("new"), cache.get(3, "k", () -> rows("again")));
    }

    @Test
    void theWeightBoundDropsTheLeastRecentlyUsedAndNeverKeepsAnAnswerHeavierThanIt() {
        cache.get(1, "a", () -> rows("1", "2"));
        cache.get(1, "b", () -> rows("1", "2"));
        cache.get(1, "a", () -> rows("x")); // a is now the most recently used
        cache.get(1, "c", () -> rows("1", "2")); // 6 > 5: b goes
        assertEquals(2, cache.size());
        int before = computed.get();
        cache.get(1, "a", () -> rows("x"));
        cache.get(1, "c", () -> rows("x"));
        assertEquals(before, computed.get(), "a and c are kept");
        cache.get(1, "b", () -> rows("1"));
        assertEquals(before + 1, computed.get(), "b was dropped");
        cache.get(1, "big", () -> rows("1", "2", "3", "4", "5", "6"));
        cache.get(1, "big", () -> rows("1", "2", "3", "4", "5", "6"));
        assertEquals(before + 3, computed.get(), "an answer over the bound is computed each time");
    }
}
