package dev.stackbot.question;

import dev.stackbot.knowledge.AliasKey;
import dev.stackbot.knowledge.Entity;
import dev.stackbot.knowledge.OtherTechnology;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the technologies a question names: entities by any alias (longest first, with common
 * misspellings such as "pyhton" or "noode"), and the other technologies the knowledge does not cover.
 */
final class NameMatcher {

    /**
     * A name found in the question: an entity id, or else the name of an uncovered technology.
     * {@code primary} marks the entity's own name ("Node", "node.js", "py") as opposed to a tool or
     * framework that implies it ("npm", "Django"), which is still worth searching for by itself.
     * {@code typoOf} is, for a misspelling ("pyhton", "djnago"), the name it misspells as the knowledge writes it
     * ("Python", "Django"); null for a name typed right.
     */
    record Match(String entity, String other, int start, int length, boolean primary, String typoOf) {

        boolean typo() {
            return typoOf != null;
        }
    }

    /** A name misspellings aim at: its entity, and the name as the knowledge writes it. */
    private record FuzzyTarget(String entity, String spelling) {
    }

    private record Candidate(String[] words, String[] originals, String entity, String other, boolean caseSensitive,
                             boolean primary) {
    }

    /** Fuzzy matching only reaches names this long and longer that a user types as a misspelling target. */
    private static final int FUZZY_MIN = 4;

    private final Map<String, List<Candidate>> byFirstWord = new HashMap<>();
    private final Map<String, FuzzyTarget> fuzzyTargets = new HashMap<>();
    /** The last word of every name of the knowledge's entities ("node", "js", "python"): what ends one. */
    private final Set<String> entityLastWords = new HashSet<>();

    NameMatcher(List<Entity> entities, List<OtherTechnology> others) {
        for (Entity entity : entities) {
            add(entity.id(), entity.id(), null, false, entity);
            add(entity.name(), entity.id(), null, false, entity);
            entity.aliases().forEach(alias -> add(alias, entity.id(), null, false, entity));
            fuzzyTarget(entity.id(), entity.id(), entity.name());
            fuzzyTarget(entity.name(), entity.id(), entity.name());
            // misspellings aim at the entity's own names ("noode", "pyhton") and at long tool names ("djnago");
            // short tool names ("koa", "pip") are too close to ordinary words to guess at
            entity.aliases().stream()
                    .filter(a -> isOwnName(AliasKey.of(a), entity) || AliasKey.of(a).length() >= 6)
                    .forEach(a -> fuzzyTarget(a, entity.id(), a));
        }
        for (OtherTechnology other : others) {
            add(other.name(), null, other.name(), other.caseSensitive());
        }
        byFirstWord.values().forEach(list -> list.sort(Comparator.comparingInt((Candidate c) -> c.words().length).reversed()));
    }

    private void add(String name, String entity, String other, boolean caseSensitive) {
        add(name, entity, other, caseSensitive, null);
    }

    private void add(String name, String entity, String other, boolean caseSensitive, Entity owner) {
        String key = AliasKey.of(name);
        if (key.isEmpty()) {
            return;
        }
        boolean primary = owner != null && isOwnName(key, owner);
        String[] words = key.split(" ");
        String[] originals = name.replaceAll("[^\\p{L}\\p{Nd}#+]+", " ").trim().split(" ");
        byFirstWord.computeIfAbsent(words[0], k -> new ArrayList<>())
                .add(new Candidate(words, originals, entity, other, caseSensitive, primary));
        if (entity != null) {
            entityLastWords.add(words[words.length - 1]);
        }
    }

    /** "Node", "node js", "nodejs", "py": a spelling of the entity's own name rather than of a tool. */
    static boolean isOwnName(String key, Entity owner) {
        String joined = key.replace(" ", "");
        String id = AliasKey.of(owner.id()).replace(" ", "");
        String name = AliasKey.of(owner.name()).replace(" ", "");
        return id.startsWith(joined) || name.startsWith(joined) || joined.equals(id) || joined.equals(name);
    }

    private void fuzzyTarget(String name, String entity, String spelling) {
        String key = AliasKey.of(name);
        if (!key.contains(" ") && key.length() >= FUZZY_MIN) {
            fuzzyTargets.putIfAbsent(key, new FuzzyTarget(entity, spelling));
        }
    }

    /**
     * Every name in the question, left to right, the longest alias winning where two overlap. A name that the
     * question also uses in the plural is a common noun there ("3 nodes… add a fourth node", "ball pythons…
     * mine eats once a week"), unless the question names another of the knowledge's technologies too: "node vs
     * python for a cluster of 3 nodes" is about both.
     */
    List<Match> find(List<Token> tokens) {
        List<Match> matches = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Match match = exact(tokens, i);
            if (match == null) {
                match = fuzzy(tokens.get(i), i);
            }
            if (match != null) {
                matches.add(match);
                i += match.length();
            } else {
                i++;
            }
        }
        Set<String> commonNouns = pluralized(tokens);
        if (commonNouns.isEmpty()) {
            return matches;
        }
        List<Match> kept = new ArrayList<>();
        Set<String> entities = new HashSet<>();
        for (Match match : matches) {
            String key = tokens.get(match.start()).key();
            boolean common = match.entity() != null && match.length() == 1
                    && (commonNouns.contains(key) || commonNouns.contains(singular(key)));
            if (!common) {
                kept.add(match);
                if (match.entity() != null) {
                    entities.add(match.entity());
                }
            }
        }
        for (Match match : matches) {
            // the plural's own entity is dropped only when no other technology of the knowledge is named
            if (!kept.contains(match) && !entities.isEmpty() && !entities.contains(match.entity())) {
                return matches;
            }
        }
        return kept;
    }

    /** The one-word names of the knowledge's technologies that the question uses in the plural ("nodes"). */
    private Set<String> pluralized(List<Token> tokens) {
        Set<String> found = new HashSet<>();
        for (Token token : tokens) {
            String singular = singular(token.key());
            if (!singular.equals(token.key()) && byFirstWord.getOrDefault(singular, List.of()).stream()
                    .anyMatch(c -> c.entity() != null && c.words().length == 1)) {
                found.add(singular);
            }
        }
        return found;
    }

    /** The word without a plural ending: "nodes" → "node", "pythons" → "python"; the word itself otherwise. */
    private static String singular(String word) {
        return word.length() > 4 && word.endsWith("s") && !word.endsWith("ss") ? word.substring(0, word.length() - 1) : word;
    }

    private Match exact(List<Token> tokens, int at) {
        for (Candidate candidate : byFirstWord.getOrDefault(tokens.get(at).key(), List.of())) {
            int n = candidate.words().length;
            if (at + n > tokens.size()) {
                continue;
            }
            boolean all = true;
            for (int k = 0; k < n && all; k++) {
                Token token = tokens.get(at + k);
                all = token.key().equals(candidate.words()[k])
                        && (!candidate.caseSensitive() || k >= candidate.originals().length
                            || token.original().equals(candidate.originals()[k]));
            }
            if (!all && candidate.caseSensitive() && n == 1 && token(tokens, at).equals(candidate.words()[0])
                    && setAgainstEntity(tokens, at)) {
                // "is bun actually faster than node", "python vs go": typed lower case, as chat is, but set
                // against one of the knowledge's technologies, the everyday word is the technology's name
                all = true;
            }
            if (all) {
                return new Match(candidate.entity(), candidate.other(), at, n, candidate.primary(), null);
            }
        }
        return null;
    }

    private static String token(List<Token> tokens, int at) {
        return at >= 0 && at < tokens.size() ? tokens.get(at).key() : "";
    }

    /**
     * Whether the word at {@code at} is set against an entity of the knowledge: right next to "vs", "or" with the
     * entity's name on its other side ("node vs go", "go or python"), or compared by "than" a few words on as what
     * "is" asks about ("is bun actually faster than node"), or after "than" ("node is faster than bun").
     */
    private boolean setAgainstEntity(List<Token> tokens, int at) {
        if (EnglishWords.SIDE_BY_SIDE.contains(token(tokens, at + 1)) && startsEntity(token(tokens, at + 2))) {
            return true;
        }
        if (EnglishWords.SIDE_BY_SIDE.contains(token(tokens, at - 1)) && isEntityWord(token(tokens, at - 2))) {
            return true;
        }
        if (token(tokens, at - 1).equals("than")) {
            // "node is faster than bun", "python is way slower than go"
            for (int k = at - 3; k >= Math.max(0, at - 5); k--) {
                if (isEntityWord(token(tokens, k))) {
                    return true;
                }
            }
        }
        // "is bun actually faster than node", "bun is faster than node": the word is what "is" asks about; in
        // "the deploy must go faster than node allows" it is a verb
        boolean subject = BE.contains(token(tokens, at - 1)) || BE.contains(token(tokens, at + 1));
        for (int k = at + 1; subject && k <= at + 3; k++) {
            if (token(tokens, k).equals("than")) {
                return startsEntity(token(tokens, k + 1));
            }
        }
        return false;
    }

    private static final Set<String> BE = Set.of("is", "are", "was", "were", "isn", "s");

    private boolean startsEntity(String key) {
        return byFirstWord.getOrDefault(key, List.of()).stream().anyMatch(c -> c.entity() != null);
    }

    private boolean isEntityWord(String key) {
        return entityLastWords.contains(key);
    }

    private Match fuzzy(Token token, int at) {
        String word = token.key();
        if (word.length() < FUZZY_MIN || EnglishWords.COMMON.contains(word) || !Character.isLetter(word.charAt(0))) {
            return null;
        }
        for (Map.Entry<String, FuzzyTarget> target : fuzzyTargets.entrySet()) {
            if (Typos.isTypoOf(word, target.getKey())) {
                return new Match(target.getValue().entity(), null, at, 1, true, target.getValue().spelling());
            }
        }
        return null;
    }
}
