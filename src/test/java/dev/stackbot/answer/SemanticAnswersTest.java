package dev.stackbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackbot.Fixtures;
import dev.stackbot.semantic.EmbeddingModel;
import dev.stackbot.semantic.Semantics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Answers with the semantic layer on, over the shipped knowledge")
final class SemanticAnswersTest {

    @TempDir
    static Path data;
    private static Semantics semantics;
    private static LiveKnowledge live;
    private static AskService ask;

    @BeforeAll
    static void open() {
        semantics = Semantics.load(EmbeddingModel.MINILM, data.resolve("vectors"));
        live = LiveKnowledge.open(Fixtures.SHIPPED, semantics);
        ask = new AskService(live);
    }

    @AfterAll
    static void close() {
        semantics.close();
    }

    @Test
    @DisplayName("a question naming no technology is about the knowledge's only pair, and gets a verdict")
    void noNames() {
        Answer answer = ask.ask("which of the two would you pick for a small team?");

        assertThat(answer.covered()).isTrue();
        assertThat(answer.verdict().kind()).isNotEqualTo(dev.stackbot.verdict.VerdictKind.NONE);
        assertThat(answer.citations()).isNotEmpty();
    }

    @Test
    @DisplayName("each rule quote is paired with its own vector in the snapshot")
    void quoteVectors() {
        QuoteMeanings quotes = live.current().semantic().quotes();

        for (String quote : QuoteMeanings.texts(live.current().knowledge().rules())) {
            assertThat(quotes.closeness(quote, semantics.question(quote))).as(quote).isGreaterThan(0.98f);
        }
    }

    @Test
    @DisplayName("a rule's evidence is ranked by the quote that is why it is cited, not only by the passage around it")
    void quoteRanksEvidence() {
        Answer answer = ask.ask("our devs have written javascript for the browser for years, what should the server be?");

        assertThat(answer.citations().subList(0, 3)).extracting(Citation::passage)
                .anyMatch(passage -> passage.contains("can feel like a natural next step"));
    }

    @Test
    @DisplayName("a fact answer says it leaves out a technology named only in the message's background")
    void factWithBackground() {
        Answer answer = ask.ask("Some context: our shop has run on an old PHP monolith for eight years and the team is"
                + " tired of it. We are reading up on the alternatives. When was Node.js first released?");

        assertThat(answer.text()).startsWith("Node.js \u2014 first release\n")
                .endsWith("\n(My sources say nothing about PHP: this answer is about Node.js.)");
    }

    @Test
    @DisplayName("a need the sources agree on decides over one they disagree on, which is still cited with both sides")
    void contestedNeedOutweighed() {
        Answer answer = ask.ask("My guitar shop needs a web application, and also a small script that copies the prices"
                + " of ten other dealers. Node or Python?");

        assertThat(answer.verdict().winner()).isEqualTo("python");
        assertThat(answer.aspect()).isEqualTo("scripting");
        assertThat(answer.text()).contains("On scripting and automation, the sources favor Python")
                .containsPattern("On web applications and websites, they disagree \\[\\d+\\]\\[\\d+\\]\\.");
        // the disagreement's two sides are both among the citations its sentence points at
        java.util.regex.Matcher markers = java.util.regex.Pattern.compile("they disagree \\[(\\d+)\\]\\[(\\d+)\\]").matcher(answer.text());
        assertThat(markers.find()).isTrue();
        assertThat(java.util.Set.of(answer.citations().get(Integer.parseInt(markers.group(1)) - 1).side(),
                answer.citations().get(Integer.parseInt(markers.group(2)) - 1).side())).containsExactlyInAnyOrder("nodejs", "python");
    }

    @Test
    @DisplayName("a name in another sense is refused even when the question sets it against something; slang about the pair is not")
    void nameInAnotherSenseWithAnOr() {
        for (String question : new String[] {"my corn snake and my python share a room, is that ok or should they be apart?",
                "our python swallowed a towel, vet now or wait till morning?"}) {
            Answer answer = ask.ask(question);
            assertThat(answer.covered()).as(question).isFalse();
            assertThat(answer.citations()).as(question).isEmpty();
        }
        assertThat(ask.ask("is py honestly slow or is that just a myth lol").covered()).isTrue();
        assertThat(ask.ask("is node ok for a chat app or should i pick something else").covered()).isTrue();
    }

    @Test
    @DisplayName("a chat spelling is no thing the sources never name ('shud' is not 'shu' + d), and a misspelt name alone is the pair's")
    void chatSpellingsAreNoUnknownThing() {
        assertThat(ask.ask("wat shud i use 4 ai stuff in our print shop, js or py? wanna auto-tag customer artwork").covered())
                .isTrue();
        assertThat(ask.ask("pyhton for a group chat thing?").covered()).isTrue();
    }

    @Test
    @DisplayName("a second need favoring the same winner is cited with its own sentence; the verdict's sentence points at its own rule only")
    void agreeingNeed() {
        Answer answer = ask.ask("is python too slow for a websocket server?");

        assertThat(answer.verdict().winner()).isEqualTo("nodejs");
        String[] sentences = answer.text().split("\n")[1].split("(?<=\\.) ");
        assertThat(sentences).hasSizeGreaterThanOrEqualTo(2);
        assertThat(sentences[sentences.length - 1]).startsWith("On real-time apps").contains("too, they favor Node.js [");
        KnowledgeSnapshot snapshot = live.current();
        var rule = snapshot.knowledge().rules().stream().filter(r -> r.id().equals(answer.verdict().rule())).findFirst()
                .orElseThrow();
        java.util.Set<String> ruleOwn = new java.util.HashSet<>();
        snapshot.evidence(rule).forEach(e -> ruleOwn.add(snapshot.passages().get(e.ordinal()).id()));
        String verdictSentence = java.util.Arrays.stream(sentences).filter(t -> t.contains("the sources favor")).findFirst()
                .orElseThrow();
        java.util.regex.Matcher marker = java.util.regex.Pattern.compile("\\[(\\d+)]").matcher(verdictSentence);
        int markers = 0;
        while (marker.find()) {
            markers++;
            assertThat(ruleOwn).contains(answer.citations().get(Integer.parseInt(marker.group(1)) - 1).passageId());
        }
        assertThat(markers).isPositive();
    }

    @Test
    @DisplayName("the shipped knowledge has no aspect example that says 'a backend' more than its need")
    void noGenericExamples() {
        assertThat(live.current().semantic().aspects().leftOut()).isEmpty();
    }

    @Test
    @DisplayName("a choice between two names of one technology is refused, and the refusal says what the sources weigh")
    void choiceWithinOne() {
        Answer answer = ask.ask("Django or Flask for a tiny internal api?");

        assertThat(answer.covered()).isFalse();
        assertThat(answer.citations()).isEmpty();
        assertThat(answer.text()).startsWith(
                "My sources weigh Node.js and Python against each other, not Django against Flask, so I won't guess.\n");
    }

    @Test
    @DisplayName("questions about other things stay refused: CSS, keyboards, other languages, hardware with an aspect's word")
    void outOfScope() {
        for (String question : new String[] {"how do i center a div vertically in css", "best pizza topping?",
                "Is Rust faster than Go?", "what is a good mechanical keyboard under 100 bucks",
                "is 64gb of ram worth it for a gaming pc?", "what is a fair budget for a 4k monitor?",
                "which laptop scales best for heavy photoshop work?"}) {
            Answer answer = ask.ask(question);
            assertThat(answer.covered()).as(question).isFalse();
            assertThat(answer.citations()).as(question).isEmpty();
        }
    }

    @Test
    @DisplayName("a fact the sources disagree on names both values and cites each side, with the correction beside the wrong one")
    void disputedFact() {
        Answer answer = ask.ask("when was python first released?");

        assertThat(answer.text()).contains("The sources disagree").contains("1991").contains("December 1989");
        assertThat(answer.verdict().kind()).isEqualTo(dev.stackbot.verdict.VerdictKind.CONTESTED);
        assertThat(answer.verdict().support()).isEmpty();
        assertThat(answer.citations()).extracting(Citation::passage)
                .anySatisfy(p -> assertThat(p).contains("December 1989"))
                .anySatisfy(p -> assertThat(p).contains("1991"));
        assertThat(answer.citations()).filteredOn(c -> c.passage().contains("December 1989"))
                .allSatisfy(c -> assertThat(c.errata()).singleElement()
                        .satisfies(e -> assertThat(e.correction()).contains("February 1991")));
    }

    @Test
    @DisplayName("a fact is picked by the topic words it is asked with, not by 'what is'; slang does not hide the topic")
    void factByTopicWords() {
        assertThat(ask.ask("what is the GIL").text()).startsWith("Python \u2014 Global Interpreter Lock");
        assertThat(ask.ask("wat even is the GIL n why does every1 complain abt it").covered()).isTrue();
        assertThat(ask.ask("what is node?").text()).startsWith("Node.js \u2014 what kind of technology it is");
    }

    @Test
    @DisplayName("a fact asked with none of its words is found by its meaning, and a disputed one is said to be")
    void factByMeaning() {
        // none of the facts' asked_as words; from words and passages alone both land on another fact
        Answer age = ask.ask("how many years has node been around?");
        Answer share = ask.ask("what fraction of programmers work with python?");

        assertThat(age.text()).startsWith("Node.js \u2014 first release");
        assertThat(age.citations().get(0).passage()).contains("2009");
        assertThat(share.text()).startsWith("Python \u2014 share of developers who use it");
        assertThat(share.citations().get(0).passage()).contains("58%");
    }

    @Test
    @DisplayName("a thing the sources never name is refused by name, not answered with the fact another word finds")
    void unknownThingRefused() {
        // "released" finds the first-release fact and "developer" the share of developers: neither is asked for
        Answer licence = ask.ask("What licence is Node.js released under? Can we bundle it in a kiosk?");
        Answer salary = ask.ask("What's the typical salary for a Python developer in Canada?");
        Answer support = ask.ask("How long is a Node.js LTS release supported before we have to upgrade?");

        assertThat(licence.covered()).isFalse();
        assertThat(licence.text()).startsWith("My sources say nothing about \u201clicence\u201d");
        assertThat(salary.covered()).isFalse();
        assertThat(salary.text()).startsWith("My sources say nothing about \u201csalary\u201d");
        assertThat(support.covered()).isFalse();
    }

    @Test
    @DisplayName("a word the sources never use still asks for their fact or topic when the meaning is clearly theirs")
    void unknownWordInOtherWords() {
        Answer people = ask.ask("how many people use python?");
        Answer downside = ask.ask("what's the main downside of python for web apps?");
        Answer typo = ask.ask("what's the evnt loop in node");

        assertThat(people.text()).startsWith("Python \u2014 share of developers who use it");
        assertThat(downside.covered()).isTrue();
        assertThat(typo.text()).startsWith("Node.js \u2014 event loop");
    }

    @Test
    @DisplayName("a question that asks no fact is not given one by meaning")
    void noFactByMeaning() {
        Answer answer = ask.ask("can node and python run side by side in one product?");

        assertThat(answer.verdict().summary()).doesNotContain("A question of fact");
    }

    @Test
    @DisplayName("a fact asked of both technologies answers with each one's fact, even when it reads as a choice")
    void factOfBoth() {
        Answer answer = ask.ask("which companies use node or python?");

        assertThat(answer.verdict().kind()).isEqualTo(dev.stackbot.verdict.VerdictKind.NONE);
        assertThat(answer.text()).contains("Node.js \u2014 companies that use it").contains("Python \u2014 companies that use it");
        assertThat(answer.subjects()).containsExactlyInAnyOrder("nodejs", "python");
    }

    @Test
    @DisplayName("a fact asked of one technology, then of the other in a clause of its own ('…, and how many use Python?'), is each one's fact, not a choice")
    void factOfBothInTwoClauses() {
        Answer answer = ask.ask("About what percentage of backend developers use Node, and how many use Python?");

        assertThat(answer.verdict().kind()).isEqualTo(dev.stackbot.verdict.VerdictKind.NONE);
        assertThat(answer.text()).contains("Node.js \u2014 share of backend developers who use it")
                .contains("Python \u2014 share of developers who use it");
    }

    @Test
    @DisplayName("the websites a technology runs are the companies that use it")
    void websitesAreCompanies() {
        Answer answer = ask.ask("which big sites run on python?");

        assertThat(answer.text()).startsWith("Python \u2014 companies that use it\n");
    }

    @Test
    @DisplayName("'can python do X at all, or is that only a node thing?' asks whether Python can: the fact, disputed here")
    void onlyTheOthers() {
        Answer answer = ask.ask("Can a Python server use several processes at all, or is that just a Node feature?");

        assertThat(answer.verdict().kind()).isEqualTo(dev.stackbot.verdict.VerdictKind.CONTESTED);
        assertThat(answer.verdict().summary()).contains("Python \u2014 running multiple processes");
        assertThat(answer.subjects()).containsExactly("python");
    }

    @Test
    @DisplayName("a situation that asks no fact and names no technology is the pair's choice")
    void situationIsAChoice() {
        Answer answer = ask.ask("we run a live streaming platform, thinking about what to write the backend in");

        assertThat(answer.verdict().kind()).isNotEqualTo(dev.stackbot.verdict.VerdictKind.NONE);
    }

    @Test
    @DisplayName("two needs that favor different technologies give 'it depends', naming each need's winner")
    void twoNeeds() {
        Answer answer = ask.ask("we need a realtime chat between users and also machine learning recommendations, node or python?");

        assertThat(answer.verdict().kind().wire()).isEqualTo("depends");
        assertThat(answer.verdict().summary()).contains("Node.js for").contains("Python for");
    }

    @Test
    @DisplayName("a product that recommends what to watch has a recommender's need beside its streaming one")
    void recommendsWhatToWatch() {
        Answer answer = ask.ask("a video app that streams to many viewers and also recommends what to watch next");

        assertThat(answer.verdict().kind().wire()).isEqualTo("depends");
        assertThat(answer.verdict().summary()).contains("Python for machine learning").contains("Node.js for streaming");
        // advice someone gives is no product's feature
        Answer advice = ask.ask("no idea what to read first, everyone suggests the node docs. node or python for a chat app?");
        assertThat(advice.aspect()).isNotEqualTo("machine-learning");
    }

    @Test
    @DisplayName("two needs with two winners lead with two of the sources' own 'use both' quotes, then each need's evidence")
    void twoNeedsLeadWithUsingBoth() {
        Answer answer = ask.ask("we need a realtime chat between users and also machine learning recommendations, node or python?");

        // quoted by the rule on using both only, not by the overall rule
        assertThat(answer.citations().subList(0, 2)).extracting(Citation::side).containsOnlyNulls();
        assertThat(answer.citations().subList(0, 2)).extracting(Citation::passage)
                .anyMatch(p -> p.contains("best of both ecosystems") || p.contains("combine Node.js and Python"));
        assertThat(answer.text()).contains("On using both, each for its part, see [1][2].");
        assertThat(answer.citations().subList(2, 4)).extracting(Citation::side).containsExactlyInAnyOrder("nodejs", "python");
    }

    @Test
    @DisplayName("'can we use both?' is answered by the rule on using them together; with two needs named, by each need's winner")
    void usingBoth() {
        Answer both = ask.ask("can we just use both, one for the api and one for the number crunching?");
        assertThat(both.verdict().kind().wire()).isEqualTo("depends");
        assertThat(both.verdict().rule()).isEqualTo("using-both");

        Answer needs = ask.ask("a tutoring site needs a live chat room for each class and also machine learning that grades essays. one of the two, or both?");
        assertThat(needs.verdict().kind().wire()).isEqualTo("depends");
        assertThat(needs.verdict().summary()).contains("Node.js for").contains("Python for");
    }

    @Test
    @DisplayName("'it depends' is settled when the question is clearly in the case a sided quote states, and stays otherwise")
    void statedCase() {
        Answer inCase = ask.ask("which one keeps hosting costs lower for a chat server holding thousands of open connections?");
        assertThat(inCase.verdict().kind().wire()).isEqualTo("favors");
        assertThat(inCase.verdict().winner()).isEqualTo("nodejs");
        assertThat(inCase.verdict().rule()).isEqualTo("cost-depends");
        assertThat(inCase.citations().get(0).passage()).contains("Node.js can reduce server costs for high-concurrency");
        assertThat(inCase.text()).contains("make it depend on the project").contains("and name Node.js for a case like this one [1].");
        assertThat(inCase.citations().get(0).side()).isEqualTo("nodejs");
        assertThat(inCase.verdict().byCase()).isTrue();

        // about cost in general, or libraries in general: no case stated, still "it depends"
        for (String open : new String[] {"which one is cheaper to run?", "which is cheaper to host?", "which has better libraries?"}) {
            assertThat(ask.ask(open).verdict().kind().wire()).as(open).isEqualTo("depends");
            assertThat(ask.ask(open).verdict().byCase()).as(open).isFalse();
        }
    }

    @Test
    @DisplayName("a reload of unchanged knowledge embeds nothing again: the vector cache file is not rewritten")
    void reloadReusesVectors() throws Exception {
        Path file = Files.list(data.resolve("vectors")).findFirst().orElseThrow();
        FileTime before = Files.getLastModifiedTime(file);
        Thread.sleep(20);

        ReloadResult result = live.reload();

        assertThat(result.swapped()).isTrue();
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(before);
        assertThat(live.current().semantic()).isNotNull();
    }

    @Test
    @DisplayName("hostile input gets a well-formed answer, never an exception")
    void hostile() {
        for (String question : new String[] {"", "\u0000\u001b[2J", "\uD83D\uDE00\uD83D\uDE00", "node or python? ".repeat(700)}) {
            assertThat(ask.ask(question).text()).isNotBlank();
        }
    }
}
