package dev.stackbot.question;

import dev.stackbot.knowledge.Aspect;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what a question needs — one aspect, or two distinct ones — from its signal words and from its
 * meaning. A signal word counts unless the question's meaning is clearly about something else ("reads
 * scanned receipts into expense lines" signals cost but means machine learning); with no signal the
 * closest aspect by meaning is taken when it is close enough. A question joining two needs ("streams to
 * many viewers and also recommends what to watch") gets one per part.
 */
public final class NeedFinder {

    /** Below this cosine an aspect's meaning is not what a question is about (measured on the tuned sets). */
    static final float MIN_CLOSENESS = 0.40f;
    /**
     * The closeness at which a part states a need by meaning alone, above the {@link #MIN_CLOSENESS} any need must
     * reach: only needs stated this plainly replace the whole question's (measured on the read blind sets: 0.45
     * and 0.50 gain alike, 0.40 loses described situations whose clauses find two needs by chance).
     */
    static final float STATED_CLOSENESS = 0.45f;
    /** How much closer another aspect's meaning must be to overrule the aspect the question's words signal. */
    static final float OVERRULE_MARGIN = 0.15f;
    /** Where a question joins two needs. */
    private static final Pattern JOINS = Pattern.compile("(?i)\\s*(?:[,;]\\s*)?(?<!-)\\b(?:but also|and also|as well as|but|while"
            + "|plus|whereas|and)\\b(?!-)\\s*|\\s*[;]\\s*");
    /**
     * A part that only says who asks ("We run two bakeries", "I manage a campsite"): it opens with the asker
     * and what they are or run, in a few words, and no clause of its own ("…where riders watch…").
     */
    private static final Pattern WHO_ASKS = Pattern.compile("(?i)(?:(?:so|ok|okay|hi|hello|hey)[,!]?\\s+)?(?:(?:we|i)"
            + "(?:'re|'m|\\s+are|\\s+am|\\s+run|\\s+own|\\s+manage|\\s+work|\\s+volunteer|\\s+lead)"
            + "|my\\s+\\w+\\s+(?:is|runs|owns|manages|works|volunteers|leads))\\b");
    /**
     * A part that says what is not needed ("We don't need instant responses", "nothing fancy", "no ML planned"): as a
     * negated signal word rules its need out, a part ruling something out states no need of its own.
     */
    private static final Pattern RULES_OUT = Pattern.compile("(?i)(?:(?:we|i|it|they|you|he|she|the\\s+\\w+)\\s+)?"
            + "(?:(?:do|does|did|will|would|wo)(?:n['\u2019]?t|\\s+not)|dont|doesnt|wont|never)\\s+(?:really\\s+)?"
            + "(?:need|needs|want|wants|care|have\\s+to|has\\s+to|require|requires)\\b|(?<bare>no|nothing|not)\\b");
    /** A bare "no …" rules out only in a short part ("nothing fancy", "no ML planned"), and not in these idioms. */
    private static final int RULED_OUT_WORDS = 5;
    private static final Pattern NOT_RULING_OUT = Pattern.compile("(?i)(?:no|not|nothing)\\s+(?:matter|only|just|later|longer|more than)\\b");
    private static final Pattern CLAUSE = Pattern.compile("(?i)\\b(?:where|that|which|who|whose|so|to)\\b");
    /** Words at most of a part that only says who asks. */
    private static final int WHO_ASKS_WORDS = 6;
    /** Parts embedded at most: a long message's further clauses add cost, not needs (two are kept). */
    private static final int MAX_PARTS = 4;
    /** Sentences of a long message embedded one by one at most, its last ones, when the whole is close to no aspect. */
    private static final int MAX_SENTENCES = 8;
    /** A part shorter than this many words is a list item ("fast and cheap"), not a need of its own. */
    private static final int MIN_PART_WORDS = 3;
    /**
     * A part that no signal names states a need by meaning only in this many words or more ({@link Tokens}, the short
     * question that ends it cut: {@link #statedNeed}), once the whole has a need: a shorter one's closeness to the
     * aspects is chance ("…while the crew works"). Measured over the read blind sets (1,720 questions): bars of 4, 5,
     * 6, 7 and 9 words gained 3, 5, 7, 9 and 10 verdicts, no such need at all lost 7; 6 keeps needs of five words
     * that a review showed people write ("the leaderboard updates during the tournament"). A whole message close to no
     * need is ranked without its closing ask only when what is left has as many words.
     */
    static final int MIN_MEANING_WORDS = 6;

    private final QuestionReader reader;
    private final AspectMeanings meanings;
    private final Function<String, float[]> embed;
    private final Predicate<Aspect> judged;

    /**
     * @param embed  the vector of a text, as questions are embedded
     * @param judged whether some rule of the knowledge judges an aspect (gives a verdict on it)
     */
    public NeedFinder(QuestionReader reader, AspectMeanings meanings, Function<String, float[]> embed,
                      Predicate<Aspect> judged) {
        this.reader = reader;
        this.meanings = meanings;
        this.embed = embed;
        this.judged = judged;
    }

    /** The aspects a question needs, the main one first; empty when none is close enough. */
    public List<Aspect> needs(UnderstoodQuestion question, float[] vector) {
        boolean choosing = question.kind().wantsVerdict();
        // what the message sets aside ("nobody is asking for live screens") is no part of its meaning, and what it
        // says matters most ("what I really want is to forecast…") is, alone, as close as the whole when it is plain
        Clauses clauses = Clauses.of(question.text());
        String needed = clauses.needed();
        float[] meant = needed.equals(question.text()) ? vector : embed.apply(needed);
        String mainNeed = clauses.mainNeed();
        List<AspectMeanings.Closeness> whole = ranked(needed, meant);
        if (closest(whole) < MIN_CLOSENESS) {
            // "we're a credit bureau and need to train and serve credit scoring models. which of the two should the
            // backend be in?": close to no need as a whole, the short question that ends it pulling it to the choice
            // of a backend in general; what comes before the question states the need, as a part's does (statedNeed),
            // and counts beside the whole when it has a part's words. Only then: the whole's thresholds were fitted
            // with its question in
            String stated = statedNeed(needed);
            if (!stated.equals(needed) && Tokens.of(stated).size() >= MIN_MEANING_WORDS) {
                whole = closestOfEach(whole, meanings.rank(embed.apply(stated)));
            }
        }
        if (mainNeed != null) {
            // the main clause decides beside the whole only when it states a need plainly by meaning, as a part must
            float[] mainVector = embed.apply(mainNeed);
            if (closest(meanings.rank(mainVector)) >= STATED_CLOSENESS) {
                whole = meanings.rankClosest(List.of(meant, mainVector));
            }
        }
        Aspect words = judgedFirst(question, choosing);
        // as in a part, words that state the need plainly ("staff add, edit and delete records") are not overruled by
        // the whole's meaning, which a described product pulls to what it is (a website) rather than what it needs;
        // an aspect that usually names the context (weight below 1: "a one-page web app") is no plain need
        boolean plainMain = words != null && !words.fallback() && words.weight() >= 1 && judged.test(words)
                && reader.signalsPlainly(question.text());
        Aspect main = plainMain ? words : aspectOf(words, whole, choosing);
        List<Aspect> needs = new ArrayList<>();
        if (main != null) {
            needs.add(main);
        }
        List<String> parts = parts(asking(needed));
        if (parts.size() >= 2) {
            List<Aspect> partNeeds = new ArrayList<>();
            // whether each part's need is stated plainly: by its own words, or clearly by meaning
            List<Boolean> stated = new ArrayList<>();
            for (String part : parts.subList(0, Math.min(MAX_PARTS, parts.size()))) {
                Aspect signalled = judgedFirst(reader.read(part, List.of()), choosing);
                // "…a model that grades essays, or both?": the part's need is what it describes, not the "or both"
                signalled = signalled != null && signalled.together() ? null : signalled;
                boolean unsignalled = signalled == null || signalled.fallback();
                if (unsignalled && (onlyWhoAsks(part) || rulesOut(part))) {
                    // its meaning alone is noise: "we run two bakeries" is, alone, as close to one need as to any other
                    continue;
                }
                String need = statedNeed(part);
                if (main != null && unsignalled && Tokens.of(need).size() < MIN_MEANING_WORDS) {
                    // "…refresh every second while the crew works": a few words that no signal names are, by meaning
                    // alone, as close to some need as to any other; with no need found in the whole they may still state one
                    continue;
                }
                List<AspectMeanings.Closeness> ranked = meanings.rank(embed.apply(need));
                // a short part's meaning is noisy: words that state its need plainly ("predict which flights will be
                // late from years of history": performance by meaning) are not overruled by it
                boolean plainly = signalled != null && !signalled.fallback() && judged.test(signalled) && reader.signalsPlainly(part);
                Aspect aspect = plainly ? signalled : aspectOf(signalled, ranked, choosing);
                if (aspect != null && !aspect.equals(signalled) && closeness(ranked, aspect) <= overall(ranked)) {
                    // "…to thousands of phones at once. Which would you pick for the server?": a part as close to the
                    // overall choice as to any need asks which backend, it names no need of its own
                    aspect = null;
                }
                if (aspect != null && !aspect.together()) {
                    boolean plain = aspect.equals(signalled) || closeness(ranked, aspect) >= STATED_CLOSENESS;
                    int seen = partNeeds.indexOf(aspect);
                    if (seen < 0) {
                        partNeeds.add(aspect);
                        stated.add(plain);
                    } else if (plain) {
                        stated.set(seen, true); // "…see their order status change live and chat with staff"
                    }
                }
            }
            if (main != null && main.together()) {
                // "live chat AND a model that ranks matches: one of the two or both?" — using both is the
                // question, and its two parts say for what: the answer is each part's winner
                return partNeeds.size() >= 2 ? List.copyOf(partNeeds.subList(0, 2)) : needs;
            }
            boolean mainByWords = main != null && main.equals(words);
            if (main != null && !mainByWords && partNeeds.size() >= 2 && !partNeeds.contains(main)
                    && stated.get(0) && stated.get(1)) {
                // "live stock screens, and a nightly forecast from two years of orders": the whole's meaning blurs
                // the two needs its parts state plainly, and the aspect it is closest to is neither of them
                return List.copyOf(partNeeds.subList(0, 2));
            }
            boolean plainFirst = plainMain;
            if (main != null && main.fallback()) {
                // "…an online whiteboard where a team can draw and move sticky notes on the same canvas together…
                // Which backend fits better?": the overall choice is no need beside one that a part states plainly and
                // a rule judges; it is what the question falls back on when none is
                for (int k = 0; k < partNeeds.size(); k++) {
                    Aspect need = partNeeds.get(k);
                    if (stated.get(k) && !need.fallback() && judged.test(need)) {
                        needs.set(0, need);
                        plainFirst = true;
                        break;
                    }
                }
            }
            for (int k = 0; k < partNeeds.size(); k++) {
                // a need stated plainly (by the whole's words: "forms to add, edit and delete records", or by a part)
                // takes a second only from a part that states its own: by its words, or clearly by meaning; a part that
                // only describes the product ("customers upload a photo of their window") is as close to some need by
                // chance. The overall choice is never taken from a part: a part that only asks which backend states none
                boolean secondStated = !plainFirst || stated.get(k);
                if (!needs.contains(partNeeds.get(k)) && needs.size() < 2 && secondStated && !partNeeds.get(k).fallback()) {
                    needs.add(partNeeds.get(k));
                }
            }
        }
        return needs;
    }

    /**
     * The aspect a question's words signal, for a question that asks for a verdict: the one that signals most, unless
     * no rule judges it and the words signal one a rule does ("a feature that suggests treatments from each client's
     * history using AI": the history is the clients', the need is AI). Words that signal an aspect no rule judges
     * beside one a rule judges describe the data or the asker, as a choice wants a verdict.
     */
    private Aspect judgedFirst(UnderstoodQuestion question, boolean choosing) {
        Aspect aspect = question.aspect();
        if (!choosing || aspect == null || aspect.fallback() || aspect.together() || judged.test(aspect)) {
            return aspect;
        }
        return question.signalled().stream()
                .filter(other -> !other.fallback() && !other.together() && judged.test(other))
                .findFirst().orElse(aspect);
    }

    /**
     * The aspects ranked for a message. When a long one (several sentences of background) is as a whole close
     * to no aspect, it is as close to each as its closest sentence: the sentence that states the need
     * ("viewers need to see the results instantly") is diluted in the whole by the sentences about the team
     * and its history. (Taking the closest sentence always was measured: background sentences about the team
     * then win as often, and verdicts fell.)
     */
    private List<AspectMeanings.Closeness> ranked(String text, float[] vector) {
        List<Integer> starts = Clauses.sentenceStarts(text);
        List<AspectMeanings.Closeness> whole = meanings.rank(vector);
        if (starts.size() < BACKGROUND_FROM || whole.stream().filter(c -> !c.aspect().fallback())
                .findFirst().map(c -> c.similarity() >= MIN_CLOSENESS).orElse(true)) {
            return whole;
        }
        List<float[]> vectors = new ArrayList<>();
        vectors.add(vector);
        // the last sentences only: a message of hundreds ("node or python? " pasted 700 times) embeds a few
        for (int i = Math.max(0, starts.size() - MAX_SENTENCES); i < starts.size(); i++) {
            String sentence = text.substring(starts.get(i), i + 1 < starts.size() ? starts.get(i + 1) : text.length()).strip();
            if (sentence.split("\\s+").length >= MIN_PART_WORDS) {
                vectors.add(embed.apply(sentence));
            }
        }
        return meanings.rankClosest(vectors);
    }

    /**
     * The aspect of a question or part: the one its words signal, unless another is clearly closer by meaning,
     * else the closest by meaning when close enough. When it asks for a verdict and no rule judges the aspect its
     * words signal (the technologies' history: "years of logs", "once a year"), those words describe the data or
     * the asker rather than a need the sources weigh: any aspect closer by meaning overrules them.
     */
    private Aspect aspectOf(Aspect signalled, List<AspectMeanings.Closeness> all, boolean choosing) {
        List<AspectMeanings.Closeness> ranked = all.stream()
                .filter(c -> !c.aspect().fallback()).toList();
        if (ranked.isEmpty()) {
            return signalled;
        }
        AspectMeanings.Closeness best = ranked.get(0);
        if (signalled != null && !signalled.fallback()) {
            float own = closeness(ranked, signalled);
            float margin = choosing && !judged.test(signalled) ? 0 : OVERRULE_MARGIN;
            return best.similarity() - own > margin && best.similarity() >= MIN_CLOSENESS ? best.aspect() : signalled;
        }
        return best.similarity() >= MIN_CLOSENESS ? best.aspect() : signalled;
    }

    /** Each aspect at the higher of its closeness in two rankings, closest first. */
    private static List<AspectMeanings.Closeness> closestOfEach(List<AspectMeanings.Closeness> a,
                                                                List<AspectMeanings.Closeness> b) {
        Map<Aspect, Float> best = new LinkedHashMap<>();
        for (AspectMeanings.Closeness c : a) {
            best.merge(c.aspect(), c.similarity(), Math::max);
        }
        for (AspectMeanings.Closeness c : b) {
            best.merge(c.aspect(), c.similarity(), Math::max);
        }
        return best.entrySet().stream().map(e -> new AspectMeanings.Closeness(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingDouble(AspectMeanings.Closeness::similarity).reversed()).toList();
    }

    /** How close a ranking puts its closest need (the overall choice aside); -1 when it ranks none. */
    private static float closest(List<AspectMeanings.Closeness> ranked) {
        return closeness(ranked, aspect -> !aspect.fallback());
    }

    /** How close a ranking puts the overall choice (the fallback aspect); -1 when there is none. */
    private static float overall(List<AspectMeanings.Closeness> ranked) {
        return closeness(ranked, Aspect::fallback);
    }

    /** How close a ranking puts an aspect; -1 when it is not ranked. */
    private static float closeness(List<AspectMeanings.Closeness> ranked, Aspect aspect) {
        return closeness(ranked, aspect::equals);
    }

    /** How close a ranking puts the first aspect that {@code which} accepts; -1 when none is ranked. */
    private static float closeness(List<AspectMeanings.Closeness> ranked, Predicate<Aspect> which) {
        return ranked.stream().filter(c -> which.test(c.aspect())).findFirst()
                .map(AspectMeanings.Closeness::similarity).orElse(-1f);
    }

    /** An asking sentence at most this long only asks ("Node or Python?", "which backend should we pick?"). */
    private static final int ASK_ONLY_WORDS = 10;

    /**
     * A part without the short question that ends it when that question names no need ("… a model that forecasts
     * room prices for next season. Python or Node.js?"): the pick it asks for is in every question, and embedded
     * with the need it pulls the part's meaning toward the aspects of choosing a backend in general. The whole
     * message is also ranked without it (each aspect at the closer of the two) only when, with it, it is close to no
     * need: cutting it always was measured, the whole's closeness thresholds were fitted with it, and described
     * situations lost more verdicts than two-need questions gained; cutting it only then gained 4 verdicts with the
     * overall choice giving way to a part's need.
     */
    String statedNeed(String part) {
        List<Integer> starts = Clauses.sentenceStarts(part);
        if (starts.size() < 2) {
            return part;
        }
        String last = part.substring(starts.get(starts.size() - 1)).strip();
        if (!last.endsWith("?") || last.split("\\s+").length > ASK_ONLY_WORDS) {
            return part;
        }
        Aspect signalled = reader.read(last, List.of()).aspect();
        return signalled != null && !signalled.fallback() ? part : part.substring(0, starts.get(starts.size() - 1)).strip();
    }

    /** Sentences of a message from which on its first ones are background. */
    private static final int BACKGROUND_FROM = 3;
    /** The last sentences of a long message that may state a second need: the question, and the one before it. */
    private static final int ASKING_SENTENCES = 2;

    /**
     * Where a message states its needs: all of it, unless it gives several sentences of background first
     * ("we're a research group… a postdoc keeps saying node is faster… what should we use?"), when only its
     * last two sentences can add a second need: the background says who asks and what others said, not
     * what they need besides the main thing; a need stated just before the question still counts.
     */
    static String asking(String text) {
        return text.substring(askingStart(text)).strip();
    }

    /** Where in a message its asking sentences start: 0 unless it gives several sentences of background first. */
    static int askingStart(String text) {
        List<Integer> starts = Clauses.sentenceStarts(text);
        return starts.size() < BACKGROUND_FROM ? 0 : starts.get(starts.size() - ASKING_SENTENCES);
    }


    /** Whether a part says what is not needed ({@link #RULES_OUT}). */
    static boolean rulesOut(String part) {
        Matcher m = RULES_OUT.matcher(part);
        if (!m.lookingAt()) {
            return false;
        }
        return m.group("bare") == null
                || part.split("\\s+").length <= RULED_OUT_WORDS && !NOT_RULING_OUT.matcher(part).lookingAt();
    }

    /** Whether a part only says who asks, with no word of a need ({@link #WHO_ASKS}). */
    static boolean onlyWhoAsks(String part) {
        return WHO_ASKS.matcher(part).lookingAt() && part.split("\\s+").length <= WHO_ASKS_WORDS
                && !CLAUSE.matcher(part).find();
    }

    /**
     * The parts of a question that each state a need: at its joining words, parts of a few words only. A hyphenated
     * word ("back-and-forth") joins nothing.
     */
    static List<String> parts(String text) {
        List<String> parts = new ArrayList<>();
        Matcher join = JOINS.matcher(text);
        int from = 0;
        while (join.find()) {
            addPart(parts, text.substring(from, join.start()));
            from = join.end();
        }
        addPart(parts, text.substring(from));
        return parts;
    }

    private static void addPart(List<String> parts, String part) {
        if (part.strip().split("\\s+").length >= MIN_PART_WORDS) {
            parts.add(part.strip());
        }
    }
}
