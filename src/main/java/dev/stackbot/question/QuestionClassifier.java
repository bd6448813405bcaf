package dev.stackbot.question;

import java.util.List;
import java.util.Set;

/** Tells what sort of answer a question asks for, from its opening words and its comparing words. */
final class QuestionClassifier {

    private static final Set<String> YES_NO_OPENERS = Set.of("is", "are", "does", "do", "can", "could", "should",
            "would", "will", "was", "am", "shall", "isnt", "arent");
    private static final Set<String> DEFINITION_OPENERS = Set.of("define", "explain", "describe");

    /** Words that open a message without changing what it asks ("ok so which is faster?", "yo is node…"). */
    static final Set<String> LEAD_INS = Set.of("and", "so", "ok", "okay", "also", "but", "then", "hey", "hi", "well",
            "yo", "ngl", "tbh", "honestly", "btw", "like", "um", "uh", "guys", "folks");
    /** Words that open a question for a fact or a definition rather than a pick. */
    private static final Set<String> FACT_OPENERS = Set.of("what", "when", "where", "who", "how");
    private static final Set<String> WH_WORDS = Set.of("what", "when", "where", "who", "which", "how", "why");

    private static String spelled(String key) {
        return CHAT_SPELLINGS.getOrDefault(key, key);
    }

    /**
     * The words a question's form is read from, misspelled as people type them ("wich one is beter"): a long
     * question word, or a comparative ("better", "faster", "cheaper"), typed with one letter dropped or two
     * letters swapped reads as that word. Never a letter changed or added: that makes other real words
     * ("winter" is not "winner", "sales" not "scales", "idea" not "ideal").
     */
    private static final java.util.List<String> TYPO_TARGETS = java.util.stream.Stream.concat(
                    WH_WORDS.stream().filter(w -> w.length() >= 5),
                    EnglishWords.EVALUATIVE.stream().filter(w -> w.length() >= 6 && (w.endsWith("er") || w.endsWith("est"))))
            .sorted().toList();

    private static String corrected(String key) {
        String spelled = spelled(key);
        if (!spelled.equals(key) || EnglishWords.FORM.contains(key) || EnglishWords.EVALUATIVE.contains(key)
                || EnglishWords.COMMON.contains(key)) {
            return spelled;
        }
        for (String target : TYPO_TARGETS) {
            if (droppedOrSwapped(key, target)) {
                return target;
            }
        }
        return key;
    }

    /** Whether {@code typed} is {@code word} with one letter dropped ("beter") or two neighbours swapped ("whihc"). */
    private static boolean droppedOrSwapped(String typed, String word) {
        if (typed.length() == word.length() - 1) {
            int i = 0;
            while (i < typed.length() && typed.charAt(i) == word.charAt(i)) {
                i++;
            }
            return i > 0 && typed.substring(i).equals(word.substring(i + 1));
        }
        if (typed.length() == word.length() && !typed.equals(word)) {
            int i = 0;
            while (typed.charAt(i) == word.charAt(i)) {
                i++;
            }
            return i + 1 < typed.length() && typed.charAt(i) == word.charAt(i + 1) && typed.charAt(i + 1) == word.charAt(i)
                    && typed.substring(i + 2).equals(word.substring(i + 2));
        }
        return false;
    }

    /** The tokens with chat spellings and typos of form words read as the words they stand for. */
    static List<Token> readable(List<Token> tokens) {
        List<Token> out = new java.util.ArrayList<>(tokens.size());
        for (Token token : tokens) {
            String key = corrected(token.key());
            out.add(key.equals(token.key()) ? token : new Token(key, token.original(), token.start()));
        }
        return out;
    }

    private static boolean isOpener(String key) {
        return WH_WORDS.contains(key) || YES_NO_OPENERS.contains(key) || DEFINITION_OPENERS.contains(key);
    }

    /** Question words as people type them in a chat ("wut does JIT mean"): read as the word they stand for. */
    private static final java.util.Map<String, String> CHAT_SPELLINGS = java.util.Map.of(
            "wut", "what", "wat", "what", "wot", "what", "wht", "what", "whut", "what", "hw", "how", "whats", "what", "1", "one", "gud", "good");

    private QuestionClassifier() {
    }

    private static boolean isFollowUp(List<Token> tokens, int start) {
        if (tokens.size() - start < 2) {
            return false;
        }
        String first = tokens.get(start).key();
        String second = tokens.get(start + 1).key();
        return (first.equals("what") || first.equals("how")) && second.equals("about")
                || first.equals("for") && start > 0;
    }

    /**
     * The tokens before a tail that asks whether the thing is the other's alone ("can python do async at all, or is
     * that only a node thing?"): the question asks whether the first can, not which of the two to pick.
     */
    static List<Token> withoutOnlyTail(List<Token> tokens) {
        for (int i = 0; i + 3 < tokens.size(); i++) {
            if (tokens.get(i).key().equals("or") && BE.contains(tokens.get(i + 1).key())
                    && POINTERS.contains(tokens.get(i + 2).key()) && ONLY.contains(tokens.get(i + 3).key())) {
                return tokens.subList(0, i);
            }
        }
        return tokens;
    }

    private static final Set<String> BE = Set.of("is", "are", "was");
    private static final Set<String> POINTERS = Set.of("that", "it", "this", "those");
    private static final Set<String> ONLY = Set.of("only", "just", "purely", "strictly");

    /** Words that, soon after "what", ask for advice: "what should I…", "what would you…". */
    private static final Set<String> ADVICE = Set.of("should", "would");

    /** Words after "go" that make it the verb of a choice ("what do we go with", "go for"), not a name (Go). */
    private static final Set<String> GO_CHOOSING = Set.of("with", "for");

    /** "what should I…", "what backend would you pick", "what do we go with": advice asked within the first words. */
    private static boolean advises(List<Token> tokens) {
        for (int i = 1; i < Math.min(4, tokens.size()); i++) {
            String word = tokens.get(i).key();
            if (ADVICE.contains(word)) {
                return true;
            }
            // "what is go?" or "what does go use for…" asks about a technology named Go
            if (word.equals("go") && i + 1 < tokens.size() && GO_CHOOSING.contains(tokens.get(i + 1).key())) {
                return true;
            }
        }
        return false;
    }

    /**
     * What one picks for a project: "what backend?", "what stack for this?". Not "what language?" or "what
     * platform?": those words name needs of their own (a language for a JavaScript team, a platform to run on).
     */
    private static final Set<String> PICKED = Set.of("backend", "stack", "tech", "technology");
    /** Words after "what backend" that keep it asking for a pick ("what backend for this?", "what stack then?"). */
    private static final Set<String> PICK_TAILS = Set.of("for", "then", "here", "now", "pls", "please", "guys", "folks");

    /**
     * Whether "what" asks for a pick by naming what is picked, alone or with a short tail: "what backend?", "what
     * stack for this?"; "what language is node written in?" asks a fact.
     */
    private static boolean asksForPick(List<Token> tokens) {
        return tokens.size() >= 2 && PICKED.contains(tokens.get(1).key())
                && (tokens.size() == 2 || PICK_TAILS.contains(tokens.get(2).key()));
    }

    /** Words that weigh an amount of something ("eats more ram", "less boilerplate"). */
    private static final Set<String> MORE_OR_LESS = Set.of("more", "less", "fewer");
    /** Words after "more" that ask for more of the answer, not weigh ("more than one", "any more info on node?"). */
    private static final Set<String> NOT_AN_AMOUNT = Set.of("than", "info", "information", "facts", "details", "detail",
            "about", "on", "questions", "question", "or", "and");

    /** Words before "go to" that make it a noun, the usual pick ("the go-to", "my go-to"), not a verb ("we go to…"). */
    private static final Set<String> GO_TO_BEFORE = Set.of("the", "a", "my", "your", "our", "their");
    /**
     * Words after "go-to" that make it an adjective of another thing ("is there a go-to guide for learning node?"
     * asks for a guide, "a go-to library for charts" a library), not the pick ("the go-to for ml", "our go-to stack"; "the go-to tool for
     * data science" is the pair's own: each is a tool and a framework).
     */
    private static final Set<String> GO_TO_THINGS = Set.of("guide", "guides", "tutorial", "tutorials", "course", "courses",
            "resource", "resources", "book", "books", "site", "sites", "video", "videos", "channel", "place", "reference", "docs",
            "library", "libraries", "package", "packages", "module", "modules", "plugin", "plugins", "extension", "extensions");
    /** What "a go-to" names besides those: "is there a go-to framework for websockets?" asks for one ("the go-to tool" is the pick). */
    private static final Set<String> A_GO_TO_THINGS = Set.of("tool", "tools", "framework", "frameworks");

    /**
     * Whether an evaluative word is part of a thing's name instead: "garbage collection" is memory management,
     * "SOLID principles" a set of design principles.
     */
    private static boolean aThingsName(List<Token> tokens, int at) {
        String key = tokens.get(at).key();
        if (key.equals("garbage")) {
            return at + 1 < tokens.size() && tokens.get(at + 1).key().startsWith("collect");
        }
        if (!key.equals("solid")) {
            return false;
        }
        // "SOLID principles", "solid design": the principles; "is Python SOLID for big projects?" is emphasis
        for (int k = at + 1; k < Math.min(tokens.size(), at + 3); k++) {
            if (tokens.get(k).key().startsWith("principle") || tokens.get(k).key().equals("design")) {
                return true;
            }
        }
        return false;
    }

    /** Whether an evaluative word weighs in it; "for good" at the end means for ever ("…get rid of the GIL for good?"). */
    private static boolean weighs(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            boolean forEver = i == tokens.size() - 1 && i > 0 && tokens.get(i).key().equals("good")
                    && tokens.get(i - 1).key().equals("for");
            if (EnglishWords.EVALUATIVE.contains(tokens.get(i).key()) && !forEver && !aThingsName(tokens, i)) {
                return true;
            }
            // "is python the go-to for ml?": the pick people reach for
            if (i > 0 && i + 1 < tokens.size() && tokens.get(i).key().equals("go") && tokens.get(i + 1).key().equals("to")
                    && GO_TO_BEFORE.contains(tokens.get(i - 1).key())
                    && (i + 2 == tokens.size() || !GO_TO_THINGS.contains(tokens.get(i + 2).key())
                        && !(tokens.get(i - 1).key().equals("a") && A_GO_TO_THINGS.contains(tokens.get(i + 2).key())))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether it weighs how much of something one has ("does node eat more ram than python?"): "more" or "less"
     * before a thing, not before "than" ("more than one event loop" counts), a request for more of the answer
     * ("more info on node?") or a participle ("less experienced devs" says who).
     */
    private static boolean weighsAmount(List<Token> tokens) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            String next = tokens.get(i + 1).key();
            if (MORE_OR_LESS.contains(tokens.get(i).key()) && !NOT_AN_AMOUNT.contains(next) && !next.endsWith("ed")) {
                return true;
            }
        }
        return false;
    }

    /** What a bare topic with no question form asks ("node for chat apps?"): naming a technology, which fits; else a fact. */
    static QuestionKind bareTopic(int namedEntities) {
        return namedEntities > 0 ? QuestionKind.CHOICE : QuestionKind.FACT;
    }

    /**
     * The kind its question form asks for, or null when it has none: "keeps coming up when ppl talk about
     * python threads" gives context, it does not ask anything (a clause of a longer message).
     *
     * @param namedEntities technologies of the knowledge the whole question names
     * @param whole         whether the tokens are the whole message, not one clause (a follow-up of the
     *                      conversation is read only then)
     */
    static QuestionKind asked(List<Token> tokens, int namedEntities, boolean whole) {
        // chat spellings and typos are read once, here: every check below sees the words they stand for
        tokens = withoutOnlyTail(readable(tokens));
        if (tokens.isEmpty()) {
            return null; // the clause was only that tail: ", or is that only a node thing?"
        }
        boolean pair = PairReference.in(tokens);
        int start = 0;
        while (start < tokens.size() - 1 && LEAD_INS.contains(tokens.get(start).key())) {
            start++;
        }
        if (!whole && isFollowUp(tokens, start)) {
            // within a message, "…, and what about python?" asks the same as the clause before it
            return null;
        }
        boolean andThen = start > 0 && tokens.get(0).key().equals("and");
        if (andThen && (whole || !FACT_OPENERS.contains(tokens.get(start).key())) || isFollowUp(tokens, start)) {
            // "and for ML?", "what about scaling?": a follow-up asks the previous question of something else;
            // within a message, "…, and how many use Python?" is a clause that asks a fact by its own form
            return QuestionKind.CHOICE;
        }
        // "roughly what share…", "anyone know which sites…": a question word a word or two in opens the question
        for (int k = 1; k <= 2 && start + k < tokens.size() && !isOpener(tokens.get(start).key()); k++) {
            if (WH_WORDS.contains(tokens.get(start + k).key())) {
                start += k;
                break;
            }
        }
        tokens = tokens.subList(start, tokens.size());
        String first = tokens.get(0).key();
        String second = tokens.size() > 1 ? tokens.get(1).key() : "";
        boolean evaluative = weighs(tokens) || weighsAmount(tokens);
        boolean comparing = tokens.stream().anyMatch(t -> EnglishWords.CHOOSING.contains(t.key()));
        // "which" asks to choose between the technologies, unless the question names only one and neither weighs
        // nor asks advice: "which web frameworks does python have?" asks a fact, "which way should we go?" a pick
        boolean which = tokens.stream().anyMatch(t -> t.key().equals("which"))
                && (namedEntities != 1 || evaluative || pair || advises(tokens));
        if (first.equals("why")) {
            return QuestionKind.EXPLANATION;
        }
        if (first.equals("how") && !evaluative) {
            return QuestionKind.FACT;
        }
        // "what share of devs use node vs python?" asks a fact of each; "node vs python for chat?" asks to pick
        boolean asksFact = !evaluative && FACT_OPENERS.contains(first) && !advises(tokens) && !second.equals("to");
        if (which || (comparing && namedEntities >= 2 && !asksFact) || (first.equals("what") && (advises(tokens)
                || second.equals("to") || evaluative || asksForPick(tokens)))) {
            return QuestionKind.CHOICE;
        }
        if (comparing && evaluative) {
            return QuestionKind.CHOICE;
        }
        if (YES_NO_OPENERS.contains(first)) {
            // "should I use Node?" asks for advice by its opener alone
            boolean advice = first.equals("should") || first.equals("would");
            return evaluative || advice ? QuestionKind.YES_NO : QuestionKind.FACT;
        }
        if (first.equals("what") || first.equals("who") || DEFINITION_OPENERS.contains(first)
                || (first.equals("tell") && second.equals("me"))) {
            return QuestionKind.DEFINITION;
        }
        if (first.equals("when") || first.equals("where") || first.equals("how") || first.equals("which")) {
            return QuestionKind.FACT;
        }
        // a bare topic that weighs ("node better for chat?") asks which fits, and so does one that points at the
        // pair ("live chat and sentiment analysis, one of the two or both?"); one that does neither has no form
        return evaluative || pair ? QuestionKind.CHOICE : null;
    }
}
