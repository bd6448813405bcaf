package dev.stackbot.question;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What a question asks for, as typed: the words of the thing named right after a "what" or "which" that opens
 * the question or a clause of it ("what licence is Node.js released under?", "what's the typical salary for a
 * Python dev?"), or, after "how long", "how much", "how many" or "how often", what is measured ("how many
 * packages…", "how long is an LTS release supported…"). The technologies' names are left out; whether the
 * sources know the rest is retrieval's to tell. When a question asks for a thing the sources never name, a
 * fact found by another of its words ("released") answers something else.
 */
final class AskedFor {

    /** Words between "what" and the thing it asks for: "what's the…", "what kind of…". */
    private static final Set<String> BEFORE_THING = Set.of("is", "are", "was", "were", "s", "the", "a", "an");
    /** Words that say which kind of thing is asked for, the thing named after them: "what kind of licence…". */
    private static final Set<String> KIND_OF = Set.of("kind", "kinds", "sort", "sorts", "type", "types");
    /**
     * Words that qualify the thing asked for rather than name it ("the typical salary", "a fair hourly rate"):
     * the thing is the word after them. Any other first word is the thing, and what follows may be a verb of its
     * clause ("which backend pairs best…").
     */
    private static final Set<String> QUALIFIERS = Set.of("typical", "average", "usual", "normal", "fair", "current",
            "latest", "newest", "exact", "official", "standard", "main", "actual", "real",
            "going", "expected", "minimum", "maximum", "total", "overall");
    /**
     * Things too general to say what is asked for ("what's the main reason…", "what's the difference…"): what they
     * are of is in the rest of the question, never a thing the sources would have to name.
     */
    private static final Set<String> GENERAL = Set.of("reason", "reasons", "difference", "differences", "point", "benefit",
            "benefits", "advantage", "advantages", "downside", "downsides", "way", "ways", "thing", "things", "option",
            "options", "choice", "part", "problem", "problems", "issue", "issues", "idea", "deal", "catch", "verdict");
    /**
     * Words that end what a "how long…" measures: the verb or preposition after its subject ("how long does a node
     * server take to boot…" measures the server's time, the boot is what it takes).
     */
    private static final Set<String> MEASURE_ENDS = Set.of("take", "takes", "took", "to", "on", "in", "for", "with", "of",
            "from", "at", "by", "use", "uses", "using", "need", "needs", "get", "gets", "have", "has", "run", "runs",
            "make", "makes");
    /** Measures a "how" asks for. */
    private static final Set<String> MEASURES = Set.of("long", "much", "many", "often");
    /** Words that end the clause a "how long…" measures ("…supported before we have to upgrade"). */
    private static final Set<String> CLAUSE_ENDS = Set.of("before", "after", "because", "when", "while", "if", "so",
            "and", "but", "until", "unless", "or");
    /** Words of a thing after "what": a longer run is a clause, not a name. */
    private static final int THING_WORDS = 3;
    /** Words of what a "how long/much" clause measures. */
    private static final int MEASURED_WORDS = 6;

    private AskedFor() {
    }

    /** Whether a question has a word that may open what it asks for at all: a quick look before names are read. */
    static boolean mayAsk(List<Token> tokens) {
        return tokens.stream().anyMatch(t -> OPENERS.contains(t.key()));
    }

    private static final Set<String> OPENERS = Set.of("what", "whats", "which", "how");

    /**
     * @param text   the cleaned question
     * @param tokens its tokens, readable ({@link QuestionClassifier#readable})
     * @param names  per token, whether it is part of a technology's name
     * @param asking whether the sentence around a char offset asks: "…how long between visits. Which backend?"
     *               describes with its "how long" and asks with its "which"
     * @return the words asked for, as typed; empty when the question asks for no thing by name
     */
    static List<String> of(String text, List<Token> tokens, boolean[] names, java.util.function.IntPredicate asking) {
        List<String> asked = new ArrayList<>();
        if (PairReference.in(tokens)) {
            return asked; // "which of the two…" asks for one of the pair
        }
        for (int i = 0; i + 1 < tokens.size(); i++) {
            String key = tokens.get(i).key();
            boolean what = key.equals("what") || key.equals("whats") || key.equals("which");
            boolean how = key.equals("how") && MEASURES.contains(tokens.get(i + 1).key());
            if (!(what || how) || !Clauses.opensClause(text, tokens, i) || !asking.test(tokens.get(i).start())) {
                continue;
            }
            int at = i + 1;
            if (what) {
                // "what's the…"; a "which is…" after a comma is a relative clause ("…, which is pure CPU grinding")
                while (!key.equals("which") && at < tokens.size() && BEFORE_THING.contains(tokens.get(at).key())) {
                    at++;
                }
                if (at + 1 < tokens.size() && KIND_OF.contains(tokens.get(at).key()) && tokens.get(at + 1).key().equals("of")) {
                    at += 2;
                }
                asked.addAll(thing(text, tokens, names, at));
            } else {
                at++;
                boolean thing = at < tokens.size() && !EnglishWords.FORM.contains(tokens.get(at).key());
                // "how many packages…" measures a thing; "how long is an LTS release supported…" a clause
                asked.addAll(thing ? thing(text, tokens, names, at) : measured(text, tokens, names, at));
            }
        }
        return asked;
    }

    /**
     * The thing named from token {@code from} on: its first word, or — after qualifiers ("typical", "fair") — the
     * word after them; nothing when a form word or a name comes first ("what should…"), when only qualifiers come,
     * or when the word is too general to name a thing ({@link #GENERAL}). Qualifiers are never the thing:
     * "the newest version" asks for a version.
     */
    private static List<String> thing(String text, List<Token> tokens, boolean[] names, int from) {
        for (int k = from; k < tokens.size() && k < from + THING_WORDS; k++) {
            Token token = tokens.get(k);
            if (EnglishWords.FORM.contains(token.key()) || names[k] || k > from && Clauses.punctuatedBefore(text, token.start())) {
                break;
            }
            if (k > from && token.start() == tokens.get(k - 1).start()) {
                continue; // one typed word folded into several tokens
            }
            if (!QUALIFIERS.contains(token.key())) {
                return GENERAL.contains(token.key()) ? List.of() : List.of(token.original());
            }
        }
        return List.of();
    }

    /**
     * What a "how long/much" clause measures: its words from token {@code from} to the clause's end or to the verb or
     * preposition after its first word ({@link #MEASURE_ENDS}), form words and names aside.
     */
    private static List<String> measured(String text, List<Token> tokens, boolean[] names, int from) {
        List<String> words = new ArrayList<>();
        for (int k = from; k < tokens.size() && words.size() < MEASURED_WORDS; k++) {
            Token token = tokens.get(k);
            if (names[k]) {
                continue; // "Node.js": its dot ends nothing
            }
            if (k > from && Clauses.punctuatedBefore(text, token.start()) || CLAUSE_ENDS.contains(token.key())
                    || k > from && !words.isEmpty() && MEASURE_ENDS.contains(token.key())) {
                break;
            }
            if (EnglishWords.FORM.contains(token.key()) || k > from && token.start() == tokens.get(k - 1).start()) {
                continue;
            }
            words.add(token.original());
        }
        return words;
    }
}
