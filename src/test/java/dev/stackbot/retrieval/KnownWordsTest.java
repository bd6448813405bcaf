package dev.stackbot.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackbot.Fixtures;
import dev.stackbot.answer.KnowledgeSnapshot;
import dev.stackbot.answer.SnapshotBuilder;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The share of a question's words the fixture knows")
final class KnownWordsTest {

    private static final KnowledgeSnapshot SNAPSHOT = new SnapshotBuilder().build(Fixtures.FIXTURE);

    private static double share(String question) {
        return SNAPSHOT.knownWords().share(SNAPSHOT.reader().read(question, List.of()));
    }

    @Test
    @DisplayName("words no passage uses are unknown; words the passages use, or that signal an aspect, are known")
    void knownAndUnknown() {
        assertThat(share("pizza toppings")).isZero();
        assertThat(share("goroutines")).isEqualTo(1.0);
        assertThat(share("goroutines pizza")).isEqualTo(0.5);
    }

    @Test
    @DisplayName("a question of form words only leaves nothing unknown")
    void nothingToKnow() {
        assertThat(share("which one would you pick?")).isEqualTo(1.0);
    }

    @Test
    @DisplayName("a thing asked for is unknown unless a passage uses it, a typo or abbreviation of it, or the facts' phrases do")
    void unknownAsked() {
        KnownWords known = SNAPSHOT.knownWords();
        assertThat(known.unknownAsked(List.of("pizza"), word -> false)).containsExactly("pizza");
        assertThat(known.unknownAsked(List.of("goroutines"), word -> false)).isEmpty();
        // a letter swapped, and the first letters of a word the passages use
        assertThat(known.unknownAsked(List.of("gorotuines"), word -> false)).isEmpty();
        assertThat(known.unknownAsked(List.of("gorout"), word -> false)).isEmpty();
        // the facts' own phrases know it; too short or not a word to tell
        assertThat(known.unknownAsked(List.of("pizza"), "pizza"::equals)).isEmpty();
        assertThat(known.unknownAsked(List.of("zq", "pizza42"), word -> false)).isEmpty();
    }

    private static boolean unknownOptions(String question) {
        return SNAPSHOT.knownWords().choosesUnknownOptions(SNAPSHOT.reader().choiceOptions(question));
    }

    @Test
    @DisplayName("a choice between two things no passage mentions is told apart from one between the sources' words")
    void unknownOptions() {
        assertThat(unknownOptions("which pizza is better, margherita or calzone?")).isTrue();
        assertThat(unknownOptions("pizza vs calzone")).isTrue();
        // one side the sources know, or a chat tail instead of a second option
        assertThat(unknownOptions("goroutines or calzone?")).isFalse();
        assertThat(unknownOptions("is calzone better or nah")).isFalse();
        // pointing at the pair makes the rest the criteria of the pair's choice
        assertThat(unknownOptions("which of the two is cheaper, calzone vs margherita?")).isFalse();
        assertThat(unknownOptions("calzone and margherita")).isFalse();
    }

    @Test
    @DisplayName("what a question opening with 'which' chooses stands after it: a thing no passage mentions is another choice")
    void whichChoosesUnknown() {
        assertThat(unknownOptions("which laptop is best for photo editing?")).isTrue();
        assertThat(unknownOptions("ok so which calzone would you order?")).isTrue();
        // inside a clause "which" chooses nothing; a short word after it may be a chat abbreviation
        assertThat(unknownOptions("a service that predicts which deliveries will be late")).isFalse();
        assertThat(unknownOptions("which lib is best?")).isFalse();
        assertThat(unknownOptions("which one is best?")).isFalse();
    }
}
