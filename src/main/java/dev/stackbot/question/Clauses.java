package dev.stackbot.question;

import java.util.ArrayList;
import java.util.Collections;
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
    /** The words a clause turns at. */
    private static final String TURN_WORDS = "but|however|although|though|whereas";
    /** A clause that turns, opening with its turning word (or "yet", which opens one but never cuts one). */
    private static final Pattern TURN = Pattern.compile("(?i)\\s*(?:" + TURN_WORDS + "|yet)\\b");
    /** Where a clause turns to another ("…a live screen someday but that can wait"). */
    private static final Pattern TURNS = Pattern.compile("(?i)\\s++(?=(?:" + TURN_WORDS + ")\\b)");
    /** A clause ends where a sentence ends, at other punctuation, or where it turns. */
    private static final Pattern BOUNDS = Pattern.compile(PUNCTUATION.pattern() + "|" + TURNS.pattern());
    /**
     * Where a clause may join two statements: what it sets aside ends there when a statement stands on the other side
     * ("we need live chat and scaling is not a concern"), not when two things are named together ("nobody is asking
     * for chat and live notifications"). "while" and "whereas" always open a statement.
     */
    private static final Pattern JOINS = Pattern.compile("(?i)(?<!-)\\b(?:(?<and>and|plus)|while|whereas)\\b(?!-)");
    /**
     * What makes words a statement of their own: a subject pronoun, or a common verb not in a relative clause ("we need
     * chat", "the team knows python"; not "screens that are updating live"). Words joined by "and" without one are
     * two things named together ("temperatures and humidity", "the client's dashboard and live chat").
     */
    static final Pattern STATEMENT = Pattern.compile("(?i)\\b(?:i|we|you|they|he|she|everyone|everybody|someone|there)\\b"
            + "|\\b(?:it|that|there|what|he|she)['\u2019]s\\b|['\u2019](?:re|m|ll|d|ve)\\b"
            // the verb first, then what stands before it: a look behind at every position costs the whole text's length
            + "|\\b(?:is|are|was|were|am|will|would|can|could|should|must|need|needs|want|wants|has|have|had|do|does|did"
            + "|knows?|uses?|runs?|works?)\\b(?<!\\b(?:that|which|who)\\s\\w{1,6})(?<!\\b(?:that|which|who)\\s\\w{1,20}\\s\\w{1,6})");

    /** The words of a condition ("if", "unless", "as long as", "provided"). */
    private static final String CONDITION_WORDS = "\\b(?:if|unless|as\\s+long\\s+as|provided\\s+that|providing)\\b";
    /** A negation, spelt out or contracted ("is not", "isn't", "isnt", "don't"). */
    private static final String NOT = "(?:\\bnot|\\b(?:is|are|was|were|do|does|did|wo|would|could|should|has|have)n['\u2019]?t)\\s+";
    /** What sets a clause's subject aside: nobody wants it, it is no concern, it is handled or can wait. */
    private static final Pattern SETS_ASIDE = Pattern.compile("(?i)\\b(?<after>(?:nobody|no\\s+one)(?:\\s+(?:is|was|really|here|else|s))?\\s+(?:ask|need|want|care|use|read|look)\\w*)\\b"
            + "|" + NOT + "(?:really\\s+|actually\\s+|even\\s+)?(?:(?:a|an|the|our|my|any)\\s+)?(?:(?:big|main|real|huge|major|top|first|key|biggest)\\s+)?"
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
            + "|what\\s+(?:i|we|they|he|she)\\s+(?:really|actually|mostly)\\s+(?:want|need|care\\s+about)"
            + "|(?:is|are|s)\\s+(?:our|my|the|their)\\s+(?:(?:main|first|top|biggest|real|key|number\\s+one|#1)\\s+)"
            + "(?:priority|concern|need|requirement|goal|focus)"
            + "|(?:is|are)\\s+what\\s+(?:really\\s+)?matters)\\b");
    /** How a clause that asks opens, lead-ins aside ("ok so is performance not an issue…", "but is CPU work…"). */
    private static final Pattern ASKS = Pattern.compile("(?i)^(?:(?:ok|okay|so|but|and|or|then|also|hey)[,!]?\\s+)*+(?:is|isn|are|aren"
            + "|does|doesn|do|did|didn|was|wasn|were|has|have|can|could|couldn|would|wouldn|will|won|should|shouldn|what|which"
            + "|how|why|when|where|whats)\\b");
    /** The words that set two things against each other ("node or python", "node vs python"). */
    private static final String ALTERNATIVE_WORDS = "or|vs|versus";
    /** Two things set against each other. */
    private static final Pattern ALTERNATIVES = Pattern.compile("(?i)\\b(?:" + ALTERNATIVE_WORDS + ")\\b");
    /** A later clause that asks a choice, though it opens with none of {@link #ASKS}' words ("…, node or python for chat?"). */
    private static final Pattern CHOOSES = Pattern.compile("(?i)\\b(?:" + ALTERNATIVE_WORDS + "|which|what)\\b");
    /** A tag: it asks whether the statement before it is true ("…, right?", "is it?", "or not?"), not the choice. */
    private static final Pattern TAG = Pattern.compile("(?i)^(?:right|correct|true|no|yeah|yes|ok|okay|huh|eh|surely|yes\\s+or\\s+no"
            + "|(?:is|are|can|does|do|will|would|could|should|was)(?:n['\u2019]?t)?\\s+(?:it|they|that|this|he|she|i|we)(?:\\s+so)?"
            + "|(?:wo|ca)n['\u2019]?t\\s+(?:it|they|that|this)|is\\s+that\\s+(?:right|true|correct|so)|am\\s+i\\s+(?:right|wrong)"
            + "|or\\s+not|or\\s+nah|or\\s+no|or\\s+what)\\W*$");
    /**
     * What others say, before what is set aside in its clause or in the clause before it: "my CTO thinks scaling is not
     * a concern", "my friend says, scaling…". The asker's own "I (really) think" or "I'd say" is a statement all the
     * same, and so is a clause that turns ("my friend says node is great, but ML is not a priority").
     */
    private static final Pattern HEARSAY = Pattern.compile("(?i)\\b(?:says?|said|saying|thinks?|thought|reckons?|believes?)\\b"
            + "(?<!\\b(?:i|we|i['\u2019]?d|we['\u2019]?d|would)\\s(?:\\w{1,12}\\s)?\\w{1,8})"
            + "|\\b(?:told|tells|hear|heard|read\\s+that|claims?|claimed|supposedly|apparently)\\b");
    /** A condition: what it sets aside holds only if it holds ("…as long as it's cheap"), and ends there. */
    private static final Pattern CONDITION = Pattern.compile("(?i)" + CONDITION_WORDS);

    /**
     * One clause: its span in the message, the span of it that is set aside (empty when none: "nobody wants live
     * screens" sets aside what follows "nobody", "lots of visitors is not an issue" what comes before "not an
     * issue"), whether it states the main need, and whether it asks the question (rather than giving its context).
     */
    record Clause(int start, int end, int asideFrom, int asideTo, boolean main, boolean asks) {
        boolean setAside() {
            return asideTo > asideFrom;
        }
    }

    private static final Clauses NONE = new Clauses("", List.of(), false);

    /** No clause weighed: every word counts as it is. */
    static Clauses none() {
        return NONE;
    }

    private final String text;
    private final List<Clause> clauses;
    private final boolean weighs;

    private Clauses(String text, List<Clause> clauses, boolean weighs) {
        this.text = text;
        this.clauses = clauses;
        this.weighs = weighs;
    }

    /**
     * The clauses of a message (as cleaned by {@link QuestionReader#cleanText}), weighed, and each marked when it asks;
     * each clause read a bounded number of times.
     */
    public static Clauses of(String text) {
        if (text == null || text.isBlank()) {
            return new Clauses(text == null ? "" : text, List.of(), false);
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
        boolean[] asking = new boolean[spans.size()];
        boolean[] weighed = weighed(text, spans, asking);
        // where others speak, found once in the whole message
        List<Integer> hearsay = new ArrayList<>();
        Matcher said = HEARSAY.matcher(text);
        while (said.find()) {
            hearsay.add(said.start());
        }
        List<Integer> sentences = sentenceStarts(text);
        List<Clause> clauses = new ArrayList<>(spans.size());
        boolean any = false;
        int sentence = 0;
        for (int i = 0; i < spans.size(); i++) {
            int start = spans.get(i)[0];
            int end = spans.get(i)[1];
            while (sentence + 1 < sentences.size() && sentences.get(sentence + 1) <= start) {
                sentence++;
            }
            String clause = text.substring(start, end);
            Matcher aside = SETS_ASIDE.matcher(clause);
            boolean setsAside = weighed[i] && aside.find();
            int asideFrom = start;
            int asideTo = start;
            if (setsAside) {
                // from the joining word before it ("we need live chat and scaling is not a concern") or from "nobody",
                // to the joining word after it ("nobody asks for ml and we need chat") or the clause's end
                int opens = lastJoinBefore(clause, aside.start());
                boolean before = i > 0 && spans.get(i - 1)[0] >= sentences.get(sentence); // a clause before, in its sentence
                int heard = opens > 0 || !before || TURN.matcher(clause).lookingAt() ? start + opens : spans.get(i - 1)[0];
                // a condition of its own ("if speed isn't an issue"), or a clause before that opens with one ("if it
                // takes off, scaling…"); what others say, in it or in the clause before
                boolean conditional = CONDITION.matcher(clause).region(opens, aside.start()).find()
                        || before && CONDITION.matcher(text).region(spans.get(i - 1)[0], spans.get(i - 1)[1]).lookingAt();
                setsAside = !conditional && !hearsayBetween(hearsay, heard, start + aside.start());
                asideFrom = aside.group("after") != null ? start + aside.start() : start + opens;
                asideTo = start + firstJoinAfter(clause, aside.end());
            }
            if (!setsAside) {
                asideFrom = asideTo = start;
            }
            boolean main = weighed[i] && !setsAside && MAIN_NEED.matcher(clause).find();
            if (setsAside && i > 0 && POINTS_BACK.matcher(clause.strip()).lookingAt()
                    && clause.strip().split("\\s+").length <= POINTING_WORDS
                    && sentences.get(sentence) <= spans.get(i - 1)[0] && weighed[i - 1]) {
                // "…a live screen someday, but that can wait": what is set aside is the clause before, in its sentence
                Clause before = clauses.get(i - 1);
                clauses.set(i - 1, new Clause(before.start(), before.end(), before.start(), before.end(), false, before.asks()));
            }
            clauses.add(new Clause(start, end, asideFrom, asideTo, main, asking[i]));
            any |= setsAside || main;
        }
        return new Clauses(text, List.copyOf(clauses), any);
    }

    /** Whether one of the (ascending) positions lies in {@code [from, to)}. */
    private static boolean hearsayBetween(List<Integer> positions, int from, int to) {
        int at = Collections.binarySearch(positions, from);
        int first = at >= 0 ? at : -at - 1;
        return first < positions.size() && positions.get(first) < to;
    }

    /** A clause pointing back is short: "but that can wait", "that part isn't the problem". */
    private static final int POINTING_WORDS = 7;

    /**
     * Which clauses are weighed: a clause of a statement, or one that does not ask itself in a sentence that asks the
     * choice in a later clause ("nothing realtime at all, which one for a blog?", "ml can wait, node or python for
     * chat?"); a tag ("…, right?", "is it?") asks whether the statement is true, and so does the whole sentence.
     * Fills {@code asking} with the clauses that ask. Read from the last clause back, so each clause is looked at once.
     */
    private static boolean[] weighed(String text, List<int[]> spans, boolean[] asking) {
        boolean[] weighed = new boolean[spans.size()];
        int last = spans.size() - 1;
        while (last >= 0) {
            int first = last;
            while (first > 0 && !endsSentence(text, spans.get(first - 1)[1])) {
                first--;
            }
            int stop = last == spans.size() - 1 ? text.length() : marksEnd(text, spans.get(last)[1]);
            boolean asks = text.substring(spans.get(first)[0], stop).indexOf('?') >= 0;
            boolean laterChooses = false;
            for (int k = last; k >= first; k--) {
                String clause = text.substring(spans.get(k)[0], spans.get(k)[1]).strip();
                boolean opensAsking = ASKS.matcher(clause).lookingAt();
                weighed[k] = !asks || (!opensAsking && laterChooses);
                boolean tag = TAG.matcher(clause).matches();
                laterChooses |= asks && (opensAsking || CHOOSES.matcher(clause).find()) && !tag;
                // the clause that asks: it opens asking in a sentence that asks, or ends the message so ("…, which is
                // better for debugging", its "?" left out), or it is the last of a sentence that asks and sets two
                // things against each other ("…, node or python for debugging?"); "we use react or vue on the front,
                // which…" is context
                asking[k] = !tag && (opensAsking && (asks || k == spans.size() - 1)
                        || asks && k == last && ALTERNATIVES.matcher(clause).find());
            }
            last = first - 1;
        }
        return weighed;
    }

    /** Where the run of punctuation marks starting at {@code at} ends. */
    private static int marksEnd(String text, int at) {
        int i = at;
        while (i < text.length() && ".?!;:,".indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }

    /** Whether a clause ending at {@code end} ends its sentence: the text ends, or its marks hold ".", "?" or "!". */
    private static boolean endsSentence(String text, int end) {
        int stop = marksEnd(text, end);
        if (end >= text.length()) {
            return true;
        }
        for (int i = end; i < stop; i++) {
            if (".?!".indexOf(text.charAt(i)) >= 0) {
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

    /**
     * Where in a clause what is set aside starts: after the last joining word before {@code at} with a statement before
     * it ("we need live chat and scaling is not a concern"), else at the start ("chat and video are not a priority").
     */
    private static int lastJoinBefore(String clause, int at) {
        Matcher join = JOINS.matcher(clause).region(0, at);
        Matcher statement = STATEMENT.matcher(clause);
        int from = 0;
        int scanned = 0;
        boolean stated = false; // a statement since {@code from}: each stretch between joins is read once
        while (join.find()) {
            stated |= statement.region(scanned, join.start()).find();
            scanned = join.end();
            if (join.group("and") == null || stated) {
                from = join.end();
                stated = false;
            }
        }
        return from;
    }

    /**
     * Where in a clause what is set aside ends: at a condition ("…as long as it's cheap"), or before it at the first
     * joining word with a statement after it ("nobody asks for ml and we need chat"), else at its end ("nobody is
     * asking for chat and live notifications").
     */
    private static int firstJoinAfter(String clause, int at) {
        Matcher condition = CONDITION.matcher(clause).region(at, clause.length());
        int end = condition.find() ? condition.start() : clause.length();
        Matcher join = JOINS.matcher(clause).region(at, end);
        while (join.find()) {
            int next = Math.min(end, nextJoin(clause, join.end()));
            if (join.group("and") == null || STATEMENT.matcher(clause).region(join.end(), next).find()) {
                return join.start();
            }
        }
        return end;
    }

    /** Where the next joining word after {@code from} starts, or the clause's end. */
    private static int nextJoin(String clause, int from) {
        Matcher join = JOINS.matcher(clause).region(from, clause.length());
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
        int low = 0;
        int high = clauses.size() - 1;
        while (low <= high) { // the clauses are in the message's order, none overlapping
            int mid = (low + high) >>> 1;
            Clause clause = clauses.get(mid);
            if (at < clause.start()) {
                high = mid - 1;
            } else if (at >= clause.end()) {
                low = mid + 1;
            } else {
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
        String needed = kept.toString().replaceAll("(?i)\\s+(?:and|plus)\\s*(?=[.?!;:,]|$)", "")
                .replaceAll("([.?!;:,])(?:\\s*[.,;:])+", "$1").replaceAll("^[\\s.,;:]+", "").strip();
        return Tokens.of(needed).isEmpty() ? text : needed;
    }

    /** The clauses that state the main need, joined; null when none does. */
    public String mainNeed() {
        List<String> main = clauses.stream().filter(Clause::main).map(c -> text.substring(c.start(), c.end()).strip()).toList();
        return main.isEmpty() ? null : String.join(". ", main);
    }

    /** Whether any clause is set aside or states the main need. */
    public boolean weighs() {
        return weighs;
    }

    /**
     * Whether the character at {@code at} is in a clause that asks the question ("…, is py easier to debug?") rather
     * than gives its context ("node callbacks look like spaghetti to me, …").
     */
    public boolean asks(int at) {
        Clause clause = at(at);
        return clause != null && clause.asks();
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
