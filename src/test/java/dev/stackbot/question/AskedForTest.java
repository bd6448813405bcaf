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
        // qualifiers are stepped past, never the thing: "the newest version" asks for a version
        assertThat(SHIPPED.askedFor("What's the typical salary for a Python developer?")).containsExactly("salary");
        assertThat(SHIPPED.askedFor("what's the newest version of node?")).containsExactly("version");
        assertThat(SHIPPED.askedFor("what kinds of licences does node have?")).containsExactly("licences");
        // a general word says nothing of what is asked for
        assertThat(SHIPPED.askedFor("what's the main reason teams pick node?")).isEmpty();
        assertThat(SHIPPED.askedFor("ok so what kind of licence does node have")).containsExactly("licence");
        assertThat(SHIPPED.askedFor("We use Flask. Which database pairs best with it?")).containsExactly("database");
    }

    @Test
    @DisplayName("what 'how long/much/many' measures: a thing, or the clause up to its end")
    void measured() {
        assertThat(SHIPPED.askedFor("how many companies run node?")).containsExactly("companies");
        assertThat(SHIPPED.askedFor("How long is a Node.js LTS release supported before we upgrade?"))
                .containsExactly("LTS", "release", "supported");
        // up to the verb or preposition after what it measures: the boot and the container are what it takes
        assertThat(SHIPPED.askedFor("how long does a node server take to boot on a cold container?")).containsExactly("server");
    }

    @Test
    @DisplayName("only words that can be read for what they name: English words and acronyms, not chat spellings")
    void readableWords() {
        assertThat(SHIPPED.askedFor("how many ppl use node?")).isEmpty();
        assertThat(SHIPPED.askedFor("what ORM works with node?")).containsExactly("ORM");
        // in a message typed in capitals, capitals make no acronym
        assertThat(SHIPPED.askedFor("HOW MANY PPL USE NODE?")).isEmpty();
        assertThat(SHIPPED.askedFor("WHAT LICENCE IS NODE UNDER?")).containsExactly("LICENCE");
        assertThat(SHIPPED.askedFor("what BLORPTASTIC is there?")).isEmpty();
    }

    @Test
    @DisplayName("each thing once, however often it is asked for")
    void once() {
        assertThat(SHIPPED.askedFor("what licence? what Licence is node under?")).containsExactly("licence");
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
