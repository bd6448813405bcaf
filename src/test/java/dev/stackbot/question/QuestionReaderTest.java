package dev.stackbot.question;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackbot.Fixtures;
import dev.stackbot.knowledge.Aspect;
import dev.stackbot.knowledge.KnowledgeLoader;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Reading a question: entities, aspect, kind and coverage")
final class QuestionReaderTest {

    private static final QuestionReader SHIPPED = new QuestionReader(new KnowledgeLoader().load(Fixtures.SHIPPED));
    private static final QuestionReader FIXTURE = new QuestionReader(new KnowledgeLoader().load(Fixtures.FIXTURE));

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "Is Node.js faster than Python?|nodejs python",
            "nodejs or python|nodejs python",
            "node js vs py|nodejs python",
            "is Express good for APIs?|nodejs",
            "pyhton vs noode|python nodejs",
            "pythn or nodjs for chat|python nodejs",
            "which has cleaner code?|''",
            "FastAPI vs NestJS|python nodejs",
            "noxde or python|python",
            "the ring has five nodes and one node lags behind|''",
            "node vs python on a cluster of 3 nodes|nodejs python",
            "how big do pythons get? is a python ok as a first pet|''",
            "node services on three hosts, or python?|nodejs python"})
    @DisplayName("finds entities by alias and misspelling, never a common word nor a name the question pluralizes")
    void entities(String question, String expected) {
        List<String> want = expected.isBlank() ? List.of() : List.of(expected.split(" "));

        assertThat(SHIPPED.read(question, List.of()).subjects()).containsExactlyElementsOf(want);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "pyhton for a group chat thing?|Python for a group chat thing?",
            "nod or pythn, which one for msgs?|nod or Python, which one for msgs?",
            "tryna build it in djnago or noode.js|tryna build it in Django or Node.js",
            "Node.js or Python for chat?|Node.js or Python for chat?",
            "the ring has one noode that lags|the ring has one Node that lags"})
    @DisplayName("spells a misspelt name out as the name for the model, and nothing else (chat spellings stay)")
    void spelledOut(String question, String expected) {
        assertThat(SHIPPED.spelledOut(question)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "Which one scales better?|scalability",
            "Is Python good for machine learning?|machine-learning",
            "Which is easier for someone new to coding?|learning-curve",
            "node vs python for a realtime chat app|real-time",
            "Is Node faster for APIs?|performance",
            "Which is better overall, Node or Python?|general",
            "node or python?|general",
            "we need a model that predicts churn, node or python?|machine-learning",
            "a service doing sentiment analysis on every review: node or python?|machine-learning",
            "is node's performance predictable under load?|performance",
            "what's the threading model of node, and is it async?|concurrency",
            "for a really big, long-lived codebase, is node or python the safer bet?|project-size",
            "a fleet map where every truck's dot moves the moment it reports, node or python?|real-time",
            "wanna lern backend stuff, py or node?|learning-curve",
            "we are splitting the app into microsrvices, node or py?|apis",
            "every night a job should email me a summary of the day's orders, node or python?|scripting",
            "a bot that visits ten supplier websites and copies their prices, node or python?|scripting",
            "a web app where volunteers add events and delete the old ones, which of the two?|crud-apps",
            "staff edit and remove member records through a few forms: node or py?|crud-apps",
            "the till screens must change the second someone pays, node or python?|real-time",
            "each kiosk shows new orders instantly, which of the two?|real-time",
            "the board should refresh the instant a runner finishes, node or python?|real-time",
            "we'd deploy it all as cloud functions, which of the two?|apis",
            "riders upload a picture of their bike and the server works out which part is worn, node or python?|machine-learning",
            "owners follow the walker moving on a map during the walk: which of the two?|real-time",
            "a regatta page with every boat's position updating live, node or python?|real-time",
            "which holds up when thousands of people are connected at the same moment?|concurrency",
            "a group chat where hundreds of fans are connected at once, node or python?|real-time",
            "a system that learns from our past bookings which rooms sell out, node or py?|machine-learning",
            "flag which tenants are likely to pay late, from ten years of records: node or python?|machine-learning",
            "we also want a model that estimates a fair price from past jobs, node or python?|machine-learning",
            "our only developer knows JavaScript well and nothing else, node or python?|frontend",
            "which has more libraries, node or python?|ecosystem",
            "our podcast app wants auto tagging of episodes with some ai model, node or python?|machine-learning",
            "I have never programmed anything in my life, which should I start with, node or python?|learning-curve",
            "an engine that suggests episodes based on what each listener played, node or python?|machine-learning",
            "We'd love the system to learn from all that and guess next autumn's crop for each tree. Python or Node?|machine-learning",
            "I'm a total beginner learning from YouTube tutorials on my old machine, node or python?|learning-curve",
            "I'm a computer science student learning from online courses, should I start with node or python?|learning-curve",
            "The bootcamp program I'm learning from teaches JavaScript, which should I pick for backend?|learning-curve"})
    @DisplayName("finds the aspect, longer phrases first, the fallback for a bare comparison")
    void aspects(String question, String aspect) {
        assertThat(SHIPPED.read(question, List.of()).aspect().id()).isEqualTo(aspect);
    }

    @Test
    @DisplayName("a crowd beside a live need is signalled too, not the aspect; a map or a crowd alone in another sense is neither")
    void crowdsAndMaps() {
        // a model of how node works, an ORM's models and a colleague's suggestion are no machine learning
        for (String question : List.of("node uses a model that is event driven, is it better than python for a chat app?",
                "I need ORM models that map to Postgres tables, node or python?",
                "my lead suggests python based on his past experience, node or python for a REST API?",
                "node or python: which one detects file changes faster for hot reload?")) {
            assertThat(SHIPPED.read(question, List.of()).signalled()).as(question).extracting(Aspect::id)
                    .doesNotContain("machine-learning");
        }
        // on a tie, the clause that asks decides over the context before it
        assertThat(SHIPPED.read("node callbacks confuse me, which is better for debugging?", List.of()).aspect().id())
                .isEqualTo("error-handling");
        assertThat(SHIPPED.read("node callbacks confuse me, which is better for debugging", List.of()).aspect().id())
                .isEqualTo("error-handling");
        assertThat(SHIPPED.read("node callbacks confuse me, node or python for debugging?", List.of()).aspect().id())
                .isEqualTo("error-handling");
        // context that sets two things against each other asks nothing; "or both?" names no need
        assertThat(SHIPPED.read("we use react or vue for debugging screens, which has better callbacks?", List.of()).aspect().id())
                .isEqualTo("concurrency");
        assertThat(SHIPPED.read("sentiment analysis on reviews, node or python or both?", List.of()).aspect().id())
                .isEqualTo("machine-learning");
        // knowing JavaScript says who asks; a need stated beside it decides
        assertThat(SHIPPED.read("I know javascript, is node faster than python?", List.of()).aspect().id()).isEqualTo("performance");
        assertThat(SHIPPED.read("we know react and need a chat app, node or python?", List.of()).aspect().id()).isEqualTo("real-time");
        // nobody knowing a language is no team that knows it
        assertThat(SHIPPED.read("nobody knows JavaScript here, node or python?", List.of()).signalled())
                .extracting(Aspect::id).doesNotContain("frontend");
        // a word that merely starts like a signal is not it: a scalper does not scale
        assertThat(SHIPPED.read("a site that blocks scalper accounts, node or python?", List.of()).signalled())
                .extracting(Aspect::id).doesNotContain("scalability");
        assertThat(SHIPPED.read("a group chat where hundreds of fans are connected at once", List.of()).signalled())
                .extracting(a -> a.id()).containsSubsequence("real-time", "concurrency");
        assertThat(SHIPPED.read("we print a map of the store aisles for visitors", List.of()).signalled())
                .extracting(a -> a.id()).doesNotContain("real-time", "concurrency");
        assertThat(SHIPPED.read("should I learn node and python at the same time?", List.of()).signalled())
                .extracting(a -> a.id()).doesNotContain("concurrency");
    }

    @Test
    @DisplayName("a need the question rules out is not its aspect: 'nothing realtime', 'no ML', 'doesn't need to be fast'")
    void negatedSignals() {
        assertThat(SHIPPED.read("a booking site for a hotel, nothing realtime, which one?", List.of()).signalled())
                .extracting(a -> a.id()).doesNotContain("real-time");
        assertThat(SHIPPED.read("no machine learning here, just a crud api", List.of()).signalled())
                .extracting(a -> a.id()).doesNotContain("machine-learning");
        assertThat(SHIPPED.read("it doesn't need to be fast, which is easier to learn?", List.of()).aspect().id())
                .isEqualTo("learning-curve");
        // a contraction's split tail and a need's verbs do not end the negation's reach
        assertThat(SHIPPED.read("it doesn't need to be fast, which is easier to learn?", List.of()).signalled())
                .extracting(a -> a.id()).doesNotContain("performance");
        assertThat(SHIPPED.read("we don't need realtime, which one for a blog?", List.of()).signalled())
                .extracting(a -> a.id()).doesNotContain("real-time");
        assertThat(SHIPPED.read("we need realtime updates, which one?", List.of()).aspect().id()).isEqualTo("real-time");
    }

    @Test
    @DisplayName("a clause that sets a need aside rules it out; one that says what matters most outweighs a need in passing")
    void weighedClauses() {
        assertThat(SHIPPED.read("We run four golf courses and want to predict busy days. Nobody is asking for screens that update "
                + "in real time. Which one?", List.of()).signalled()).extracting(a -> a.id()).doesNotContain("real-time");
        assertThat(SHIPPED.read("We need screens that update in real time. Which one?", List.of()).aspect().id())
                .isEqualTo("real-time");
        // as many words for each need, the one named first leading; the one the message says matters most wins
        assertThat(SHIPPED.read("It has a small machine learning part. Real time screens too. Which one?", List.of())
                .aspect().id()).isEqualTo("machine-learning");
        assertThat(SHIPPED.read("It has a small machine learning part. What matters most is real time screens. Which one?",
                List.of()).aspect().id()).isEqualTo("real-time");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "Which is better for chat?|CHOICE",
            "node vs python for IoT|CHOICE",
            "Is Python good for data analysis?|YES_NO",
            "Should I use Node for my API?|YES_NO",
            "What is npm?|DEFINITION",
            "How many requests per second can Django handle?|FACT",
            "Can Node.js run on Windows?|FACT",
            "Why is Python slower than Node?|EXPLANATION",
            "and for machine learning?|CHOICE",
            "what percentage of companies run node versus python?|DEFINITION",
            "which frameworks does python have?|FACT",
            "which one for a chat app, python?|CHOICE",
            "wat is the event loop in node|DEFINITION",
            "so roughly when was node released?|FACT",
            "the GIL comes up whenever python threads do — what is it?|DEFINITION",
            "i keep reading about node streams, explain them|DEFINITION",
            "does it make sense to stay with python here?|YES_NO",
            "what stack would you pick for a chat app?|CHOICE",
            "is node gud for a chat server?|YES_NO",
            "is python less of a pain to deploy?|YES_NO",
            "does node use more memory than python?|YES_NO",
            "is there more than one event loop in node?|FACT",
            "is there more info on node?|FACT",
            "what does node offer for less experienced devs?|DEFINITION",
            "what language is it?|DEFINITION",
            "a live board for the kitchen, plus a model that guesses tomorrow's orders. what backend?|CHOICE",
            "what stack for a quiz night app?|CHOICE",
            "what language is node written in?|DEFINITION"})
    @DisplayName("tells which kind of answer is asked for; a clause of context does not make a choice")
    void kinds(String question, QuestionKind kind) {
        assertThat(SHIPPED.read(question, List.of()).kind()).isEqualTo(kind);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "whats the best pick for a chat app?|CHOICE",
            "whats the event loop?|DEFINITION",
            "wich is beter for websockets?|CHOICE",
            "whch 1 for an API, python?|CHOICE",
            "what big companies run python in production?|DEFINITION",
            "any idea when node came out?|FACT",
            "live video for thousands plus recommendations, one of the two or both?|CHOICE",
            "those two for a game server?|CHOICE",
            "what is the idea behind the GIL?|DEFINITION",
            "what sample apps does node ship with?|DEFINITION",
            "how do sales of node books compare?|FACT",
            "we only know python a bit. which way should we go?|CHOICE",
            "is python the go-to for ml these days?|YES_NO",
            "is py kinda trash at async?|YES_NO",
            "when do people go to python conferences?|FACT",
            "does python have garbage collection?|FACT",
            "can I apply SOLID principles in python?|FACT",
            "is there a go to guide for learning node?|FACT",
            "is there a go-to library for charts in node?|FACT",
            "is python the go-to tool for data science?|YES_NO",
            "is there a go-to framework for websockets in node?|FACT",
            "what's the go-to extension for debugging node in vscode?|DEFINITION",
            "is node garbage for apis?|YES_NO",
            "is our go to stack node?|YES_NO"})
    @DisplayName("reads the form as people type it: 'whats', a long question word or comparative with a letter dropped or swapped, '1' for one, a pointer at the pair; never another real word")
    void kindsAsTyped(String question, QuestionKind kind) {
        assertThat(SHIPPED.read(question, List.of()).kind()).isEqualTo(kind);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "What is Go?|DEFINITION",
            "what do we go with for the API, go or rust?|CHOICE"})
    @DisplayName("'go' asks advice only as the verb of a choice ('go with'), never as the name of a technology")
    void goIsANameToo(String question, QuestionKind kind) {
        assertThat(FIXTURE.read(question, List.of()).kind()).isEqualTo(kind);
    }

    @Test
    @DisplayName("a technology's name that is an everyday word counts typed lower case when set against one of the pair; as a plain word it does not")
    void everydayWordNames() {
        assertThat(SHIPPED.read("is bun really quicker than node for serving files?", List.of()).coverage()).isEqualTo(Coverage.FOREIGN);
        assertThat(SHIPPED.read("bun vs node for an api?", List.of()).coverage()).isEqualTo(Coverage.FOREIGN);
        assertThat(SHIPPED.read("is node faster than bun?", List.of()).coverage()).isEqualTo(Coverage.FOREIGN);
        assertThat(SHIPPED.read("we go live in spring, node or python for the api?", List.of()).coverage()).isEqualTo(Coverage.COVERED);
        assertThat(SHIPPED.read("is it better to go with node or python for a chat app?", List.of()).coverage()).isEqualTo(Coverage.COVERED);
        // "go" as a verb before a comparison with one of the pair is still the verb
        assertThat(SHIPPED.read("the deploy must go faster than node allows, any tips?", List.of()).coverage()).isEqualTo(Coverage.COVERED);
    }

    @Test
    @DisplayName("a misspelt signal word is read as the word ('lern'), a real word one letter from one is not ('production', 'classifieds')")
    void misspeltSignals() {
        assertThat(SHIPPED.read("any big companies running node in production?", List.of()).signalled())
                .extracting(a -> a.id()).doesNotContain("development-speed");
        assertThat(SHIPPED.read("a job that checks classifieds sites every night, node or python?", List.of()).signalled())
                .extracting(a -> a.id()).doesNotContain("machine-learning");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "what percentage of devs use node, and how many use python?|DEFINITION",
            "does python handle websockets at all, or is that just a node feature?|FACT",
            "node for chat. and python for ML?|CHOICE",
            "a nightly job that downloads new court filings. what should that be written in?|CHOICE",
            "our helpdesk wants to tag tickets by urgency. what would you build that service with?|CHOICE",
            "what is this game written in?|DEFINITION"})
    @DisplayName("a clause '…, and how many…' asks by its own form; '…, or is that only a node thing?' asks about the first, not a pick; 'what should that be written in?' asks for one of the pair")
    void clausesThatAsk(String question, QuestionKind kind) {
        assertThat(SHIPPED.read(question, List.of()).kind()).isEqualTo(kind);
    }

    @Test
    @DisplayName("a question ending by asking what to write or build its thing in points at the pair; what to run it on does not")
    void writtenIn() {
        assertThat(PairReference.in("a job that files the invoices. what should that be written in?")).isTrue();
        assertThat(PairReference.in("what would you build the server with?")).isTrue();
        assertThat(PairReference.in("which gpu should we run the model on?")).isFalse();
        assertThat(PairReference.in("what should I run it on?")).isFalse();
        assertThat(PairReference.in("we built it in a weekend")).isFalse();
    }

    @Test
    @DisplayName("a question about technologies without sources is not covered, even beside a known one")
    void foreign() {
        UnderstoodQuestion both = SHIPPED.read("Is Go better than Elixir for web sockets?", List.of());
        UnderstoodQuestion mixed = SHIPPED.read("Is Node faster than Rust?", List.of());
        UnderstoodQuestion verb = SHIPPED.read("should I go with node for chat?", List.of());

        assertThat(both.coverage()).isEqualTo(Coverage.FOREIGN);
        assertThat(both.foreign()).containsExactly("Go", "Elixir");
        assertThat(mixed.coverage()).isEqualTo(Coverage.FOREIGN);
        assertThat(verb.coverage()).isEqualTo(Coverage.COVERED);
    }

    @Test
    @DisplayName("a technology used alongside the pair, named as context of a question about the pair, leaves it to its topic; compared, or asked about alone, it is foreign")
    void alongsideAsContext() {
        UnderstoodQuestion context = SHIPPED.read("our frontend people only write React, which of the two for the API?", List.of());
        UnderstoodQuestion backend = SHIPPED.read("what should the backend be for an api that reads from Postgres?", List.of());
        UnderstoodQuestion beside = SHIPPED.read("with React on the front, node or python?", List.of());
        UnderstoodQuestion compared = SHIPPED.read("React or Vue for the dashboard?", List.of());
        UnderstoodQuestion alone = SHIPPED.read("how do I scale Redis?", List.of());
        UnderstoodQuestion alternative = SHIPPED.read("our team only writes Rust, which of the two for the API?", List.of());

        assertThat(context.foreign()).isEmpty();
        assertThat(context.coverage()).isNotEqualTo(Coverage.FOREIGN);
        assertThat(backend.foreign()).isEmpty();
        assertThat(backend.coverage()).isNotEqualTo(Coverage.FOREIGN);
        // next to the pair's own "or", React is still context
        assertThat(beside.foreign()).isEmpty();
        assertThat(beside.coverage()).isEqualTo(Coverage.COVERED);
        assertThat(compared.coverage()).isEqualTo(Coverage.FOREIGN);
        assertThat(compared.foreign()).containsExactly("React", "Vue");
        // a question about that technology alone, not about the pair, is its own
        assertThat(alone.coverage()).isEqualTo(Coverage.FOREIGN);
        assertThat(alternative.coverage()).isEqualTo(Coverage.FOREIGN);
    }

    @Test
    @DisplayName("a technology named in a long message's background, compared with nothing, is context; asked about, or compared there, it is foreign")
    void backgroundTechnology() {
        UnderstoodQuestion history = SHIPPED.read("I look after the site of a small theatre. It was written in PHP by a student years ago. "
                + "Now the box office wants seats to turn grey for everyone the moment one is sold. What should the new one be in?", List.of());
        UnderstoodQuestion asked = SHIPPED.read("We're a 9 person startup. Customers watch seat counts change live. "
                + "Is PHP still fine for that?", List.of());
        UnderstoodQuestion compared = SHIPPED.read("We're a 9 person startup. We are torn between PHP or Ruby for this. "
                + "Customers watch seat counts change live. What do we write it in?", List.of());
        UnderstoodQuestion shortOne = SHIPPED.read("Right now it's a PHP monolith. What do we rewrite it in?", List.of());

        assertThat(history.foreign()).isEmpty();
        assertThat(history.background()).containsExactly("PHP");
        assertThat(history.coverage()).isNotEqualTo(Coverage.FOREIGN);
        assertThat(asked.background()).isEmpty();
        assertThat(asked.coverage()).isEqualTo(Coverage.FOREIGN);
        assertThat(compared.coverage()).isEqualTo(Coverage.FOREIGN);
        assertThat(shortOne.coverage()).isEqualTo(Coverage.FOREIGN);
    }

    @Test
    @DisplayName("nothing to read (emoji, control characters) is empty; no topic is not covered")
    void emptyAndNoTopic() {
        assertThat(SHIPPED.read("\u0000\u0007 \uD83D\uDE00\uD83D\uDE00", List.of()).coverage()).isEqualTo(Coverage.EMPTY);
        assertThat(SHIPPED.read(null, List.of()).coverage()).isEqualTo(Coverage.EMPTY);
        assertThat(SHIPPED.read("What is the capital of France?", List.of()).coverage()).isEqualTo(Coverage.NO_TOPIC);
    }

    @Test
    @DisplayName("a follow-up that names no entity inherits the previous ones")
    void followUpInherits() {
        UnderstoodQuestion followUp = SHIPPED.read("and for machine learning?", List.of("nodejs", "python"));

        assertThat(followUp.subjects()).containsExactly("nodejs", "python");
        assertThat(followUp.inherited()).isTrue();
        assertThat(followUp.aspect().id()).isEqualTo("machine-learning");
    }

    @Test
    @DisplayName("an off-topic question after a covered one stays off topic: inherited entities do not cover it")
    void offTopicFollowUp() {
        UnderstoodQuestion offTopic = SHIPPED.read("What is the best pizza topping?", List.of("nodejs", "python"));

        assertThat(offTopic.coverage()).isEqualTo(Coverage.NO_TOPIC);
    }

    @Test
    @DisplayName("control characters are removed, white space folded and length capped")
    void cleaning() {
        assertThat(QuestionReader.cleanText("  is\tnode\u0000 fast?\n")).isEqualTo("is node fast?");
        assertThat(QuestionReader.cleanText("x".repeat(20_000))).hasSize(QuestionReader.MAX_CHARS);
        // control characters before the words take no room from them
        assertThat(QuestionReader.cleanText("\u0007".repeat(8_700) + "node or python?")).isEqualTo("node or python?");
    }

    @Test
    @DisplayName("the reader knows only its own knowledge: the fixture reads Go and Rust, not Python")
    void generalOverEntities() {
        UnderstoodQuestion question = FIXTURE.read("is golang easier to learn than rust?", List.of());

        assertThat(question.subjects()).containsExactly("go", "rust");
        assertThat(question.aspect().id()).isEqualTo("learning-curve");
        assertThat(FIXTURE.read("is Python faster than Go?", List.of()).coverage()).isEqualTo(Coverage.FOREIGN);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "is go too slow for a game server?|true",
            "is rust hard to pick up?|true",
            "is go fast enough for a game server?|false",
            "even though it is slow, is go good for a game server?|false"})
    @DisplayName("whether a question asks if a technology falls short is read once, with the question")
    void fallsShort(String question, boolean fallsShort) {
        assertThat(FIXTURE.read(question, List.of()).fallsShort()).isEqualTo(fallsShort);
    }

    @Test
    @DisplayName("whether a question asks if the sources agree is read with it; the asker's own team disagreeing is not that")
    void asksAgreement() {
        assertThat(FIXTURE.read("do the sources agree that rust is faster?", List.of()).asksAgreement()).isTrue();
        assertThat(FIXTURE.read("do they disagree on concurrency?", List.of()).asksAgreement()).isTrue();
        assertThat(FIXTURE.read("i keep reading opposite things about go and concurrency", List.of()).asksAgreement()).isTrue();
        assertThat(FIXTURE.read("is rust faster than go?", List.of()).asksAgreement()).isFalse();
        assertThat(FIXTURE.read("my partner and I can't agree on this. go or rust for a fast service?", List.of())
                .asksAgreement()).isFalse();
        assertThat(FIXTURE.read("we have conflicting opinions on the team. go or rust?", List.of()).asksAgreement()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "for a little rest api, django or flask?|django|flask",
            "Express.js vs Koa, which would you pick for a small service?|Express.js|Koa",
            "is fastapi or flask quicker to set up in python?|fastapi|flask"})
    @DisplayName("a choice between two names of one technology is not the knowledge's comparison: the two are kept")
    void choiceWithinOne(String question, String first, String second) {
        UnderstoodQuestion read = SHIPPED.read(question, List.of());

        assertThat(read.coverage()).isEqualTo(Coverage.WITHIN_ONE);
        assertThat(read.withinOne()).containsExactly(first, second);
        assertThat(read.foreign()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "FastAPI vs NestJS for a json api?",
            "django or node for a shop?",
            "we use Django and Flask already, should the new service be node or python?",
            "Django or Flask, or should we move the whole api to Node?",
            "pyhton or python for a data pipeline?"})
    @DisplayName("names of the two technologies set against each other, or of one side listed, stay covered")
    void choiceBetweenTheTwo(String question) {
        assertThat(SHIPPED.read(question, List.of()).coverage()).isEqualTo(Coverage.COVERED);
    }

    @Test
    @DisplayName("'together' with both technologies named asks about using both; alone, or beside another need, it does not")
    void together() {
        UnderstoodQuestion both = SHIPPED.read("Could we run Node and Python together in one product?", List.of());
        assertThat(both.aspect().together()).isTrue();
        assertThat(both.kind()).isEqualTo(QuestionKind.YES_NO);

        assertThat(SHIPPED.read("we edit documents together, which one should we use?", List.of()).aspect())
                .matches(a -> a == null || !a.together());
        assertThat(SHIPPED.read("node or python? my friend and I are writing the thing together", List.of()).aspect())
                .matches(a -> a == null || !a.together());
        assertThat(SHIPPED.read("node and python together for a realtime chat?", List.of()).aspect().id())
                .isEqualTo("real-time");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "When did Python 3.12 come out?|FOREIGN|Python 3.12",
            "when did django 5.1 come out?|FOREIGN|django 5.1",
            "does node v20 ship a test runner?|FOREIGN|node v20",
            "does the new build of Python 3.14 drop the GIL for good?|FOREIGN|Python 3.14",
            "when did Node.js 21 come out?|COVERED|",
            "when did Node.js 21.4 come out?|COVERED|",
            "what is node v8?|COVERED|",
            "does node 10,000 req/s sound right?|COVERED|",
            "is python 3.12 good for machine learning?|COVERED|",
            "We're on Python 3.11. What is the GIL?|COVERED|",
            "we're on Python 3.11: should we move to Node for live chat?|COVERED|",
            "node 20 or python 3.12 for an api?|COVERED|",
            "is python 3 times slower than node?|COVERED|",
            "py or node 4 the backend?|COVERED|"})
    @DisplayName("a version the sources never name, in a question about it alone that wants no verdict, is outside them; else context")
    void versions(String question, Coverage coverage, String foreign) {
        UnderstoodQuestion read = SHIPPED.read(question, List.of());

        assertThat(read.coverage()).isEqualTo(coverage);
        assertThat(read.foreign()).containsExactlyElementsOf(foreign == null ? List.of() : List.of(foreign));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "our Django app works, but should we rewrite it in Node?|nodejs python",
            "should we switch from node to python for ML?|python nodejs",
            "python devs here, is moving the API over to Express worth it?|nodejs python",
            "is python faster than node in practice?|python nodejs",
            "is python too slow for a chat server, should we change to node?|python nodejs",
            "is python good for ML? we might move some of it to node later|python nodejs"})
    @DisplayName("a question moving to a technology asks about that one first, whatever it names first")
    void movingTo(String question, String expected) {
        assertThat(SHIPPED.read(question, List.of()).subjects()).containsExactly(expected.split(" "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "is node the second most used backend, or python?",
            "is the second a good choice, node or python?",
            "we'd like to start right away: node or python?",
            "we need to update right away because our php app is unsafe: node or python?",
            "the lambda should start instantly, node or python?",
            "at the moment we use python, is node faster?"})
    @DisplayName("the immediacy phrases are whole: an ordinal 'second', a start 'right away' or 'at the moment' is no real-time need")
    void notImmediacy(String question) {
        assertThat(SHIPPED.read(question, List.of()).aspect()).matches(a -> a == null || !a.id().equals("real-time"));
    }

    @Test
    @DisplayName("photos kept or shown are no machine learning; photos the server looks into are")
    void photos() {
        assertThat(SHIPPED.read("members upload photos to a shared gallery and comment on them, node or python?", List.of())
                .aspect()).matches(a -> a == null || !a.id().equals("machine-learning"));
        assertThat(SHIPPED.read("the cameras should spot the cars in each lane, node or python?", List.of()).aspect().id())
                .isEqualTo("machine-learning");
        assertThat(SHIPPED.read("can you tell me whether node or python is better for a photo gallery?", List.of())
                .aspect()).matches(a -> a == null || !a.id().equals("machine-learning"));
        assertThat(SHIPPED.read("our camera count keeps growing, node or python for the inventory?", List.of())
                .aspect()).matches(a -> a == null || !a.id().equals("machine-learning"));
    }
}
