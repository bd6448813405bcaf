package dev.stackbot.synthetic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Writes a synthetic knowledge directory of any size: entities, aspects, source articles and verdict
 * rules whose evidence quotes stand verbatim in the generated sources, so the real loader checks pass.
 *
 * <p>It writes files rather than building {@code Knowledge} in memory, so a benchmark can time the whole
 * reload path (every per-file check of {@code KnowledgeLoader}) as well as the in-memory
 * {@code SnapshotBuilder.build(Knowledge)}. The same spec and seed always write the same bytes.
 */
public final class SyntheticKnowledge {

    /**
     * What to generate.
     *
     * @param passages    about how many passages the sources split into (one per paragraph line)
     * @param entities    how many technologies (at least 2)
     * @param perDocument paragraphs per source article
     * @param seed        random seed: the same spec writes the same files
     */
    public record Spec(int passages, int entities, int perDocument, long seed) {

        public Spec {
            if (entities < 2 || passages < perDocument || perDocument < 4) {
                throw new IllegalArgumentException("need entities >= 2 and passages >= perDocument >= 4");
            }
        }

        /** The spec the benchmarks use for a size: more entities as the knowledge grows, 50 paragraphs an article. */
        public static Spec ofPassages(int passages) {
            int entities = Math.max(4, Math.min(200, passages / 500));
            return new Spec(passages, entities, Math.min(50, passages / 4), 42);
        }

        public int documents() {
            return Math.max(3, passages / perDocument);
        }
    }

    /** What was written: the directory and questions that exercise it (comparisons, definitions, facts). */
    public record Generated(Path dir, List<String> questions, int rules) {
    }

    private static final String[] SYLLABLES = {"ka", "vo", "ri", "ze", "lu", "mon", "tra", "qi", "dex", "po",
        "nar", "sil", "ub", "fen", "gor", "wy", "jal", "bek", "tos", "myr"};

    /** An aspect: id, label, signal words as a YAML list, the comparative used in sentences, the question word. */
    private record AspectText(String id, String label, String signals, String terms, String better, String worse,
                              String asked) {
    }

    private static final List<AspectText> ASPECTS = List.of(
            new AspectText("performance", "performance and speed", "[fast*, speed*, slow*, perform*, latenc*, throughput]",
                    "[faster, speed, latency, throughput]", "is faster", "is slower", "faster"),
            new AspectText("concurrency", "concurrency", "[concurren*, parallel*, thread*, async*]",
                    "[concurrency, threads, parallel]", "handles concurrency better", "struggles with concurrency more", "better at concurrency"),
            new AspectText("scalability", "scalability", "[scal*, \"high traffic\", cluster*]",
                    "[scalability, scaling, scale]", "scales further", "scales less easily", "more scalable"),
            new AspectText("learning", "learning curve", "[learn*, easy, easier, beginner*]",
                    "[learn, easy, beginners]", "is easier to learn", "is harder to learn", "easier to learn"),
            new AspectText("ecosystem", "libraries and ecosystem", "[librar*, ecosystem*, package*, tooling]",
                    "[libraries, ecosystem, packages]", "has a richer ecosystem", "has fewer libraries", "better for libraries"),
            new AspectText("memory", "memory use", "[memory, ram, footprint*, garbage*]",
                    "[memory, footprint, garbage]", "uses less memory", "uses more memory", "lighter on memory"));

    private static final String[] NOUNS = ("service request cache queue database schema deployment container cluster "
            + "team project release compiler runtime module package library framework endpoint gateway worker thread "
            + "process pipeline dashboard report benchmark test build server client socket stream buffer index query "
            + "transaction migration upgrade rollout feature design pattern interface protocol message event handler "
            + "scheduler profiler debugger editor plugin dependency workload budget customer startup enterprise "
            + "prototype audit incident outage metric log trace alert backup replica shard partition node region").split(" ");
    private static final String[] VERBS = ("handles processes serves compiles deploys scales caches streams parses "
            + "validates renders schedules monitors replicates indexes balances retries batches encrypts profiles "
            + "measures simplifies supports rewrites migrates").split(" ");
    private static final String[] ADJECTIVES = ("large small typical heavy light modern legacy distributed internal "
            + "public mobile critical noisy stable flaky busy idle remote local shared nightly hourly quarterly "
            + "experimental mature popular strict careful").split(" ");
    private static final String[] ADVERBS = ("quickly reliably slowly safely cheaply predictably efficiently "
            + "smoothly rarely often usually").split(" ");
    private static final String[] OPENERS = {"In our tests", "According to the survey", "In production",
        "For most teams", "On the whole", "In practice", "Last year", "In the case study"};

    private SyntheticKnowledge() {
    }

    /** Writes the knowledge of {@code spec} into {@code dir} (created if needed; expected empty). */
    public static Generated write(Spec spec, Path dir) {
        Random random = new Random(spec.seed());
        List<String> names = entityNames(spec.entities());
        int documents = spec.documents();
        // evidence sentences each document must contain, planned before the documents are written
        Map<Integer, List<String>> planted = new HashMap<>();
        StringBuilder rules = new StringBuilder();
        List<String> ruleFiles = new ArrayList<>();
        int ruleCount = Math.min((names.size() - 1) * ASPECTS.size(), Math.max(1, spec.passages() / 40));
        int written = 0;
        for (int r = 0; r < ruleCount; r++) {
            int pair = r / ASPECTS.size();
            AspectText aspect = ASPECTS.get(r % ASPECTS.size());
            String a = names.get(pair);
            String b = names.get(pair + 1);
            rules.append(rule(r, aspect, a, b, random, documents, planted));
            written++;
            if (written == 500 || r == ruleCount - 1) {
                // one file stays far below the loader's 2 MB limit however many rules there are
                ruleFiles.add("rules:\n" + rules);
                rules.setLength(0);
                written = 0;
            }
        }
        List<String> questions = questions(names, random);
        try {
            Files.createDirectories(dir.resolve("sources"));
            Files.writeString(dir.resolve("entities.yaml"), entities(names));
            Files.writeString(dir.resolve("aspects.yaml"), aspects());
            Files.writeString(dir.resolve("promotional.yaml"),
                    "patterns:\n  - '\\bhire\\b.{0,40}\\bdevelopers?\\b'\n  - '\\bcontact us\\b'\n");
            for (int i = 0; i < ruleFiles.size(); i++) {
                Files.writeString(dir.resolve(String.format(Locale.ROOT, "rules-%03d.yaml", i)), ruleFiles.get(i));
            }
            for (int d = 0; d < documents; d++) {
                Files.writeString(dir.resolve("sources/" + docId(d) + ".md"),
                        document(d, spec.perDocument(), names, planted.getOrDefault(d, List.of()), random));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Generated(dir, questions, ruleCount);
    }

    /** Unique pronounceable names ("Kavori", "Zelumon"): never English words, so they never collide with aliases of others. */
    static List<String> entityNames(int count) {
        Set<String> names = new LinkedHashSet<>();
        for (int i = 0; names.size() < count; i++) {
            StringBuilder name = new StringBuilder();
            int n = i;
            for (int s = 0; s < 3; s++) {
                name.append(SYLLABLES[(n + s * 7) % SYLLABLES.length]);
                n /= SYLLABLES.length;
            }
            names.add(Character.toUpperCase(name.charAt(0)) + name.substring(1));
        }
        return List.copyOf(names);
    }

    private static String docId(int d) {
        return String.format(Locale.ROOT, "synthetic-%06d", d);
    }

    private static String entities(List<String> names) {
        StringBuilder out = new StringBuilder("entities:\n");
        for (String name : names) {
            String id = name.toLowerCase(Locale.ROOT);
            out.append("  - id: ").append(id).append('\n')
                    .append("    name: ").append(name).append('\n')
                    .append("    aliases: [").append(name).append(", ").append(name).append("JS, ")
                    .append(name).append(" runtime]\n");
        }
        return out.append("others:\n  - Cobol\n  - Fortran\n").toString();
    }

    private static String aspects() {
        StringBuilder out = new StringBuilder("aspects:\n");
        for (AspectText aspect : ASPECTS) {
            out.append("  - id: ").append(aspect.id()).append('\n')
                    .append("    label: ").append(aspect.label()).append('\n')
                    .append("    signals: ").append(aspect.signals()).append('\n')
                    .append("    terms: ").append(aspect.terms()).append('\n');
        }
        return out.append("  - id: general\n    label: an overall choice\n    fallback: true\n    signals: [overall]\n")
                .toString();
    }

    /** One rule and the evidence sentences it plants in distinct documents. */
    private static String rule(int r, AspectText aspect, String a, String b, Random random, int documents,
                               Map<Integer, List<String>> planted) {
        String idA = a.toLowerCase(Locale.ROOT);
        String idB = b.toLowerCase(Locale.ROOT);
        boolean aWins = random.nextBoolean();
        String winner = aWins ? a : b;
        String loser = aWins ? b : a;
        int kind = random.nextInt(10); // 7 favors, 2 contested, 1 depends: roughly the shipped mix
        int first = random.nextInt(documents);
        int second = (first + 1 + random.nextInt(documents - 1)) % documents;
        int third = (second + 1) % documents == first ? (second + 2) % documents : (second + 1) % documents;
        StringBuilder out = new StringBuilder();
        out.append("  - id: rule-").append(r).append('\n')
                .append("    aspect: ").append(aspect.id()).append('\n')
                .append("    between: [").append(idA).append(", ").append(idB).append("]\n");
        List<String[]> evidence = new ArrayList<>();
        if (kind < 7) {
            out.append("    verdict: favors\n    winner: ").append(winner.toLowerCase(Locale.ROOT)).append('\n');
            evidence.add(new String[] {docId(first), winner, quote(winner, aspect.better() + " than", loser, r, 1, random)});
            evidence.add(new String[] {docId(second), winner, quote(winner, aspect.better() + " than", loser, r, 2, random)});
            evidence.add(new String[] {docId(third), loser, quote(loser, "held up against", winner, r, 3, random)});
            planted.computeIfAbsent(first, k -> new ArrayList<>()).add(evidence.get(0)[2]);
            planted.computeIfAbsent(second, k -> new ArrayList<>()).add(evidence.get(1)[2]);
            planted.computeIfAbsent(third, k -> new ArrayList<>()).add(evidence.get(2)[2]);
        } else if (kind < 9) {
            out.append("    verdict: contested\n");
            evidence.add(new String[] {docId(first), winner, quote(winner, aspect.better() + " than", loser, r, 1, random)});
            evidence.add(new String[] {docId(second), loser, quote(loser, aspect.better() + " than", winner, r, 2, random)});
            planted.computeIfAbsent(first, k -> new ArrayList<>()).add(evidence.get(0)[2]);
            planted.computeIfAbsent(second, k -> new ArrayList<>()).add(evidence.get(1)[2]);
        } else {
            out.append("    verdict: depends\n");
            String neutral = "Whether " + a + " or " + b + " is the better pick for " + aspect.label()
                    + " depends on the " + pick(NOUNS, random) + " of each project, as case " + r + " shows.";
            evidence.add(new String[] {docId(first), null, neutral});
            planted.computeIfAbsent(first, k -> new ArrayList<>()).add(neutral);
        }
        out.append("    summary: \"for ").append(aspect.label()).append(" in case ").append(r).append("\"\n")
                .append("    evidence:\n");
        for (String[] e : evidence) {
            out.append("      - source: ").append(e[0]).append('\n');
            if (e[1] != null) {
                out.append("        side: ").append(e[1].toLowerCase(Locale.ROOT)).append('\n');
            }
            out.append("        quote: \"").append(e[2]).append("\"\n");
        }
        return out.toString();
    }

    /** An evidence sentence; the rule number and position make it unique, so no near-duplicate merge hides it. */
    private static String quote(String subject, String claim, String other, int r, int position, Random random) {
        return pick(OPENERS, random) + ", " + subject + " " + claim + " " + other + " for a "
                + pick(ADJECTIVES, random) + " " + pick(NOUNS, random) + " in benchmark " + r + "." + position + ".";
    }

    private static String document(int d, int paragraphs, List<String> names, List<String> planted, Random random) {
        String a = names.get(random.nextInt(names.size()));
        String b = names.get(random.nextInt(names.size()));
        StringBuilder out = new StringBuilder();
        out.append("---\nid: ").append(docId(d)).append('\n')
                .append("title: \"").append(a).append(" or ").append(b).append(": notes ").append(d).append("\"\n")
                .append("publisher: \"Synthetic Weekly ").append(d % 17).append("\"\n")
                .append("published: 2025-0").append(1 + d % 9).append("-1").append(d % 10).append('\n')
                .append("kind: vendor-blog\n---\n");
        out.append("# ").append(a).append(" and ").append(b).append(" compared\n\n");
        int plantedAt = 0;
        for (int p = 0; p < paragraphs; p++) {
            if (p > 0 && p % 8 == 0) {
                AspectText aspect = ASPECTS.get(random.nextInt(ASPECTS.size()));
                out.append("## ").append(capitalize(aspect.label())).append(" in practice\n\n");
            }
            // the planted evidence opens a paragraph: one sentence of it, then an ordinary one, under 480 characters
            String firstSentence = plantedAt < planted.size() && (p % 3 == 0 || paragraphs - p <= planted.size() - plantedAt)
                    ? planted.get(plantedAt++) : sentence(names, random);
            out.append(firstSentence).append(' ').append(sentence(names, random)).append('\n');
            if (random.nextInt(4) == 0) {
                out.append('\n');
            }
        }
        while (plantedAt < planted.size()) {
            // more evidence than paragraphs: each left over gets a paragraph of its own
            out.append(planted.get(plantedAt++)).append(' ').append(sentence(names, random)).append('\n');
        }
        // a promotional line, as vendor blogs have: the splitter must leave it out
        out.append("\nHire our dedicated ").append(a).append(" developers today.\n");
        return out.toString();
    }

    private static String sentence(List<String> names, Random random) {
        String subject = names.get(random.nextInt(names.size()));
        return switch (random.nextInt(5)) {
            case 0 -> capitalize(pick(OPENERS, random)) + ", " + subject + " " + pick(VERBS, random) + " every "
                    + pick(ADJECTIVES, random) + " " + pick(NOUNS, random) + " " + pick(ADVERBS, random) + ".";
            case 1 -> "The " + pick(NOUNS, random) + " team found that " + subject + " " + pick(VERBS, random) + " the "
                    + pick(NOUNS, random) + " " + pick(ADVERBS, random) + " under " + pick(ADJECTIVES, random) + " load.";
            case 2 -> "A " + pick(ADJECTIVES, random) + " " + pick(NOUNS, random) + " in " + subject + " "
                    + pick(VERBS, random) + " " + (10 + random.nextInt(990)) + " " + pick(NOUNS, random) + "s per second.";
            case 3 -> "Teams moving from " + pick(NOUNS, random) + " code to " + subject + " report that it "
                    + pick(VERBS, random) + " " + pick(ADJECTIVES, random) + " " + pick(NOUNS, random) + "s "
                    + pick(ADVERBS, random) + ".";
            default -> subject + " is a " + pick(ADJECTIVES, random) + " " + pick(NOUNS, random) + " platform that "
                    + pick(VERBS, random) + " " + pick(NOUNS, random) + "s for " + pick(ADJECTIVES, random) + " "
                    + pick(NOUNS, random) + "s.";
        };
    }

    /** Questions of every kind the engine reads: comparisons with an aspect, single-entity, definitions, topic-only. */
    private static List<String> questions(List<String> names, Random random) {
        List<String> questions = new ArrayList<>();
        for (int i = 0; i < 256; i++) {
            int at = random.nextInt(names.size() - 1);
            String a = names.get(at);
            String b = names.get(at + 1);
            AspectText aspect = ASPECTS.get(random.nextInt(ASPECTS.size()));
            questions.add(switch (i % 6) {
                case 0 -> "is " + a + " " + aspect.asked() + " than " + b + "?";
                case 1 -> a + " or " + b + " for " + aspect.label() + "?";
                case 2 -> "what is " + a + "?";
                case 3 -> "is " + a + " good for a " + pick(ADJECTIVES, random) + " " + pick(NOUNS, random) + "?";
                case 4 -> "which " + pick(NOUNS, random) + " " + pick(VERBS, random) + " " + pick(NOUNS, random) + "s "
                        + pick(ADVERBS, random) + "?";
                default -> "should I pick " + b + " over " + a + " for " + aspect.label() + " on a "
                        + pick(ADJECTIVES, random) + " " + pick(NOUNS, random) + "?";
            });
        }
        return List.copyOf(questions);
    }

    private static String pick(String[] words, Random random) {
        return words[random.nextInt(words.length)];
    }

    private static String capitalize(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
