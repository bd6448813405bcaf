package dev.stackbot.question;

import java.util.List;
import java.util.Set;

/** Tells what sort of answer a question asks for, from its opening words and its comparing words. */
final class QuestionClassifier {

    private static final Set<String> YES_NO_OPENERS = Set.of("is", "are", "does", "do", "can", "could", "should",
            "would", "will", "was", "am", "shall", "isnt", "arent");
    private static final Set<String> DEFINITION_OPENERS = Set.of("define", "explain", "describe");

    /** Words that open a message without changing what it asks ("ok so which is faster?"). */
    private static final Set<String> LEAD_INS = Set.of("and", "so", "ok", "okay", "also", "but", "then", "hey", "hi", "well");

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

    static QuestionKind classify(List<Token> tokens, int namedEntities) {
        int start = 0;
        while (start < tokens.size() - 1 && LEAD_INS.contains(tokens.get(start).key())) {
            start++;
        }
        if (start > 0 && tokens.get(0).key().equals("and") || isFollowUp(tokens, start)) {
            // "and for ML?", "what about scaling?": a follow-up asks the previous question of something else
            return QuestionKind.CHOICE;
        }
        tokens = tokens.subList(start, tokens.size());
        String first = tokens.get(0).key();
        String second = tokens.size() > 1 ? tokens.get(1).key() : "";
        boolean evaluative = tokens.stream().anyMatch(t -> EnglishWords.EVALUATIVE.contains(t.key()));
        boolean comparing = tokens.stream().anyMatch(t -> EnglishWords.CHOOSING.contains(t.key()));
        boolean which = tokens.stream().anyMatch(t -> t.key().equals("which"));
        if (first.equals("why")) {
            return QuestionKind.EXPLANATION;
        }
        if (first.equals("how") && !evaluative) {
            return QuestionKind.FACT;
        }
        if (which || (comparing && namedEntities >= 2) || (first.equals("what") && (second.equals("should")
                || second.equals("would") || second.equals("to") || evaluative))) {
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
        if (first.equals("what") || first.equals("whats") || first.equals("who") || DEFINITION_OPENERS.contains(first)
                || (first.equals("tell") && second.equals("me"))) {
            return QuestionKind.DEFINITION;
        }
        if (first.equals("when") || first.equals("where") || first.equals("how")) {
            return QuestionKind.FACT;
        }
        // a bare topic ("node for chat apps?", "python data science") is asking which fits
        return evaluative || namedEntities > 0 ? QuestionKind.CHOICE : QuestionKind.FACT;
    }
}
