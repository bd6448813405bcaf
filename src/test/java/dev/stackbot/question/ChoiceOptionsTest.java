package dev.stackbot.question;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The things a question offers to choose between")
final class ChoiceOptionsTest {

    @Test
    @DisplayName("both sides of an 'or' or 'vs', and what an opening 'which' chooses, lead-ins aside")
    void offered() {
        assertThat(ChoiceOptions.of("grow my shop fast, tiktok or reddit?")).containsExactly(List.of("tiktok", "reddit"));
        assertThat(ChoiceOptions.of("for logs: postgres vs mongo?")).containsExactly(List.of("postgres", "mongo"));
        assertThat(ChoiceOptions.of("unity or godot for a 2d platformer")).containsExactly(List.of("unity", "godot"));
        assertThat(ChoiceOptions.of("Ryzen 7 or Intel i7, which is faster?")).containsExactly(List.of("7", "Intel"));
        assertThat(ChoiceOptions.of("ok so which laptop is best?")).containsExactly(List.of("laptop"));
        assertThat(ChoiceOptions.of("a quick one: which keyboard do you use?")).containsExactly(List.of("keyboard"));
    }

    @Test
    @DisplayName("nothing when the question points at the pair, as typed too, or when the words are its form")
    void notOffered() {
        assertThat(ChoiceOptions.of("which of the two is cheaper, server bill vs dev hours?")).isEmpty();
        assertThat(ChoiceOptions.of("whch 1 is cheaper, server bill vs dev hours?")).isEmpty();
        assertThat(ChoiceOptions.of("is it less of a pain or nah")).isEmpty();
        assertThat(ChoiceOptions.of("a model that predicts which deliveries will be late")).isEmpty();
        assertThat(ChoiceOptions.of("which lib is best?")).isEmpty();
        assertThat(ChoiceOptions.of("is this better or worse?")).isEmpty();
        // an "or" inside a description joins two things of it; the options of a choice close the question
        assertThat(ChoiceOptions.of("we bake sourdough or rye loaves to order, what should the backend be?")).isEmpty();
    }
}
