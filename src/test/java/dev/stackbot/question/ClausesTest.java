package dev.stackbot.question;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Clauses: what a message sets aside and what it says matters most")
final class ClausesTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "We track orders. Nobody is asking for screens that update instantly. Which one?|screens",
            "Only staff use it, so lots of visitors is not an issue. Which one?|visitors",
            "Lots of visitors isn't a concern for us. Which one?|visitors",
            "The game client is Unity and matchmaking is already handled by a third party. Which one?|matchmaking",
            "Management wants a live screen someday but that can wait. Which one?|live screen",
            "Live positions on a map would be nice, but that can wait. Which one?|Live positions",
            "We need live chat and scaling is not a concern. Which one?|scaling",
            "We need live chat, the analytics part is not a priority, which one for the site?|analytics",
            // in one sentence with the choice it asks
            "ml can wait, node or python for a chat app?|ml",
            "nobody is asking for ml, node or python for a chat app?|ml",
            "Scaling is not a concern, which one?|Scaling",
            // the asker's own opinion is a statement
            "I think scaling is not a concern. Which one?|scaling",
            // two things named together are both set aside
            "Nobody is asking for chat and live notifications. Which one?|live notifications",
            "Chat and video are not a priority. Which one?|Chat",
            "The client's dashboard and live chat are not a priority. Which one?|dashboard",
            "Page view counts and charts are not a priority. Which one?|Page view",
            "Nobody is asking for live chat and screens that are updating live. Which one?|screens",
            "Realtime is not our top priority. Which one?|Realtime",
            // a later clause that asks the choice is no tag
            "Scaling is not a concern, which one for a chat app?|Scaling",
            // what others say, in a clause that turns from it, or far before; a condition of another clause
            "my friend says node is great, but machine learning is not a priority, node or python for chat?|machine learning",
            "the UI feels slow and machine learning is not a priority, node or python for chat?|machine learning",
            "we're building a chat app that must work even if the network drops, and machine learning is not a priority. Which one?|machine learning",
            "I really think machine learning is not a priority. Which one?|machine learning"})
    @DisplayName("sets aside what nobody asks for, what is no concern, what is handled and what can wait")
    void setsAside(String message, String word) {
        Clauses clauses = Clauses.of(message);

        assertThat(clauses.setAside(message.indexOf(word))).isTrue();
        assertThat(clauses.needed()).doesNotContain(word);
    }

    @ParameterizedTest(name = "{0} → keeps {1}")
    @CsvSource(delimiter = '|', value = {
            // what people know is who asks, not a need set aside
            "All of us came from front-end work and nobody has written Python professionally.|front-end",
            "All of us came from front-end work and nobody has written Python professionally.|Python",
            // a condition, not a need set aside
            "We dont want to learn a new language if not necessary.|learn",
            // a question sets nothing aside
            "Isn't a slow language a problem for a busy API?|slow",
            // only what the set-aside clause is about: the clause before "but that can wait" keeps the one before it
            "We need live positions on a map. Management wants reports someday but that can wait. Which one?|live positions",
            // a tag asks whether the statement is true
            "ml can wait, right?|ml",
            "Scaling is not a concern, is it?|Scaling",
            // what others say, or a condition, before what is set aside in its sentence
            "My friend says scaling is not a concern. Which one?|scaling",
            "My CTO thinks scaling is not a concern. Node or python for a chat app?|scaling",
            "My friend says, scaling is not a concern. Which one?|scaling",
            "If it takes off, scaling is not a concern. Which one?|scaling",
            // a condition after it is no part of what is set aside
            "Scaling isn't a concern as long as it's cheap. Which one?|cheap",
            // a statement of its own after "and"
            "We don't care about scale and the team knows python. Which one?|the team knows",
            // tags
            "Scaling is not a concern, is that right? Node or python for a chat app?|Scaling",
            "Scaling is not a concern, isn't that so? Node or python?|Scaling",
            "Scaling is not a concern, yes or no?|Scaling",
            // a statement of its own after the joining word
            "Nobody asks for ml and we need live chat. Which one?|live chat",
            // a condition in the words before, in the same clause
            "We can go with anything if speed isn't a problem. Which one?|speed"})
    @DisplayName("keeps what is not set aside")
    void keeps(String message, String word) {
        Clauses clauses = Clauses.of(message);

        assertThat(clauses.setAside(message.indexOf(word))).isFalse();
        assertThat(clauses.needed()).contains(word);
    }

    @Test
    @DisplayName("the whole message is its needed part when it sets nothing aside, or nothing else")
    void neededWhole() {
        assertThat(Clauses.of("node or python for a chat app?").needed()).isEqualTo("node or python for a chat app?");
        assertThat(Clauses.of("that can wait").needed()).isEqualTo("that can wait");
        assertThat(Clauses.of("").needed()).isEmpty();
        assertThat(Clauses.of(null).weighs()).isFalse();
    }

    @Test
    @DisplayName("what matters most states the main need; a question about it does not")
    void mainNeed() {
        String message = "Our gate staff use tablets. What matters most is that every screen shows a move right away. Node or Python?";
        Clauses clauses = Clauses.of(message);

        assertThat(clauses.main(message.indexOf("every screen"))).isTrue();
        assertThat(clauses.main(message.indexOf("tablets"))).isFalse();
        assertThat(clauses.mainNeed()).isEqualTo("What matters most is that every screen shows a move right away");
        assertThat(Clauses.of("What we need now is an analytics backend.").mainNeed()).isNotNull();
        assertThat(Clauses.of("what matters most for an api?").mainNeed()).isNull();
        // "the first thing" or "the one thing" is no need named
        assertThat(Clauses.of("Python is the first thing I learned, node or python for a chat app?").mainNeed()).isNull();
        assertThat(Clauses.of("Scaling is the one thing we won't need. Which one?").mainNeed()).isNull();
        // the main need named after what it is
        assertThat(Clauses.of("Live chat is our top priority. Which one?").mainNeed()).isEqualTo("Live chat is our top priority");
        assertThat(Clauses.of("Speed is the key requirement. Which one?").mainNeed()).isNotNull();
        // background that happens to say "first thing" states no need
        assertThat(Clauses.of("The first thing I did was read a blog post. We need realtime chat.").mainNeed()).isNull();
    }

    @Test
    @DisplayName("tells the clause that asks from the context around it; a tag asks nothing")
    void asks() {
        String message = "node callbacks look like spaghetti to me, is py easier to debug? We are a small shop, right?";
        Clauses clauses = Clauses.of(message);

        assertThat(clauses.asks(message.indexOf("callbacks"))).isFalse();
        assertThat(clauses.asks(message.indexOf("easier"))).isTrue();
        assertThat(clauses.asks(message.indexOf("small shop"))).isFalse();
        assertThat(clauses.asks(message.indexOf("right"))).isFalse();
        assertThat(clauses.weighs()).isFalse();
        // nothing set aside: every word counts as it is, and the meaning is the whole message
        assertThat(clauses.needed()).isEqualTo(message);
        assertThat(clauses.setAside(message.indexOf("callbacks"))).isFalse();
        assertThat(clauses.mainNeed()).isNull();
        // its "?" left out at the end; a relative "which" in context; an opening lead-in
        String unmarked = "node callbacks confuse me, which is better for debugging";
        assertThat(Clauses.of(unmarked).asks(unmarked.indexOf("better"))).isTrue();
        String relative = "a model which predicts churn, node or python?";
        assertThat(Clauses.of(relative).asks(relative.indexOf("predicts"))).isFalse();
        assertThat(Clauses.of(relative).asks(relative.indexOf("python"))).isTrue();
        String leadIn = "ok so, is node fast for chat?";
        assertThat(Clauses.of(leadIn).asks(leadIn.indexOf("fast"))).isTrue();
    }

    @Test
    @DisplayName("what is kept for the meaning has no mark or joining word left dangling")
    void neededTidy() {
        assertThat(Clauses.of("ml can wait, node or python for a chat app?").needed()).isEqualTo("node or python for a chat app?");
        assertThat(Clauses.of("We need live chat and scaling is not a concern. Which one?").needed())
                .isEqualTo("We need live chat. Which one?");
    }

    @Test
    @DisplayName("reads a message of many clauses, or of many joins, each stretch a bounded number of times")
    void manyClauses() {
        String message = "nobody needs it, ".repeat(20_000) + "which one?";
        String joined = "a and ".repeat(20_000) + "is not a concern, which one?";

        Clauses clauses = Clauses.of(message);

        assertThat(clauses.setAside(0)).isTrue();
        assertThat(clauses.setAside(message.length() - 3)).isFalse();
        // many joins in one clause, none of them before a statement: all of it is set aside
        assertThat(Clauses.of(joined).setAside(0)).isTrue();
    }
}
