package dev.stackbot.answer;

import dev.stackbot.knowledge.Claim;
import dev.stackbot.knowledge.Fact;
import dev.stackbot.passage.Passage;

import dev.stackbot.knowledge.Aspect;
import dev.stackbot.knowledge.Entity;
import dev.stackbot.knowledge.Knowledge;
import dev.stackbot.question.QuestionKind;
import dev.stackbot.question.UnderstoodQuestion;
import dev.stackbot.verdict.Judgement;
import dev.stackbot.verdict.Verdict;
import dev.stackbot.verdict.VerdictKind;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The short plain-text answer. It states the verdict and counts, and points at citations with [n]:
 * every claim about the technologies themselves is left to the quoted sources.
 */
final class AnswerText {

    private AnswerText() {
    }

    /**
     * @param question the question, its subjects widened to every side the verdict weighs
     * @param named    the entities the question itself named (a yes/no question is about the first: "Yes." or "Not really.")
     * @param usingBoth whether the quotes leading a two-winner answer are the rule on using both's
     * @param leading   the passages of the quotes leading a two-winner answer (its sentence points at them)
     * @param besideOnly the passages cited for the need beside the verdict alone ({@link Judgement#beside}):
     *                  the main verdict's sentence never points at them, their own sentence does
     */
    static String of(Knowledge knowledge, UnderstoodQuestion question, List<String> named, Judgement judgement,
                     List<Citation> all, boolean usingBoth, java.util.Set<String> leading, java.util.Set<String> besideOnly) {
        List<Citation> citations = all.stream().filter(c -> !besideOnly.contains(c.passageId())).toList();
        List<Citation> beside = all.stream().filter(c -> besideOnly.contains(c.passageId())).toList();
        Verdict verdict = judgement.verdict();
        String aspect = question.aspect() == null ? "this" : question.aspect().label();
        StringBuilder text = new StringBuilder(verdict.summary()).append('\n');
        switch (verdict.kind()) {
            case FAVORS -> {
                String winner = knowledge.entityName(verdict.winner());
                // "Is Go faster than Rust?" asks about the first name it gives; "is python too slow for…?" asks
                // whether it falls short, which is "yes" when the other one is favored
                if (question.kind() == QuestionKind.YES_NO && !named.isEmpty()) {
                    boolean favored = named.get(0).equals(verdict.winner());
                    boolean yes = question.fallsShort() != favored;
                    text.append(yes ? "Yes. " : "Not really. ");
                }
                if (judgement.settledByCase()) {
                    text.append("On ").append(aspect).append(", the sources make it depend ").append(judgement.rule().summary())
                            .append(", and name ").append(winner).append(" for a case like this one")
                            .append(markers(citations, verdict.winner(), 1)).append('.');
                    break;
                }
                text.append("On ").append(aspect).append(", the sources favor ").append(winner).append(": ")
                        .append(supportSentence(knowledge, verdict, citations)).append('.');
                Judgement other = judgement.beside();
                String on = other == null ? null : " On " + knowledge.aspect(other.rule().aspect()).label();
                if (other != null && other.verdict().kind() == VerdictKind.CONTESTED) {
                    // the question's first need, outweighed: the sources weigh it both ways, and the answer says so,
                    // pointing at one quote of each side (or not at all when its quotes do not show both)
                    List<String> sides = List.copyOf(other.verdict().support().keySet());
                    String first = sides.size() == 2 ? markers(beside, sides.get(0), 1) : "";
                    String second = sides.size() == 2 ? markers(beside, sides.get(1), 1) : "";
                    if (!first.isEmpty() && !second.isEmpty()) {
                        text.append(on).append(", they disagree").append(first).append(second.strip()).append('.');
                    }
                } else if (other != null) {
                    String also = markers(beside, verdict.winner(), 2);
                    if (!also.isEmpty()) {
                        text.append(on).append(" too, they favor ").append(winner).append(also).append('.');
                    }
                }
            }
            case DEPENDS -> {
                if (!judgement.parts().isEmpty()) {
                    text.append(needsSentence(knowledge, judgement.parts(), citations, usingBoth, leading));
                    break;
                }
                String on = judgement.rule() == null ? "on the project" : judgement.rule().summary();
                text.append("The sources make it depend ").append(on)
                    .append(markers(citations, null, 1)).append(". ")
                    .append(sidesSentence(knowledge, verdict, citations));
            }
            case CONTESTED -> text.append("The sources disagree on ").append(aspect).append(": ")
                    .append(supportSentence(knowledge, verdict, citations)).append('.');
            case NONE -> text.append("Here is what the sources say").append(markers(citations, null, 3)).append('.');
        }
        if (question.inherited()) {
            text.append("\n(Still about ").append(names(knowledge, question.subjects())).append(".)");
        }
        text.append(backgroundNote(knowledge, question));
        return text.toString().strip();
    }

    /**
     * "we love Elixir… which should we use?", "our old site is PHP… when did Node come out?": a verdict or a fact
     * about the knowledge's technologies says it leaves out those named only in the background; empty otherwise.
     */
    static String backgroundNote(Knowledge knowledge, UnderstoodQuestion question) {
        return question.background().isEmpty() ? "" : "\n(My sources say nothing about " + String.join(" or ", question.background())
                + ": this answer is about " + names(knowledge, question.subjects()) + ".)";
    }

    /**
     * A fact's values with the sources behind each: "The sources disagree: 2 sources say 1991 [1][2];
     * 1 source says December 1989 [3]." The values are the knowledge author's; the quotes carry the evidence.
     */
    static String fact(Fact fact, String title, List<List<Integer>> claimPassages, List<Passage> passages,
                       List<Citation> citations) {
        List<String> values = new java.util.ArrayList<>();
        for (int i = 0; i < fact.claims().size(); i++) {
            Claim claim = fact.claims().get(i);
            java.util.Set<String> ids = new java.util.HashSet<>();
            claimPassages.get(i).forEach(o -> ids.add(passages.get(o).id()));
            StringBuilder markers = new StringBuilder();
            for (Citation citation : citations) {
                if (ids.contains(citation.passageId())) {
                    markers.append(markers.isEmpty() ? " " : "").append('[').append(citation.n()).append(']');
                }
            }
            int sources = claim.sources().size();
            values.add((fact.disputed() ? (sources == 1 ? "1 source says " : sources + " sources say ") : "")
                    + claim.value() + markers);
        }
        String said = fact.disputed()
                ? "The sources disagree: " + String.join("; ", values) + "."
                : "The sources say: " + values.get(0) + ".";
        return title + "\n" + said;
    }

    /**
     * "It depends on which need weighs more: for real-time apps (…) the sources favor Node.js [3][5]; for machine
     * learning and AI, Python [4][6]. On using both, each for its part, see [1][2]."
     */
    private static String needsSentence(Knowledge knowledge, List<Judgement> needs, List<Citation> citations, boolean usingBoth,
                                        java.util.Set<String> leading) {
        StringBuilder out = new StringBuilder("It depends on which need weighs more: for ");
        for (int i = 0; i < needs.size(); i++) {
            String winner = needs.get(i).verdict().winner();
            out.append(i == 0 ? "" : "; for ").append(knowledge.aspect(needs.get(i).rule().aspect()).label())
                    .append(i == 0 ? " the sources favor " : ", ")
                    .append(knowledge.entityName(winner)).append(markers(citations, winner, 2));
        }
        out.append('.');
        String neutral = citations.stream().filter(c -> leading.contains(c.passageId()))
                .map(c -> "[" + c.n() + "]").collect(Collectors.joining());
        if (!neutral.isEmpty()) {
            out.append(usingBoth ? " On using both, each for its part, see " : " On the choice itself, see ").append(neutral).append('.');
        }
        return out.toString();
    }

    /** "5 sources back Node.js [1][3]; 1 backs Python [2]". */
    private static String supportSentence(Knowledge knowledge, Verdict verdict, List<Citation> citations) {
        return verdict.support().entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .map(e -> count(e.getValue()) + " " + knowledge.entityName(e.getKey()) + markers(citations, e.getKey(), 2))
                .collect(Collectors.joining("; "));
    }

    private static String sidesSentence(Knowledge knowledge, Verdict verdict, List<Citation> citations) {
        String sides = supportSentence(knowledge, verdict, citations);
        return sides.isEmpty() ? "" : "Sided quotes: " + sides + ".";
    }

    private static String count(int sources) {
        return sources == 1 ? "1 source backs" : sources + " sources back";
    }

    /** "[1][3]": up to {@code max} citations of a side (any citation when side is null). */
    private static String markers(List<Citation> citations, String side, int max) {
        StringBuilder out = new StringBuilder();
        int shown = 0;
        for (Citation citation : citations) {
            if (shown < max && (side == null || side.equals(citation.side()))) {
                out.append(shown == 0 ? " " : "").append('[').append(citation.n()).append(']');
                shown++;
            }
        }
        return out.toString();
    }

    /** What to say when the sources cannot answer: why not, and what Stackbot does know. */
    static String refusal(Knowledge knowledge, UnderstoodQuestion question) {
        String entities = names(knowledge, knowledge.entities().stream().map(Entity::id).toList());
        String aspects = knowledge.aspects().stream().filter(a -> !a.fallback()).limit(8).map(Aspect::label)
                .collect(Collectors.joining(", "));
        String scope = "I answer from my sources about " + entities + ": " + aspects + ", and more.";
        String example = example(knowledge);
        return switch (question.coverage()) {
            case EMPTY -> "Ask me a question about " + entities + ".\n" + scope + "\n" + example;
            case WITHIN_ONE -> "My sources weigh " + entities + " against each other, not " + question.withinOne().get(0)
                    + " against " + question.withinOne().get(1) + ", so I won't guess.\n" + scope + "\n" + example;
            case FOREIGN -> nothingAbout(question.foreign().stream()) + scope + "\n" + example;
            case UNKNOWN_THING -> nothingAbout(question.foreign().stream().map(w -> "\u201c" + w + "\u201d")) + scope + "\n" + example;
            default -> "That is outside what my sources cover, so I won't guess.\n" + scope + "\n" + example;
        };
    }

    /** Names a refusal repeats at most: a message of seventy "what X?" gets no seventy-word reply. */
    private static final int MAX_NAMED = 3;

    /** "My sources say nothing about X or Y, so I won't guess.", the names each once and a few at most. */
    private static String nothingAbout(java.util.stream.Stream<String> names) {
        return "My sources say nothing about " + names.distinct().limit(MAX_NAMED).collect(Collectors.joining(" or "))
                + ", so I won't guess.\n";
    }

    /** An example question built from the knowledge itself, so it holds for any technology pair. */
    private static String example(Knowledge knowledge) {
        if (knowledge.rules().isEmpty()) {
            return "Try: \"what is " + knowledge.entities().get(0).name() + "?\"";
        }
        var rule = knowledge.rules().get(0);
        List<String> pair = rule.between();
        return "Try: \"" + knowledge.entityName(pair.get(0)) + " or " + knowledge.entityName(pair.get(1)) + " for "
                + knowledge.aspect(rule.aspect()).label() + "?\"";
    }

    static String names(Knowledge knowledge, List<String> ids) {
        List<String> names = ids.stream().map(knowledge::entityName).toList();
        if (names.size() <= 1) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

}
