package dev.stackbot.question;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The clauses of a message and how it weighs each: a clause that sets something aside ("nobody is asking for screens
 * that update instantly", "lots of visitors is not an issue", "matchmaking is already handled by a third party")
 * states no need, and a clause that says what matters most ("what I really want is…", "the first priority is…")
 * states the main one. People describing a project mention what it is not about as often as what it is; the words of
 * a set-aside clause are the catalog's words all the same.
 *
 * <p>Only a clause of a statement is weighed: "isn't a slow language a problem for APIs?" sets nothing aside.
 */
public final class Clauses {

    /** Where a message's sentences and clauses end at punctuation (possessive: no backtracking on runs of them). */
    static final Pattern PUNCTUATION = Pattern.compile("[.?!;:,]++\\s+|\\s++[-\u2013\u2014]++\\s+|[\u2013\u2014]");
    /** Where a clause turns to another ("…a live screen someday but that can wait"). */
    private static final Pattern TURNS = Pattern.compile("(?i)\\s++(?=(?:but|however|although|though|whereas)\\b)");
    /** A clause ends where a sentence ends, at other punctuation, or where it turns. */
    private static final Pattern BOUNDS = Pattern.compile(PUNCTUATION.pattern() + "|" + TURNS.pattern());
    /** Where a clause joins two things: what it sets aside ends there ("live chat, and scaling is not a concern"). */
    private static final Pattern JOINS = Pattern.compile("(?i)\\b(?:and|plus|while|whereas)\\b");

    /** A negation, spelt out or contracted ("is not", "isn't", "isnt", "don't"). */
    private static final String NOT = "(?:\\bnot|\\b(?:is|are|was|were|do|does|did|wo|would|could|should|has|have)n['\u2019]?t)\\s+";
    /** What sets a clause's subject aside: nobody wants it, it is no concern, it is handled or can wait. */
    private static final Pattern SETS_ASIDE = Pattern.compile("(?i)\\b(?<after>(?:nobody|no\\s+one)(?:\\s+(?:is|was|really|here|else|s))?\\s+(?:ask|need|want|care|use|read|look)\\w*)\\b"
            + "|" + NOT + "(?:really\\s+|actually\\s+|even\\s+)?(?:(?:a|an|the|our|my|any)\\s+)?(?:(?:big|main|real|huge|major)\\s+)?"
            + "(?:issue|problem|concern|priority|requirement|worry|focus|bottleneck|deal|factor|goal|needed|required|necessary"
            + "|planned|important|relevant|matter|care\\s+about)\\b"
            + "|\\bcan\\s+wait\\b"
            + "|\\balready\\s+(?:exists|works|handled|solved|done|built|sorted|covered|in\\s+place)\\b"
            + "|\\bhandled\\s+by\\b|\\bworks\\s+fine\\b|\\b(?:any\\s+\\w+|either(?:\\s+one)?)\\s+(?:would|will|could|can)\\s+do\\b");
    /**
     * A set-aside clause that points back at the clause before it in its sentence: a pronoun and straight away the
     * verb ("…but that can wait", "that part isn't the problem"); "this dashboard is not a priority" names its own.
     */
    private static final Pattern POINTS_BACK = Pattern.compile("(?i)^(?:but|however|though|and|so)?\\s*(?:honestly|really|tbh)?\\s*"
            + "(?:that|this|it|those|these)(?:\\s+(?:part|bit|side|one))?(?:\\s+|['\u2019])"
            + "(?:is|are|s|can|will|would|does|do|isn|aren|doesn|won|really)\\b");
    /** What says a clause states the main need: "what matters most is…", "the first priority is…", "what we need now is…". */
    private static final Pattern MAIN_NEED = Pattern.compile("(?i)\\b(?:what\\s+(?:really\\s+|actually\\s+)?matters(?:\\s+most)?\\s+(?:is|are)"
            + "|matters\\s+most|most\\s+important(?:ly)?|above\\s+all|the\\s+whole\\s+point\\s+is|core\\s+of"
            + "|(?:main|first|top|biggest|real|key|number\\s+one)\\s+(?:priority|concern|need|requirement|goal|focus|challenge)"
            + "\\s*(?:is|are|:)"
            + "|what\\s+(?:i|we|they|he|she)\\s+(?:(?:really|actually|mostly|now)\\s+)?(?:want|need|care\\s+about)(?:\\s+now)?\\s+(?:is|are)"
            + "|what\\s+(?:i|we|they|he|she)\\s+(?:really|actually|mostly)\\s+(?:want|need|care\\s+about))\\b");
    /** How a clause that asks opens, lead-ins aside ("ok so is performance not an issue…", "but is CPU work…"). */
    private static final Pattern ASKS = Pattern.compile("(?i)^(?:(?:ok|okay|so|but|and|or|then|also|hey)[,!]?\\s+)*(?:is|isn|are|aren"
            + "|does|doesn|do|did|didn|was|wasn|were|has|have|can|could|couldn|would|wouldn|will|won|should|shouldn|what|which"
            + "|how|why|when|where|whats)\\b");
    /** Words of a clause that asks the choice after a set-aside one ("nothing realtime, which one?"); shorter is a tag ("right?"). */
    private static final int TAG_WORDS = 3;
    /** What others say, or a condition: "my friend says performance is not an issue", "if speed isn't an issue". */
    private static final Pattern HEARSAY_OR_CONDITION = Pattern.compile("(?i)\\b(?:says|said|say|saying|told|tells|heard|hear"
            + "|claims?|claimed|reckons?|thinks?|thought|read|if|unless|as\\s+long\\s+as|provided)\\b");

    /**
     * One clause: its span in the message, the span of it that is set aside (empty when none: "nobody wants live
     * screens" sets aside what follows "nobody", "lots of visitors is not an issue" what comes before "not an
     * issue"), and whether it states the main need.
     */
    record Clause(int start, int end, int asideFrom, int asideTo, boolean main) {
        boolean setAside() {
            return asideTo > asideFrom;
        }
    }

    private static final Clauses NONE = new Clauses("", List.of());

    /** No clause weighed: every word counts as it is. */
    static Clauses none() {
        return NONE;
    }

    private final String text;
    private final List<Clause> clauses;

    private Clauses(String text, List<Clause> clauses) {
        this.text = text;
        this.clauses = clauses;
    }

    /** The weighed clauses of a message (as cleaned by {@link QuestionReader#cleanText}). */
    public static Clauses of(String text) {
        if (text == null || text.isBlank()) {
            return new Clauses(text == null ? "" : text, List.of());
        }
        List<int[]> spans = new ArrayList<>();
        Matcher bound = BOUNDS.matcher(text);
        int from = 0;
        while (bound.find()) {
            if (bound.start() > from) {
                spans.add(new int[] {from, bound.start()});
            }
            from = bound.end();
        }
        if (from < text.length()) {
            spans.add(new int[] {from, text.length()});
        }
        List<Clause> clauses = new ArrayList<>(spans.size());
        List<Integer> sentences = sentenceStarts(text);
        boolean any = false;
        for (int i = 0; i < spans.size(); i++) {
            int start = spans.get(i)[0];
            int end = spans.get(i)[1];
            String clause = text.substring(start, end);
            boolean weighed = weighed(text, spans, i);
            Matcher aside = SETS_ASIDE.matcher(clause);
            boolean setsAside = weighed && aside.find()
                    && !HEARSAY_OR_CONDITION.matcher(text.substring(sentenceStart(sentences, start), start + aside.start())).find();
            boolean main = weighed && !setsAside && MAIN_NEED.matcher(clause).find();
            int asideFrom = start;
            int asideTo = start;
            if (setsAside) {
                // from the joining word before it ("…live chat and scaling is not a concern") or from "nobody", to the
                // joining word after it or the clause's end
                asideFrom = aside.group("after") != null ? start + aside.start() : start + lastJoinBefore(clause, aside.start());
                asideTo = start + firstJoinAfter(clause, aside.end());
            }
            if (setsAside && i > 0 && POINTS_BACK.matcher(clause.strip()).lookingAt()
                    && clause.strip().split("\\s+").length <= POINTING_WORDS
                    && sentenceStart(sentences, start) <= spans.get(i - 1)[0] && weighed(text, spans, i - 1)) {
                // "…a live screen someday, but that can wait": what is set aside is the clause before, in its sentence
                Clause before = clauses.get(i - 1);
                clauses.set(i - 1, new Clause(before.start(), before.end(), before.start(), before.end(), false));
            }
            clauses.add(new Clause(start, end, asideFrom, asideTo, main));
            any |= setsAside || main;
        }
        return new Clauses(text, any ? List.copyOf(clauses) : List.of());
    }

    /** A clause pointing back is short: "but that can wait", "that part isn't the problem". */
    private static final int POINTING_WORDS = 7;

    /**
     * Whether clause {@code i} is weighed: its sentence is a statement, or the clause does not ask itself and its
     * sentence asks the choice in a later clause ("nothing realtime at all, which one for a blog?"); a tag ("…, right?", "is it?")
     * asks whether the statement is true, and so does the whole sentence.
     */
    private static boolean weighed(String text, List<int[]> spans, int i) {
        int start = spans.get(i)[0];
        if (!QuestionReader.sentenceAsks(text, start, false)) {
            return true; // "What matters most is that…." states
        }
        if (ASKS.matcher(text.substring(start, spans.get(i)[1]).strip()).lookingAt()) {
            return false;
        }
        int sentenceEnd = sentenceEnd(text, start);
        for (int k = i + 1; k < spans.size() && spans.get(k)[0] < sentenceEnd; k++) {
            String later = text.substring(spans.get(k)[0], Math.min(spans.get(k)[1], sentenceEnd)).strip();
            if (ASKS.matcher(later).lookingAt() && later.split("\\s+").length > TAG_WORDS) {
                return true;
            }
        }
        return false;
    }

    /** Where sentences end: after a dot, "!" or "?" and white space ("Node.js" ends nothing). */
    private static final Pattern SENTENCES = Pattern.compile("(?<=[.?!])\\s+");

    /** Where each sentence of a message starts (the first at 0): what NeedFinder's background and rankings cut at too. */
    static List<Integer> sentenceStarts(String text) {
        Matcher boundary = SENTENCES.matcher(text);
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        while (boundary.find()) {
            if (boundary.end() < text.length()) {
                starts.add(boundary.end());
            }
        }
        return starts;
    }

    /** Where the sentence around {@code at} starts, of the message's sentence starts. */
    private static int sentenceStart(List<Integer> sentences, int at) {
        int start = 0;
        for (int s : sentences) {
            if (s <= at) {
                start = s;
            }
        }
        return start;
    }

    /** Where the sentence around {@code at} ends: at its end mark ("Node.js" has none), or the text's end. */
    private static int sentenceEnd(String text, int at) {
        for (int i = at; i < text.length(); i++) {
            if (".?!".indexOf(text.charAt(i)) >= 0 && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)))) {
                return i + 1;
            }
        }
        return text.length();
    }

    /** Where in a clause what is set aside starts: after the last joining word before {@code at}, else at the start. */
    private static int lastJoinBefore(String clause, int at) {
        Matcher join = JOINS.matcher(clause).region(0, at);
        int from = 0;
        while (join.find()) {
            from = join.end();
        }
        return from;
    }

    /** Where in a clause what is set aside ends: at the first joining word after {@code at}, else at its end. */
    private static int firstJoinAfter(String clause, int at) {
        Matcher join = JOINS.matcher(clause).region(at, clause.length());
        return join.find() ? join.start() : clause.length();
    }

    /** Whether the character at {@code at} is in a clause that sets its subject aside. */
    public boolean setAside(int at) {
        Clause clause = at(at);
        return clause != null && at >= clause.asideFrom() && at < clause.asideTo();
    }

    /** Whether the character at {@code at} is in a clause that states the main need. */
    public boolean main(int at) {
        Clause clause = at(at);
        return clause != null && clause.main();
    }

    private Clause at(int at) {
        for (Clause clause : clauses) {
            if (at >= clause.start() && at < clause.end()) {
                return clause;
            }
        }
        return null;
    }

    /**
     * The message without its set-aside clauses, for its meaning: the message itself when it sets nothing aside or
     * is nothing else.
     */
    public String needed() {
        if (clauses.stream().noneMatch(Clause::setAside)) {
            return text;
        }
        StringBuilder kept = new StringBuilder();
        int from = 0;
        for (Clause clause : clauses) {
            if (clause.setAside()) {
                kept.append(text, from, clause.asideFrom());
                from = clause.asideTo();
            }
        }
        kept.append(text.substring(from));
        String needed = kept.toString().replaceAll("([.?!;:,])(?:\\s*[.,;:])+", "$1").strip();
        return Tokens.of(needed).isEmpty() ? text : needed;
    }

    /** The clauses that state the main need, joined; null when none does. */
    public String mainNeed() {
        List<String> main = clauses.stream().filter(Clause::main).map(c -> text.substring(c.start(), c.end()).strip()).toList();
        return main.isEmpty() ? null : String.join(". ", main);
    }

    /** Whether any clause is set aside or states the main need. */
    public boolean weighs() {
        return !clauses.isEmpty();
    }

    /**
     * Whether token {@code at} opens the text or a clause of it, lead-ins aside ("ok so which laptop…"): a "which"
     * inside a clause ("predicts which deliveries will be late") chooses nothing.
     */
    static boolean opensClause(String text, List<Token> tokens, int at) {
        int first = at;
        while (first > 0 && QuestionClassifier.LEAD_INS.contains(tokens.get(first - 1).key())
                && !punctuatedBefore(text, tokens.get(first).start())) {
            first--;
        }
        return first == 0 || punctuatedBefore(text, tokens.get(first).start());
    }

    /** Whether the word starting at {@code start} follows punctuation that ends a clause, or opens the text. */
    static boolean punctuatedBefore(String text, int start) {
        int i = start - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i < 0 || ".?!,:;".indexOf(text.charAt(i)) >= 0;
    }
}
