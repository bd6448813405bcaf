package dev.stackbot.question;

import dev.stackbot.knowledge.AliasKey;
import dev.stackbot.knowledge.Aspect;
import dev.stackbot.knowledge.Knowledge;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Understands a question against one knowledge: which entities, which aspect, what kind, and whether it is covered. */
public final class QuestionReader {

    /** Questions are cut here: a longer text is not a question, and this bounds the work per message. */
    public static final int MAX_CHARS = 1000;

    private final NameMatcher names;
    private final AspectMatcher aspects;
    private final Set<String> entityIds;
    private final List<Aspect> aspectList;
    /** The names of the others used alongside the compared technologies. */
    private final Set<String> alongside;
    private final Versions versions;

    public QuestionReader(Knowledge knowledge) {
        this.names = new NameMatcher(knowledge.entities(), knowledge.others());
        this.versions = new Versions(knowledge.entities(), knowledge.documents());
        this.aspects = new AspectMatcher(knowledge.aspects());
        this.aspectList = knowledge.aspects();
        this.alongside = new java.util.HashSet<>();
        knowledge.others().stream().filter(dev.stackbot.knowledge.OtherTechnology::alongside)
                .forEach(o -> alongside.add(o.name()));
        this.entityIds = new LinkedHashSet<>();
        knowledge.entities().forEach(e -> entityIds.add(e.id()));
    }

    /**
     * Reads one question.
     *
     * @param raw              the question as typed; any string, null included
     * @param previousSubjects entities of the previous question in the conversation, inherited when this one names none
     */
    public UnderstoodQuestion read(String raw, List<String> previousSubjects) {
        String text = cleanText(raw);
        List<Token> tokens = Tokens.of(text);
        if (tokens.isEmpty()) {
            return new UnderstoodQuestion(text, QuestionKind.FACT, List.of(), false, null, List.of(), List.of(), List.of(), List.of(),
                    Coverage.EMPTY);
        }
        boolean[] claimed = new boolean[tokens.size()];
        boolean[] ownNames = new boolean[tokens.size()];
        LinkedHashSet<String> subjects = new LinkedHashSet<>();
        List<String> foreign = new ArrayList<>();
        boolean foreignCompared = false;
        List<NameMatcher.Match> matches = names.find(tokens);
        boolean[] entityWords = new boolean[tokens.size()];
        for (NameMatcher.Match match : matches) {
            for (int k = 0; k < match.length(); k++) {
                claimed[match.start() + k] = true;
                ownNames[match.start() + k] = match.primary() || match.entity() == null;
                entityWords[match.start() + k] = match.entity() != null;
            }
        }
        List<String> context = new ArrayList<>();
        List<String> background = new ArrayList<>();
        // a long message's background says what the askers have and had ("right now it's a PHP monolith that
        // falls over"); a technology named there, compared with nothing, is context, not the question's subject
        int asking = NeedFinder.askingStart(text);
        boolean fallsShort = asksFallsShort(tokens);
        if (!fallsShort) {
            // "should we move to Node?" asks about Node, whatever it names first ("is python too slow…, should we
            // change to node?" asks whether Python falls short: its first name stays first)
            matches.stream().filter(m -> m.entity() != null && movesTo(tokens, m.start())
                            && sentenceAsks(text, tokens.get(m.start()).start(), false))
                    .findFirst().ifPresent(m -> subjects.add(m.entity()));
        }
        for (NameMatcher.Match match : matches) {
            if (match.entity() != null) {
                subjects.add(match.entity());
                continue;
            }
            boolean beside = alongside.contains(match.other());
            boolean compared = beside
                    ? comparedWithAnother(tokens, entityWords, match.start(), match.length())
                    : isCompared(tokens, match.start(), match.length());
            if (!compared && tokens.get(match.start()).start() < asking) {
                if (!beside && !background.contains(match.other())) {
                    background.add(match.other());
                }
                continue;
            }
            if (beside && !compared) {
                context.add(match.other());
            } else {
                foreign.add(match.other());
                foreignCompared |= compared;
            }
        }
        // chat spellings read as their words ("msgs", "crunchin"), the names as matched
        List<Token> words = ChatWords.respelt(tokens, claimed);
        QuestionKind kind = kind(text, words, subjects.size());
        AspectMatcher.Found found = aspects.find(words, claimed, Clauses.of(text));
        Aspect aspect = found.aspect();
        if ((aspect == null || aspect.fallback()) && subjects.size() >= 2 && togetherAfterNames(tokens, entityWords)) {
            // "could we run Node and Python together?": "together" alone is no signal ("we build it together"),
            // but right after the two names (or "them", "both") it is using them both
            aspect = aspectList.stream().filter(Aspect::together).findFirst().orElse(aspect);
        }
        if (kind == QuestionKind.FACT && aspect != null && aspect.together()) {
            // "can I use node and python together?" asks whether to, which is advice the rule on using both gives
            kind = QuestionKind.YES_NO;
        }
        boolean named = !subjects.isEmpty();
        // a technology used alongside the compared ones, named as context ("our frontend is React", "what should
        // the backend be for an api that reads from postgres"), is not what a question about the pair asks about;
        // a question about the pair names one of them, points at "the two" or asks for the backend. Without any
        // of these, it is about that technology ("how do I scale Redis?"), which the sources do not cover
        if (!named && !PairReference.in(text) && found.signalled().stream().noneMatch(Aspect::fallback)) {
            foreign.addAll(context);
        }
        boolean inherited = false;
        if (!named && previousSubjects != null && !previousSubjects.isEmpty()) {
            previousSubjects.stream().filter(entityIds::contains).forEach(subjects::add);
            inherited = !subjects.isEmpty();
        }
        List<String> searchWords = searchWords(words, ownNames);
        // "node or python?" is the overall choice; "node or python for security?" is a need the catalog
        // does not know, and answering it with the overall verdict would pretend the sources weighed it
        if (aspect == null && !subjects.isEmpty() && kind.wantsVerdict() && searchWords.isEmpty()) {
            aspect = aspects.fallback();
        }
        Coverage coverage = coverage(named, foreign, foreignCompared, aspect);
        if (coverage == Coverage.COVERED && !kind.wantsVerdict() && named && subjects.size() == 1) {
            // "does the free-threaded build in Python 3.13 drop the GIL?" asks about a release the sources never
            // name; in a question for a verdict ("is python 3.12 good for ML?"), or beside the other technology, it
            // is context
            List<String> unknownVersions = versions.unknown(text, tokens, matches);
            if (!unknownVersions.isEmpty()) {
                foreign.addAll(unknownVersions);
                coverage = Coverage.FOREIGN;
            }
        }
        List<String> withinOne = choiceWithinOne(text, tokens, matches);
        if (coverage == Coverage.COVERED && !withinOne.isEmpty()) {
            coverage = Coverage.WITHIN_ONE;
        } else {
            withinOne = List.of();
        }
        return new UnderstoodQuestion(text, kind, List.copyOf(subjects), inherited, aspect, found.matchedWords(),
                found.signalled(), foreign, searchWords, coverage, background, withinOne, fallsShort,
                asksAgreement(tokens));
    }

    /** The words before the technology moved to ("switch to node", "rewrite it in python"). */
    private static final Set<String> TOWARDS = Set.of("to", "into", "in");

    /**
     * Whether the sentence around {@code at} asks: it ends with "?" — or, when {@code lastCounts}, it is the message's
     * last ("when did Python 3.0 come out"). "We're on Python 3.11. What is the GIL?": the first sentence says who asks.
     */
    static boolean sentenceAsks(String text, int at, boolean lastCounts) {
        for (int i = at; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '?') {
                return true;
            }
            if ((c == '.' || c == '!') && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)))) {
                return lastCounts && text.substring(i + 1).isBlank();
            }
        }
        return lastCounts;
    }

    /** Words that say a team leaves one technology for another ("switch to", "move over to", "rewrite it in"). */
    private static final Set<String> MOVING = Set.of("switch", "switching", "move", "moving", "migrate", "migrating",
            "port", "porting", "rewrite", "rewriting", "change", "changing", "convert", "converting");

    /**
     * Whether the name at {@code start} is where a question moves to: after "to", "into" or "in" with a moving word
     * at most four words before it ("switch our API over to Node", "rewrite the service in Python").
     */
    private static boolean movesTo(List<Token> tokens, int start) {
        if (start == 0 || !TOWARDS.contains(tokens.get(start - 1).key())) {
            return false;
        }
        for (int i = start - 2; i >= Math.max(0, start - 5); i--) {
            if (MOVING.contains(tokens.get(i).key())) {
                return true;
            }
        }
        return false;
    }

    /** Whether "together" follows the technologies' names, or "them" / "both", right away. */
    private static boolean togetherAfterNames(List<Token> tokens, boolean[] entityWords) {
        for (int i = 1; i < tokens.size(); i++) {
            String before = tokens.get(i - 1).key();
            if (tokens.get(i).key().equals("together")
                    && (entityWords[i - 1] || before.equals("them") || before.equals("both"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The two names a question chooses between when both stand for the same technology of the knowledge, as
     * typed ("Django or Flask", "express vs koa"): two tools' or frameworks' names (not spellings of the
     * technology's own name, nor misspellings) joined by a choosing word alone, in a question that names no
     * other technology of the knowledge ("Django or Flask, or switch to Node?" is the knowledge's choice);
     * empty otherwise.
     */
    private static List<String> choiceWithinOne(String text, List<Token> tokens, List<NameMatcher.Match> matches) {
        long entities = matches.stream().map(NameMatcher.Match::entity).filter(java.util.Objects::nonNull).distinct().count();
        if (entities != 1) {
            return List.of();
        }
        for (int i = 0; i + 1 < matches.size(); i++) {
            NameMatcher.Match a = matches.get(i);
            NameMatcher.Match b = matches.get(i + 1);
            int between = a.start() + a.length();
            if (a.entity() != null && a.entity().equals(b.entity()) && !a.primary() && !b.primary()
                    && b.start() == between + 1 && EnglishWords.CHOOSING.contains(tokens.get(between).key())) {
                String first = original(text, tokens, a);
                String second = original(text, tokens, b);
                if (!first.equalsIgnoreCase(second)) {
                    return List.of(first, second);
                }
            }
        }
        return List.of();
    }

    /** A name as typed: the text from its first token to the end of its last ("Express.js"). */
    static String original(String text, List<Token> tokens, NameMatcher.Match match) {
        Token first = tokens.get(match.start());
        Token last = tokens.get(match.start() + match.length() - 1);
        int end = Math.min(text.length(), last.start() + last.original().length());
        return text.substring(first.start(), Math.max(first.start(), end));
    }

    /**
     * A question is covered when it names a technology of the knowledge, or asks about one of its aspects.
     * Inherited subjects do not count: "best pizza topping?" after a question about Node stays off topic.
     */
    private static Coverage coverage(boolean named, List<String> foreign, boolean foreignCompared, Aspect aspect) {
        if (!foreign.isEmpty() && (!named || foreignCompared)) {
            return Coverage.FOREIGN;
        }
        if (!named && aspect == null) {
            return Coverage.NO_TOPIC;
        }
        return Coverage.COVERED;
    }

    /**
     * The sort of answer asked for. A message of several sentences or clauses often gives its context
     * first and asks last ("we're making a browser game with live lobbies, what should the backend be
     * in?"): when the whole does not read as a choice, a clause that does decides.
     */
    private static QuestionKind kind(String text, List<Token> tokens, int named) {
        QuestionKind whole = QuestionClassifier.asked(tokens, named, true);
        if (whole != null && whole.wantsVerdict()) {
            return whole;
        }
        String[] clauses = Clauses.PUNCTUATION.split(text);
        if (clauses.length < 2) {
            return whole != null ? whole : QuestionClassifier.bareTopic(named);
        }
        QuestionKind firstAsked = null;
        for (String clause : clauses) {
            List<Token> own = Tokens.of(clause);
            QuestionKind asked = own.isEmpty() ? null : QuestionClassifier.asked(own, named, false);
            if (asked != null && asked.wantsVerdict()) {
                return asked;
            }
            firstAsked = firstAsked == null ? asked : firstAsked;
        }
        // "people keep saying node is 'non-blocking' — what does that actually mean?": the clause that asks
        // decides, not the context before it
        if (whole != null) {
            return whole;
        }
        return firstAsked != null ? firstAsked : QuestionClassifier.bareTopic(named);
    }

    /**
     * Whether a technology used alongside the pair is set against another thing: a comparing word right next to
     * it, with something other than one of the pair on its other side ("React or Vue?", not "with React, node or
     * python?" nor "node with typescript or python?").
     */
    private static boolean comparedWithAnother(List<Token> tokens, boolean[] entityWords, int start, int length) {
        int before = start - 1;
        int after = start + length;
        if (before >= 1 && EnglishWords.COMPARING.contains(tokens.get(before).key()) && !entityWords[before - 1]) {
            return true;
        }
        return after + 1 < tokens.size() && EnglishWords.COMPARING.contains(tokens.get(after).key()) && !entityWords[after + 1];
    }

    /** Whether a name stands next to a comparing word: "Node or Go", "faster than Rust", "Go vs Elixir", "Bun really faster than". */
    private static boolean isCompared(List<Token> tokens, int start, int length) {
        int from = Math.max(0, start - 2);
        int to = Math.min(tokens.size(), start + length + 2);
        for (int i = from; i < to; i++) {
            if (EnglishWords.COMPARING.contains(tokens.get(i).key())) {
                return true;
            }
        }
        // "is bun actually faster than node": a comparative with its adverb puts "than" a word further on
        return to < tokens.size() && tokens.get(to).key().equals("than");
    }

    /**
     * The words to search for: not the question's form words, and not the technologies' own names,
     * which stand in most passages; the retriever rewards passages naming the subjects separately.
     */
    private static List<String> searchWords(List<Token> tokens, boolean[] ownNames) {
        List<String> words = new ArrayList<>();
        String last = null;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            // a name split into several tokens ("node.js") is one original word: add it once
            if (!ownNames[i] && !EnglishWords.FORM.contains(token.key()) && !token.original().equals(last)) {
                words.add(token.original());
            }
            last = ownNames[i] ? null : token.original();
        }
        return words;
    }

    /**
     * The things a question offers to choose between ({@link ChoiceOptions}), leaving out words that signal one
     * of the knowledge's aspects: "etl or cron jobs" offers the knowledge's own needs, not other things.
     */
    public List<List<String>> choiceOptions(String text) {
        return ChoiceOptions.of(cleanText(text)).stream()
                .filter(group -> group.stream().noneMatch(word -> aspectNamed(word) != null))
                .toList();
    }

    /** Words of a signal that state its aspect plainly: a phrase, or two parts near each other. */
    static final int PLAIN_WORDS = 2;

    /**
     * Whether a text's words state the aspect they signal plainly, by a signal of {@link #PLAIN_WORDS} words or more
     * ("predict … from years of history", "face recognition"), rather than by single words ("learners", "live") or a
     * weak signal.
     */
    public boolean signalsPlainly(String text) {
        String cleaned = cleanText(text);
        List<Token> tokens = Tokens.of(cleaned);
        boolean[] named = namedTokens(tokens);
        return aspects.find(ChatWords.respelt(tokens, named), named, Clauses.of(cleaned)).phrase() >= PLAIN_WORDS;
    }

    /**
     * What a question asks for by name ({@link AskedFor}: "what licence…", "how long is an LTS release
     * supported…"), in a sentence that asks, leaving out the technologies' names and words that signal one of the knowledge's aspects.
     */
    public List<String> askedFor(String text) {
        String cleaned = cleanText(text);
        List<Token> tokens = QuestionClassifier.readable(Tokens.of(cleaned));
        if (!AskedFor.mayAsk(tokens)) {
            return List.of(); // most questions: no "what", "which" or "how" to read the names for
        }
        boolean[] named = namedTokens(tokens);
        Vocabulary english = Vocabulary.english();
        // a message typed in capitals ("HOW MANY PPL USE NODE?") has no acronyms to tell by their capitals
        boolean capitals = cleaned.chars().noneMatch(Character::isLowerCase);
        java.util.Set<String> seen = new java.util.HashSet<>();
        return AskedFor.of(cleaned, tokens, named, at -> sentenceAsks(cleaned, at, true)).stream()
                .filter(word -> readable(word, english, capitals) && aspectNamed(word) == null
                        && seen.add(word.toLowerCase(java.util.Locale.ROOT)))
                .toList();
    }

    /**
     * A text as this reader reads its names, for the embedding model: a misspelt name written as the technology's
     * name ("pyhton" → "Python", "djnago" → "Django"). The model knows words by their spelling, and to it a misspelt
     * name is another word: "pyhton for a group chat thing?" was far from everything the knowledge holds, and
     * refused. Chat spellings stay as typed: the model has read them ("msgs", "stats"), and writing them out was
     * measured to move nothing but a few citations. The text itself when no name is misspelt.
     */
    public String spelledOut(String text) {
        List<Token> tokens = Tokens.of(text);
        StringBuilder out = null;
        int from = 0;
        for (NameMatcher.Match match : names.find(tokens)) {
            Token typo = tokens.get(match.start());
            // a word typed as one token only ("pyhton", "pyhtön"): never a word the key splits in several
            if (!match.typo() || !AliasKey.of(typo.original()).equals(typo.key())) {
                continue;
            }
            out = out == null ? new StringBuilder(text.length() + 8) : out;
            out.append(text, from, typo.start()).append(match.typoOf());
            from = typo.start() + typo.original().length();
        }
        return out == null ? text : out.append(text, from, text.length()).toString();
    }

    /** Per token, whether it is part of a technology's name (the knowledge's or another's). */
    private boolean[] namedTokens(List<Token> tokens) {
        boolean[] named = new boolean[tokens.size()];
        for (NameMatcher.Match match : names.find(tokens)) {
            for (int k = 0; k < match.length(); k++) {
                named[match.start() + k] = true;
            }
        }
        return named;
    }

    /**
     * Whether a word of what a question asks for can be read for what it names: an English word ("licence",
     * "salary") or an acronym as typed ("LTS", "ORM"). Chat spellings and typos ("ppl", "sallary") are not: that
     * the sources never use them says nothing of what they mean. Without the vocabulary, every word is.
     */
    private static boolean readable(String word, Vocabulary english, boolean capitals) {
        boolean acronym = !capitals && word.length() >= 2 && word.length() <= MAX_ACRONYM
                && word.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
        return acronym || !english.available() || english.isWord(word.toLowerCase(java.util.Locale.ROOT));
    }

    /** Letters of an acronym at most ("LTS", "ORM", "GDPR"); a longer word in capitals is shouted. */
    private static final int MAX_ACRONYM = 5;

    /** Whether a text sets options against each other anywhere ("node or go", "faster than", "vs"). */
    public static boolean compares(String text) {
        return Tokens.of(text).stream().anyMatch(t -> EnglishWords.COMPARING.contains(t.key()));
    }

    /** How many words before an agreeing or conflicting word may say whose it is. */
    private static final int AGREEMENT_REACH = 3;

    /**
     * Whether a question asks if the sources agree: "do they agree…", "the articles contradict…", "I keep reading
     * opposite things…" — not the asker's own team ("my partner and I can't agree", "we have conflicting opinions").
     */
    private static boolean asksAgreement(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            Set<String> who = EnglishWords.AGREEING.contains(tokens.get(i).key()) ? EnglishWords.SOURCES
                    : EnglishWords.CONFLICTING.contains(tokens.get(i).key()) ? EnglishWords.READING : null;
            for (int k = Math.max(0, i - AGREEMENT_REACH); who != null && k < i; k++) {
                if (who.contains(tokens.get(k).key())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a question asks if a technology falls short ("is python too slow for…?"), not if it does well. */
    private static boolean asksFallsShort(List<Token> tokens) {
        for (Token token : tokens) {
            if (EnglishWords.CONCEDING.contains(token.key())) {
                return false; // what follows "even though" is granted, not asked
            }
            if (EnglishWords.FALLS_SHORT.contains(token.key())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a word only gives a question its form ("what", "is", "when"), not its topic. */
    public static boolean isFormWord(String word) {
        return EnglishWords.FORM.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    /** The entity a name stands for (id, name, alias or misspelling), or null. */
    public String entityNamed(String name) {
        List<Token> tokens = Tokens.of(cleanText(name));
        for (NameMatcher.Match match : names.find(tokens)) {
            if (match.entity() != null) {
                return match.entity();
            }
        }
        return null;
    }

    /** The aspect a name stands for: its id, its label, or a word that signals it; null when none. */
    public Aspect aspectNamed(String name) {
        String text = cleanText(name);
        for (Aspect aspect : aspectList) {
            if (aspect.id().equalsIgnoreCase(text) || aspect.label().equalsIgnoreCase(text)) {
                return aspect;
            }
        }
        List<Token> tokens = Tokens.of(text);
        return tokens.isEmpty() ? null : aspects.find(tokens, new boolean[tokens.size()]).aspect();
    }

    /** Control characters out, white space folded, length capped; never null. */
    public static String cleanText(String raw) {
        if (raw == null) {
            return "";
        }
        // one pass that stops once MAX_CHARS are kept: a run of control characters before the words costs its length
        // and loses none of them
        StringBuilder out = new StringBuilder(Math.min(raw.length(), MAX_CHARS));
        boolean space = false;
        for (int i = 0; i < raw.length() && out.length() < MAX_CHARS; ) {
            int cp = raw.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT) {
                space = out.length() > 0;
                continue;
            }
            if (Character.getType(cp) == Character.SURROGATE || Character.getType(cp) == Character.UNASSIGNED) {
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.appendCodePoint(cp);
        }
        return out.toString();
    }
}
