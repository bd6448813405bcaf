package dev.stackbot.question;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackbot.knowledge.KnowledgeLoader;
import dev.stackbot.Fixtures;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("What a question asks for by name")
final class AskedForTest {

    private static final QuestionReader SHIPPED = new QuestionReader(new KnowledgeLoader().load(Fixtures.SHIPPED));

    @Test
    @DisplayName("the thing after an opening 'what' or 'which', after its qualifiers, the names left out")
    void thingAfterWhat() {
        assertThat(SHIPPED.askedFor("What licence is Node.js released under?")).containsExactly("licence");
        assertThat(SHIPPED.askedFor("What's the typical salary for a Python developer?")).containsExactly("typical", "salary");
        assertThat(SHIPPED.askedFor("ok so what kind of licence does node have")).containsExactly("licence");
        assertThat(SHIPPED.askedFor("We use Flask. Which database pairs best with it?")).containsExactly("database");
    }

    @Test
    @DisplayName("what 'how long/much/many' measures: a thing, or the clause up to its end")
    void measured() {
        assertThat(SHIPPED.askedFor("how many companies run node?")).containsExactly("companies");
        assertThat(SHIPPED.askedFor("How long is a Node.js LTS release supported before we upgrade?"))
                .containsExactly("LTS", "release", "supported");
    }

    @Test
    @DisplayName("only words that can be read for what they name: English words and acronyms, not chat spellings")
    void readableWords() {
        assertThat(SHIPPED.askedFor("how many ppl use node?")).isEmpty();
        assertThat(SHIPPED.askedFor("what ORM works with node?")).containsExactly("ORM");
    }

    @Test
    @DisplayName("nothing when no thing is named: a form word first, the pair, a relative 'which', a name")
    void nothingAsked() {
        assertThat(SHIPPED.askedFor("what should we use for the backend?")).isEmpty();
        assertThat(SHIPPED.askedFor("which of the two is cheaper to host?")).isEmpty();
        assertThat(SHIPPED.askedFor("it crunches numbers all night, which is pure CPU work. node or python?")).isEmpty();
        assertThat(SHIPPED.askedFor("which python framework is best?")).isEmpty();
        assertThat(SHIPPED.askedFor("a model that predicts what stock we need")).isEmpty();
        // a sentence that describes, not the one that asks
        assertThat(SHIPPED.askedFor("My notes say how long each visit took. Which backend would you go with?")).isEmpty();
    }
}
