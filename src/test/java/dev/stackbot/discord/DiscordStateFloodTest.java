package dev.stackbot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackbot.Fixtures;
import dev.stackbot.Heap;
import dev.stackbot.answer.Answer;
import dev.stackbot.answer.AskService;
import dev.stackbot.answer.LiveKnowledge;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@DisplayName("Bounded memory: a flood of distinct users keeps the bot's per-user state within bounds")
final class DiscordStateFloodTest {

    private static final int USERS = 100_000;
    /** Far below the 512 MB heap target; an unbounded store of 100,000 answers alone would need more. */
    private static final long ALLOWED_GROWTH = 96L * 1024 * 1024;

    @Test
    @Timeout(value = 90, unit = TimeUnit.SECONDS)
    @DisplayName("100,000 users asking once each: cooldowns, conversations and stored answers stay bounded")
    void floodOfUsers() throws Exception {
        // given the bot's standard state holders and an answer with citations to store
        Cooldown cooldown = Cooldown.standard();
        ConversationMemory memory = ConversationMemory.standard();
        AnswerStore store = AnswerStore.standard();
        Answer answer = new AskService(LiveKnowledge.open(Fixtures.FIXTURE)).ask("is rust faster than go?");
        long before = Heap.usedAfterGc();

        // when every user asks once, in a channel of their own, and each answer is stored for its buttons
        for (long user = 1; user <= USERS; user++) {
            assertThat(cooldown.tryAcquire(user).allowed()).isTrue();
            memory.remember(user, user, List.of("go", "rust"));
            store.put(new Answer("question " + user, true, answer.subjects(), answer.subjectNames(), answer.aspect(),
                    answer.aspectLabel(), answer.questionKind(), answer.verdict(), answer.citations(),
                    answer.text() + " " + user, answer.knowledgeVersion()));
        }

        // then the heap grew by no more than the bounds allow, and the state still works
        long growth = Heap.usedAfterGc() - before;
        assertThat(growth).as("retained growth in bytes").isLessThan(ALLOWED_GROWTH);
        assertThat(memory.previous(USERS, USERS)).containsExactly("go", "rust");
    }
}
