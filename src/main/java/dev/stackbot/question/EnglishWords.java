package dev.stackbot.question;

import java.util.Set;

/** Small English word lists the question reader needs; language, not domain, so they live in code. */
final class EnglishWords {

    private EnglishWords() {
    }

    /** Words that shape a question but say nothing about its topic; they are not searched for. */
    static final Set<String> FORM = Set.of(
            "a", "an", "the", "is", "are", "was", "were", "be", "been", "being", "am", "do", "does", "did",
            "can", "could", "should", "would", "will", "shall", "may", "might", "must", "i", "me", "my", "we",
            "our", "you", "your", "it", "its", "they", "them", "their", "this", "that", "these", "those",
            "which", "what", "whats", "who", "whom", "whose", "when", "where", "why", "how", "one", "ones",
            "or", "and", "vs", "v", "versus", "than", "for", "to", "of", "in", "on", "at", "by", "with",
            "from", "about", "as", "into", "over", "between", "against", "there", "here", "so", "if", "then",
            "use", "using", "used", "pick", "choose", "choice", "prefer", "recommend", "recommended", "go",
            "better", "best", "good", "great", "bad", "worse", "worst", "more", "most", "less", "least",
            "really", "very", "much", "many", "some", "any", "all", "also", "just", "not", "no", "yes",
            "please", "thanks", "hey", "hi", "hello", "someone", "something", "thing", "things", "tell",
            "know", "think", "want", "need", "like", "get", "make", "let", "lets", "s", "t", "im", "u",
            "has", "have", "had", "having", "gets", "got", "makes", "made", "goes", "going", "doing",
            "other", "another", "each", "every", "such", "own", "same", "way", "ways", "kind", "sort");

    /** Common words that must never be read as a misspelled technology name ("code" is not "node"). */
    static final Set<String> COMMON = Set.of(
            "code", "mode", "note", "nose", "none", "done", "gone", "bone", "tone", "nods", "pyre",
            "does", "doing", "there", "their", "these", "those", "thing", "things", "other", "others",
            "which", "where", "would", "could", "should", "about", "better", "faster", "slower",
            "nodes", "noted", "notes", "mobile", "models", "model", "modes", "codes", "coded",
            "photon", "pylon", "pylons", "flash", "expert", "experts");

    /**
     * Words by which a yes/no question asks whether a technology falls short ("is python too slow for…?",
     * "will node choke on…?"): a "yes" then means the other one is favored.
     */
    static final Set<String> FALLS_SHORT = Set.of(
            "slow", "slower", "slowest", "worse", "worst", "bad", "harder", "difficult", "struggle", "struggles",
            "struggling", "choke", "chokes", "overkill", "weaker", "painful", "limited", "clunky", "clunkier",
            "bloated", "bottleneck", "crash", "crashes", "fail", "fails", "messier", "riskier", "hard", "tough",
            "complicated", "confusing", "expensive", "pricier");

    /** Words after which a clause concedes rather than asks ("good for ML even though it's slow?"). */
    static final Set<String> CONCEDING = Set.of("though", "although", "despite", "while");

    /** Verbs of agreeing, asked of the sources when one of {@link #SOURCES} comes just before ("do they agree?"). */
    static final Set<String> AGREEING = Set.of(
            "agree", "agrees", "disagree", "disagrees", "contradict", "contradicts", "differ", "differs");
    /** Who agrees or not, when the question asks about the sources rather than the asker's team. */
    static final Set<String> SOURCES = Set.of(
            "they", "sources", "articles", "blogs", "posts", "people", "experts", "sites", "websites", "everyone",
            "everybody", "them", "benchmarks", "guides");
    /** Words of things read that disagree, asked of the sources when one of {@link #READING} comes just before. */
    static final Set<String> CONFLICTING = Set.of("opposite", "conflicting", "contradictory", "contradicting", "different", "mixed");
    /** Reading or hearing ("I keep reading opposite things"), as against having ("we have conflicting opinions"). */
    static final Set<String> READING = Set.of(
            "read", "reading", "reads", "see", "seeing", "seen", "saw", "hear", "hearing", "heard", "getting", "found");

    /** Words that make a question ask for a judgement. */
    static final Set<String> EVALUATIVE = Set.of(
            "better", "best", "good", "great", "faster", "fastest", "slower", "quicker", "easier", "harder",
            "suitable", "suited", "ideal", "recommended", "recommend", "prefer", "preferable", "worth", "fit",
            "right", "choose", "pick", "scales", "scale", "cheaper", "safer", "stronger", "bigger",
            "cleaner", "higher", "lower", "superior", "win", "wins", "winner", "ok", "okay", "viable",
            "easy", "hard", "difficult", "simple", "fast", "slow", "quick", "scalable", "reliable", "efficient",
            "mature", "stable", "secure", "safe", "cheap", "expensive", "productive", "readable", "maintainable",
            "popular", "enough", "worse", "bad", "sense", "choice", "painful", "nicer", "worst", "decent", "trash",
            "garbage", "solid");

    /** Words that set two options against each other in a question ("node or python", "node vs python"). */
    static final Set<String> CHOOSING = Set.of("vs", "versus", "v", "compare", "or");

    /** Words that set two names side by side, one on each side of the word ("bun vs node", "python or go"). */
    static final Set<String> SIDE_BY_SIDE = Set.of("vs", "v", "versus", "or");

    /** Words after which a name is being compared with another ("Node or Go", "faster than Rust"). */
    static final Set<String> COMPARING = java.util.stream.Stream.concat(SIDE_BY_SIDE.stream(),
            Set.of("than", "against", "between", "compared").stream()).collect(java.util.stream.Collectors.toUnmodifiableSet());
}
