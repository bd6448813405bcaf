package dev.stackbot.passage;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Merges passages that say the same thing in (nearly) the same words, keeping the first.
 * MinHash with banding finds candidates in linear time, so this holds at 100k passages;
 * each candidate pair is then confirmed by its exact shingle overlap.
 */
public final class NearDuplicates {

    /** Share of word 3-grams two passages must have in common to count as one. */
    static final double THRESHOLD = 0.8;
    private static final int BANDS = 8;
    private static final int ROWS = 3;
    private static final int SHINGLE = 3;

    private NearDuplicates() {
    }

    /** The passages with near-duplicates merged into their first occurrence (recorded in {@code alsoIn}). */
    public static List<Passage> merge(List<Passage> passages) {
        List<Set<Long>> shingles = new ArrayList<>(passages.size());
        Map<Long, List<Integer>> buckets = new HashMap<>();
        BitSet merged = new BitSet(passages.size());
        Map<Integer, List<String>> absorbed = new LinkedHashMap<>();
        for (int i = 0; i < passages.size(); i++) {
            Set<Long> mine = shingles(passages.get(i).text());
            shingles.add(mine);
            long[] signature = signature(mine);
            int keeper = -1;
            for (int band = 0; band < BANDS && keeper < 0; band++) {
                long key = bandKey(signature, band);
                for (int j : buckets.getOrDefault(key, List.of())) {
                    if (!merged.get(j) && jaccard(mine, shingles.get(j)) >= THRESHOLD) {
                        keeper = j;
                        break;
                    }
                }
            }
            if (keeper >= 0) {
                merged.set(i);
                absorbed.computeIfAbsent(keeper, k -> new ArrayList<>()).add(passages.get(i).id());
                continue;
            }
            for (int band = 0; band < BANDS; band++) {
                buckets.computeIfAbsent(bandKey(signature, band), k -> new ArrayList<>()).add(i);
            }
        }
        List<Passage> result = new ArrayList<>(passages.size() - merged.cardinality());
        for (int i = 0; i < passages.size(); i++) {
            if (!merged.get(i)) {
                Passage p = passages.get(i);
                List<String> also = absorbed.getOrDefault(i, List.of());
                result.add(also.isEmpty() ? p : new Passage(p.id(), p.doc(), p.heading(), p.ordinal(), p.text(), p.line(), also));
            }
        }
        return result;
    }

    private static Set<Long> shingles(String text) {
        String[] words = text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{Nd}]+");
        List<String> kept = new ArrayList<>(words.length);
        for (String word : words) {
            if (!word.isEmpty()) {
                kept.add(word);
            }
        }
        Set<Long> set = new HashSet<>();
        if (kept.size() < SHINGLE) {
            set.add(hash(String.join(" ", kept)));
            return set;
        }
        for (int i = 0; i + SHINGLE <= kept.size(); i++) {
            set.add(hash(String.join(" ", kept.subList(i, i + SHINGLE))));
        }
        return set;
    }

    private static long[] signature(Set<Long> shingles) {
        long[] signature = new long[BANDS * ROWS];
        java.util.Arrays.fill(signature, Long.MAX_VALUE);
        for (long shingle : shingles) {
            for (int k = 0; k < signature.length; k++) {
                long h = mix(shingle + 0x9E3779B97F4A7C15L * (k + 1));
                if (h < signature[k]) {
                    signature[k] = h;
                }
            }
        }
        return signature;
    }

    private static long bandKey(long[] signature, int band) {
        long key = band;
        for (int r = 0; r < ROWS; r++) {
            key = mix(key * 31 + signature[band * ROWS + r]);
        }
        return key;
    }

    private static double jaccard(Set<Long> a, Set<Long> b) {
        Set<Long> small = a.size() <= b.size() ? a : b;
        Set<Long> large = small == a ? b : a;
        int common = 0;
        for (long x : small) {
            if (large.contains(x)) {
                common++;
            }
        }
        return (double) common / (a.size() + b.size() - common);
    }

    private static long hash(String s) {
        long h = 1125899906842597L;
        for (int i = 0; i < s.length(); i++) {
            h = 31 * h + s.charAt(i);
        }
        return mix(h);
    }

    /** SplitMix64 finalizer: spreads bits so that min-hashes behave like independent permutations. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
