package dev.stackbot.question;

import java.util.Locale;

/** What sort of answer a question asks for; only choices and yes/no comparisons get a verdict. */
public enum QuestionKind {
    /** "Which is better for X?", "node vs python for chat". */
    CHOICE,
    /** "Is Node faster than Python?", "Is Python good for data analysis?". */
    YES_NO,
    /** "How many requests per second can Django handle?". */
    FACT,
    /** "What is npm?". */
    DEFINITION,
    /** "Why is Python slower than Node?". */
    EXPLANATION;

    /** Whether the rules judge this kind of question. */
    public boolean wantsVerdict() {
        return this == CHOICE || this == YES_NO;
    }

    public String wire() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
