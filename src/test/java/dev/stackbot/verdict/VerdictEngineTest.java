package dev.stackbot.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackbot.Fixtures;
import dev.stackbot.knowledge.Knowledge;
import dev.stackbot.knowledge.KnowledgeLoader;
import dev.stackbot.question.QuestionReader;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Verdicts from the fixture's rules")
final class VerdictEngineTest {

    private static final Knowledge KNOWLEDGE = new KnowledgeLoader().load(Fixtures.FIXTURE);
    private static final QuestionReader READER = new QuestionReader(KNOWLEDGE);
    private static final VerdictEngine ENGINE = new VerdictEngine(KNOWLEDGE);

    private static Judgement judge(String question) {
        return ENGINE.judge(READER.read(question, List.of()));
    }

    @Test
    @DisplayName("favors names the winner and counts distinct sources per side, named entity first")
    void favors() {
        Verdict verdict = judge("is go faster than rust?").verdict();

        assertThat(verdict.kind()).isEqualTo(VerdictKind.FAVORS);
        assertThat(verdict.winner()).isEqualTo("rust");
        assertThat(verdict.summary()).isEqualTo("Rust \u2014 for raw speed");
        assertThat(verdict.rule()).isEqualTo("speed");
        assertThat(verdict.support()).containsExactly(java.util.Map.entry("go", 1), java.util.Map.entry("rust", 2));
    }

    @Test
    @DisplayName("contested when the sources take both sides")
    void contested() {
        Judgement judgement = judge("which is better for concurrency?");

        assertThat(judgement.verdict().kind()).isEqualTo(VerdictKind.CONTESTED);
        assertThat(judgement.verdict().winner()).isNull();
        assertThat(judgement.subjects()).containsExactly("go", "rust");
    }

    @Test
    @DisplayName("none for a question of fact, and for an aspect without a rule")
    void none() {
        assertThat(judge("how does rust handle concurrency?").verdict().kind()).isEqualTo(VerdictKind.NONE);
        assertThat(judge("which is better overall, go or rust?").verdict().kind()).isEqualTo(VerdictKind.NONE);
        assertThat(judge("which is better overall, go or rust?").verdict().summary())
                .isEqualTo("No verdict \u2014 the sources take no side on an overall choice");
    }

    @Test
    @DisplayName("another aspect the words signal, favoring the same winner, is kept beside the verdict; one favoring the other is not")
    void beside() {
        Knowledge shipped = new KnowledgeLoader().load(Fixtures.SHIPPED);
        var question = new QuestionReader(shipped).read("is python too slow for a websocket server?", List.of());
        Judgement judgement = new VerdictEngine(shipped).judge(question, List.of());

        assertThat(judgement.verdict().winner()).isEqualTo("nodejs");
        assertThat(judgement.rule().aspect()).isEqualTo("performance");
        assertThat(judgement.beside()).isNotNull();
        assertThat(judgement.beside().rule().aspect()).isEqualTo("real-time");
        assertThat(judgement.beside().verdict().winner()).isEqualTo("nodejs");

        // speed on its own favors Node.js and machine learning Python: with performance the question's need, the
        // first other signalled aspect favors Python, and a later one agreeing with Node.js is not picked instead
        var mixed = new QuestionReader(shipped).read("node or python for an ML api that must be fast?", List.of());
        assertThat(mixed.signalled()).extracting(a -> a.id()).contains("machine-learning", "performance");
        Judgement oneSided = new VerdictEngine(shipped).judge(mixed, List.of(shipped.aspect("performance")));
        assertThat(oneSided.verdict().winner()).isEqualTo("nodejs");
        assertThat(oneSided.beside()).isNull();

        // speed favors Rust, learning Go: whichever leads, the other does not agree with it
        var both = READER.read("is rust faster, and easier to learn?", List.of());
        assertThat(both.signalled()).extracting(a -> a.id()).contains("performance", "learning-curve");
        Judgement split = ENGINE.judge(both, List.of());
        assertThat(split.verdict().kind()).isEqualTo(VerdictKind.FAVORS);
        assertThat(split.beside()).isNull();
    }

    @Test
    @DisplayName("a first need the sources disagree on gives way to a second they favor one side for, and is kept beside it")
    void contestedNeedOutweighed() {
        var question = READER.read("which of them for a concurrent service that must be fast?", List.of());
        Judgement judgement = ENGINE.judge(question, List.of(KNOWLEDGE.aspect("concurrency"), KNOWLEDGE.aspect("performance")));

        assertThat(judgement.verdict().kind()).isEqualTo(VerdictKind.FAVORS);
        assertThat(judgement.verdict().winner()).isEqualTo("rust");
        assertThat(judgement.rule().id()).isEqualTo("speed");
        assertThat(judgement.beside()).isNotNull();
        assertThat(judgement.beside().verdict().kind()).isEqualTo(VerdictKind.CONTESTED);
        assertThat(judgement.beside().rule().id()).isEqualTo("concurrency");

        // a question asking whether the sources agree gets the disagreement, not the other need's verdict
        var doubting = READER.read("do the sources agree on concurrency, for a service that must be fast?", List.of());
        assertThat(doubting.asksAgreement()).isTrue();
        Judgement kept = ENGINE.judge(doubting, List.of(KNOWLEDGE.aspect("concurrency"), KNOWLEDGE.aspect("performance")));
        assertThat(kept.verdict().kind()).isEqualTo(VerdictKind.CONTESTED);
        assertThat(kept.rule().id()).isEqualTo("concurrency");

        // asked whether they agree, a settled first need keeps the verdict with the contested second cited beside it
        Judgement askedBeside = ENGINE.judge(doubting, List.of(KNOWLEDGE.aspect("performance"), KNOWLEDGE.aspect("concurrency")));
        assertThat(askedBeside.rule().id()).isEqualTo("speed");
        assertThat(askedBeside.beside().rule().id()).isEqualTo("concurrency");

        // a first need the sources favor one side for keeps the verdict; a contested second need is not cited
        Judgement first = ENGINE.judge(question, List.of(KNOWLEDGE.aspect("performance"), KNOWLEDGE.aspect("concurrency")));
        assertThat(first.rule().id()).isEqualTo("speed");
        assertThat(first.beside()).isNull();
    }
}
