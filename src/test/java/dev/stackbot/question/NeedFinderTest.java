package dev.stackbot.question;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stackbot.Fixtures;
import dev.stackbot.knowledge.Aspect;
import dev.stackbot.knowledge.Knowledge;
import dev.stackbot.knowledge.KnowledgeLoader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Needs: a question is cut where it joins two needs, never inside a short list")
final class NeedFinderTest {

    private static final Knowledge SHIPPED = new KnowledgeLoader().load(Fixtures.SHIPPED);
    private static final QuestionReader READER = new QuestionReader(SHIPPED);
    private static final List<Aspect> ASPECTS = SHIPPED.aspects();

    /** A finder over one direction per aspect whose embedder records each text it is given and returns zeros. */
    private static NeedFinder recording(List<String> embedded) {
        return new NeedFinder(READER, oneDirectionEach(ASPECTS, ASPECTS.size()), text -> {
            embedded.add(text);
            return new float[ASPECTS.size()];
        }, a -> true);
    }

    @Test
    @DisplayName("two clauses joined by 'and also' or 'but' are two parts")
    void joined() {
        assertThat(NeedFinder.parts("a video app that streams to many viewers and also recommends what to watch next"))
                .containsExactly("a video app that streams to many viewers", "recommends what to watch next");
        assertThat(NeedFinder.parts("half the team are beginners but the service holds many connections"))
                .hasSize(2);
    }

    @Test
    @DisplayName("'fast and cheap' is one need: parts of fewer than three words are dropped")
    void shortList() {
        assertThat(NeedFinder.parts("is node fast and cheap")).containsExactly("is node fast");
    }

    @Test
    @DisplayName("a hyphenated word ('back-and-forth') joins nothing")
    void hyphenated() {
        assertThat(NeedFinder.parts("instant back-and-forth between the clients during the bookings"))
                .containsExactly("instant back-and-forth between the clients during the bookings");
        assertThat(NeedFinder.parts("a page that updates live plus a model that forecasts sales"))
                .containsExactly("a page that updates live", "a model that forecasts sales");
    }

    @Test
    @DisplayName("in a message of several sentences, only the last two can add a need; a short one counts whole")
    void background() {
        String background = "We are four developers. A colleague keeps saying that one of them is faster and cheaper to host. "
                + "We need live chat and also a recommendation model. Which one?";

        assertThat(NeedFinder.asking(background)).isEqualTo("We need live chat and also a recommendation model. Which one?");
        assertThat(NeedFinder.asking("live chat and also recommendations. which one?"))
                .isEqualTo("live chat and also recommendations. which one?");
        assertThat(NeedFinder.askingStart(background)).isEqualTo(background.indexOf("We need live chat"));
        assertThat(NeedFinder.askingStart("live chat and also recommendations. which one?")).isZero();
    }

    @Test
    @DisplayName("in a choice, words signalling an aspect no rule judges are overruled by any aspect closer by meaning")
    void unjudgedSignal() {
        QuestionReader reader = READER;
        // every aspect means one direction of its own; the question is 0.6 from machine learning, 0.5 from history
        List<Aspect> aspects = ASPECTS;
        float[] question = new float[aspects.size() + 1];
        for (int i = 0; i < aspects.size(); i++) {
            String id = aspects.get(i).id();
            question[i] = id.equals("machine-learning") ? 0.6f : id.equals("history") ? 0.5f : 0;
        }
        question[aspects.size()] = (float) Math.sqrt(1 - 0.36 - 0.25);
        AspectMeanings meanings = oneDirectionEach(aspects, aspects.size() + 1);
        UnderstoodQuestion asked = reader.read("which of the two fits what we want to do with ten years of logs?", List.of());
        assertThat(asked.aspect().id()).isEqualTo("history");

        List<Aspect> unjudged = new NeedFinder(reader, meanings, text -> question, a -> !a.id().equals("history"))
                .needs(asked, question);
        List<Aspect> judged = new NeedFinder(reader, meanings, text -> question, a -> true).needs(asked, question);

        assertThat(unjudged).extracting(Aspect::id).containsExactly("machine-learning");
        // a judged aspect's words stand unless another is clearly closer (0.15)
        assertThat(judged).extracting(Aspect::id).containsExactly("history");
    }

    @Test
    @DisplayName("in a choice, words signalling an aspect no rule judges yield to words signalling one a rule judges")
    void judgedSignalFirst() {
        // every text means nothing in particular: the words decide
        float[] nothing = new float[ASPECTS.size()];
        UnderstoodQuestion asked = READER.read("a feature that picks treatments from each client's history using AI. Which one?",
                List.of());
        assertThat(asked.aspect().id()).isEqualTo("history");
        assertThat(asked.signalled()).extracting(Aspect::id).contains("machine-learning");

        List<Aspect> unjudged = new NeedFinder(READER, oneDirectionEach(ASPECTS, ASPECTS.size()), text -> nothing,
                a -> !a.id().equals("history")).needs(asked, nothing);
        List<Aspect> judged = new NeedFinder(READER, oneDirectionEach(ASPECTS, ASPECTS.size()), text -> nothing, a -> true)
                .needs(asked, nothing);

        assertThat(unjudged).extracting(Aspect::id).first().isEqualTo("machine-learning");
        assertThat(judged).extracting(Aspect::id).first().isEqualTo("history");
    }

    @Test
    @DisplayName("what a message sets aside is no part of its meaning: the rest of it is embedded for its need")
    void setAsideMeaning() {
        int dimensions = ASPECTS.size() + 1;
        // a text means real time when it speaks of live screens, else machine learning
        float[] live = towards(ASPECTS, dimensions, "real-time", 0.7f);
        float[] learning = towards(ASPECTS, dimensions, "machine-learning", 0.7f);
        List<String> embedded = new ArrayList<>();
        NeedFinder finder = new NeedFinder(READER, oneDirectionEach(ASPECTS, dimensions), text -> {
            embedded.add(text);
            return text.contains("live screens") ? live : learning;
        }, a -> true);
        String message = "Our shop wants something for its orders. Nobody is asking for live screens. Which one?";
        UnderstoodQuestion asked = READER.read(message, List.of());

        assertThat(finder.needs(asked, live).get(0).id()).isEqualTo("machine-learning");
        assertThat(embedded).contains("Our shop wants something for its orders. Which one?");
    }

    @Test
    @DisplayName("a question's words stating its need in a phrase stand against the whole's meaning; a single word does not")
    void plainPhraseInTheWhole() {
        // every text means web applications, whatever it says
        float[] web = new float[ASPECTS.size()];
        web[ASPECTS.indexOf(SHIPPED.aspect("web-apps"))] = 1;
        NeedFinder finder = new NeedFinder(READER, oneDirectionEach(ASPECTS, ASPECTS.size()), text -> web, a -> true);
        UnderstoodQuestion plain = READER.read("a plain site where staff edit records and delete old ones. Node or Python?", List.of());
        UnderstoodQuestion oneWord = READER.read("a plain site with crud for the staff. Node or Python?", List.of());
        assertThat(plain.aspect().id()).isEqualTo("crud-apps");
        assertThat(oneWord.aspect().id()).isEqualTo("crud-apps");

        // the main need (the first); its parts may add another
        assertThat(finder.needs(plain, web).get(0).id()).isEqualTo("crud-apps");
        assertThat(finder.needs(oneWord, web).get(0).id()).isEqualTo("web-apps");
    }

    @Test
    @DisplayName("a part is embedded without the short question ending it ('Which backend?'), unless that question names a need")
    void partWithoutItsQuestion() {
        List<String> embedded = new ArrayList<>();
        NeedFinder finder = recording(embedded);

        UnderstoodQuestion asked = READER.read("we want live chat for our agents, and also a price estimate from past sales."
                + " Which backend language?", List.of());
        finder.needs(asked, new float[ASPECTS.size()]);
        assertThat(embedded).contains("we want live chat for our agents", "a price estimate from past sales.")
                .noneMatch(text -> text.contains("Which backend"));

        embedded.clear();
        UnderstoodQuestion needing = READER.read("we want live chat for our agents, and also a price estimate from past sales."
                + " Which scales better?", List.of());
        finder.needs(needing, new float[ASPECTS.size()]);
        assertThat(embedded).contains("a price estimate from past sales. Which scales better?");
    }

    @Test
    @DisplayName("a part that only says who asks is not embedded for a need of its own; one with a clause or a signal word is")
    void whoAsks() {
        assertThat(NeedFinder.onlyWhoAsks("We run two bakeries")).isTrue();
        assertThat(NeedFinder.onlyWhoAsks("hi, I'm a farrier in Devon")).isTrue();
        assertThat(NeedFinder.onlyWhoAsks("we run a campsite where guests see free pitches live")).isFalse();
        assertThat(NeedFinder.onlyWhoAsks("we're a small team of four who mostly write PHP")).isFalse();
        assertThat(NeedFinder.onlyWhoAsks("our campsite has forty pitches")).isFalse();
        assertThat(NeedFinder.onlyWhoAsks("my uncle runs a riding school")).isTrue();
        assertThat(NeedFinder.rulesOut("We don't need answers within the second")).isTrue();
        assertThat(NeedFinder.rulesOut("nothing fancy")).isTrue();
        assertThat(NeedFinder.rulesOut("the office won\u2019t really care about speed")).isTrue();
        assertThat(NeedFinder.rulesOut("we need answers within the second")).isFalse();
        assertThat(NeedFinder.rulesOut("nobody watches it overnight")).isFalse();
        assertThat(NeedFinder.rulesOut("no matter how many people join the board has to keep up")).isFalse();
        assertThat(NeedFinder.rulesOut("not only live scores for the fans")).isFalse();

        List<String> embedded = new ArrayList<>();
        NeedFinder finder = recording(embedded);
        finder.needs(READER.read("We run two bakeries and want the till screens to show orders live. Node or Python?",
                List.of()), new float[ASPECTS.size()]);
        assertThat(embedded).noneMatch(text -> text.equals("We run two bakeries"));
        embedded.clear();
        finder.needs(READER.read("I'm a beginner and want the till screens to show orders live. Node or Python?",
                List.of()), new float[ASPECTS.size()]);
        assertThat(embedded).contains("I'm a beginner");
    }

    @Test
    @DisplayName("a part of a few words that no signal names is not embedded for a need of its own: its meaning alone is chance")
    void shortPartByMeaning() {
        List<String> embedded = new ArrayList<>();
        NeedFinder finder = recording(embedded);
        finder.needs(READER.read("The site office wants a screen showing the crane load readings every second while the"
                + " crew works. Which backend would you go with?", List.of()), new float[ASPECTS.size()]);
        assertThat(embedded).noneMatch(text -> text.startsWith("the crew works"));
        embedded.clear();
        finder.needs(READER.read("The site office wants a screen showing the crane load readings every second while the"
                + " crew up on the tower can ask the office for a lift plan. Which backend would you go with?", List.of()),
                new float[ASPECTS.size()]);
        assertThat(embedded).contains("the crew up on the tower can ask the office for a lift plan.");
        // with no need found in the whole, a short part may still state one
        embedded.clear();
        finder.needs(READER.read("Drivers' positions update on the map, and we want to forecast tomorrow's orders."
                + " node or python?", List.of()), new float[ASPECTS.size()]);
        assertThat(embedded).contains("Drivers' positions update on the map");
    }

    @Test
    @DisplayName("two parts stating two needs plainly replace a need the whole is closest to by meaning alone")
    void partsOverWhole() {
        QuestionReader reader = READER;
        List<Aspect> aspects = ASPECTS;
        int dimensions = aspects.size() + 1;
        AspectMeanings meanings = oneDirectionEach(aspects, dimensions);
        String question = "the kiosk screens should show each order's status to the kitchen, and also a weekly estimate"
                + " of how much flour to buy. Which of the two?";
        UnderstoodQuestion asked = reader.read(question, List.of());
        float[] whole = towards(aspects, dimensions, "mobile", 0.5f);

        for (float part : new float[] {0.6f, 0.42f}) {
            float[] screens = towards(aspects, dimensions, "real-time", part);
            float[] estimate = towards(aspects, dimensions, "data-science", part);
            NeedFinder finder = new NeedFinder(reader, meanings,
                    text -> text.startsWith("the kiosk") ? screens : text.startsWith("a weekly") ? estimate : whole, a -> true);
            List<String> needs = finder.needs(asked, whole).stream().map(Aspect::id).toList();
            if (part > NeedFinder.STATED_CLOSENESS) {
                assertThat(needs).containsExactly("real-time", "data-science");
            } else {
                // parts no closer than that to their needs add one beside the whole's, as before
                assertThat(needs).containsExactly("mobile", "real-time");
            }
        }
    }

    @Test
    @DisplayName("a part as close to the overall choice as to any need names no need of its own")
    void partAboutTheChoice() {
        QuestionReader reader = READER;
        List<Aspect> aspects = ASPECTS;
        int dimensions = aspects.size() + 1;
        String question = "every stall's screen should list the queue the moment it changes, and for thousands of phones"
                + " at once too. Which would you pick for the server?";
        UnderstoodQuestion asked = reader.read(question, List.of());
        float[] whole = towards(aspects, dimensions, "real-time", 0.6f);
        float[] choosing = new float[dimensions];
        for (int i = 0; i < aspects.size(); i++) {
            String id = aspects.get(i).id();
            choosing[i] = id.equals("general") ? 0.6f : id.equals("learning-curve") ? 0.5f : 0;
        }
        choosing[dimensions - 1] = (float) Math.sqrt(1 - 0.36 - 0.25);
        NeedFinder finder = new NeedFinder(reader, oneDirectionEach(aspects, dimensions),
                text -> text.startsWith("for thousands") ? choosing : whole, a -> true);

        assertThat(finder.needs(asked, whole)).extracting(Aspect::id).containsExactly("real-time");
    }

    @Test
    @DisplayName("a need the whole's words state plainly takes a second one only from a part that states its own, not from one close by chance")
    void secondNeedStated() {
        int dimensions = ASPECTS.size() + 1;
        float[] records = towards(ASPECTS, dimensions, "crud-apps", 0.6f);
        UnderstoodQuestion asked = READER.read("We need a plain site where staff add, edit and delete records, and customers"
                + " upload a photo of their window. Node or Python?", List.of());
        assertThat(asked.aspect().id()).isEqualTo("crud-apps");

        for (float closeness : new float[] {0.42f, 0.5f}) {
            float[] upload = towards(ASPECTS, dimensions, "streaming", closeness);
            NeedFinder finder = new NeedFinder(READER, oneDirectionEach(ASPECTS, dimensions),
                    text -> text.startsWith("customers") ? upload : records, a -> true);

            List<String> needs = finder.needs(asked, records).stream().map(Aspect::id).toList();

            assertThat(needs).as("part at %.2f", closeness)
                    .isEqualTo(closeness < NeedFinder.STATED_CLOSENESS ? List.of("crud-apps") : List.of("crud-apps", "streaming"));
        }
    }

    /** A unit vector at {@code similarity} from one aspect's direction, the rest in a direction of no aspect. */
    private static float[] towards(List<Aspect> aspects, int dimensions, String id, float similarity) {
        float[] v = new float[dimensions];
        for (int i = 0; i < aspects.size(); i++) {
            v[i] = aspects.get(i).id().equals(id) ? similarity : 0;
        }
        v[dimensions - 1] = (float) Math.sqrt(1 - similarity * similarity);
        return v;
    }

    /** Meanings where every aspect is one direction of its own, in a space of {@code dimensions}. */
    @Test
    @DisplayName("a part's words stating its need in a phrase stand against the part's meaning; a single word does not")
    void plainPhraseInAPart() {
        // every text means performance, whatever it says
        float[] performance = new float[ASPECTS.size()];
        performance[ASPECTS.indexOf(SHIPPED.aspect("performance"))] = 1;
        NeedFinder finder = new NeedFinder(READER, oneDirectionEach(ASPECTS, ASPECTS.size()), text -> performance, a -> true);
        UnderstoodQuestion plain = READER.read("phones must ping the moment a sailing is delayed, and we also want to predict "
                + "which sailings run late from years of records. Node or Python?", List.of());
        UnderstoodQuestion oneWord = READER.read("the app has a chat for riders, and also the dashboards for managers. Node or Python?",
                List.of());

        assertThat(finder.needs(plain, performance)).extracting(Aspect::id).containsExactly("real-time", "machine-learning");
        assertThat(finder.needs(oneWord, performance)).extracting(Aspect::id).doesNotContain("real-time");
    }

    /** A unit vector at {@code closeness} to one aspect's direction (of {@link #oneDirectionEach}), the rest elsewhere. */
    private static float[] near(String aspect, float closeness) {
        float[] v = new float[ASPECTS.size() + 1];
        v[ASPECTS.indexOf(SHIPPED.aspect(aspect))] = closeness;
        v[ASPECTS.size()] = (float) Math.sqrt(1 - closeness * closeness);
        return v;
    }

    @Test
    @DisplayName("a message close to no need as a whole is also ranked without the short question that ends it")
    void wholeWithoutItsQuestion() {
        String text = "we're a credit bureau and need to train and serve credit scoring models. which of the two should the backend be in?";
        String statement = "we're a credit bureau and need to train and serve credit scoring models.";
        NeedFinder finder = new NeedFinder(READER, oneDirectionEach(ASPECTS, ASPECTS.size() + 1),
                t -> t.equals(statement) ? near("machine-learning", 0.6f) : new float[ASPECTS.size() + 1], a -> true);
        UnderstoodQuestion asked = READER.read(text, List.of());

        // as a whole, the question pulls it to the choice of a backend in general, and no need is close enough
        assertThat(finder.needs(asked, near("general", 0.5f))).extracting(Aspect::id).containsExactly("machine-learning");
        // close enough to a need as a whole, it is read whole
        assertThat(finder.needs(asked, near("cost", 0.45f))).extracting(Aspect::id).containsExactly("cost");
    }

    @Test
    @DisplayName("the overall choice gives way to the need a part states plainly: it is no need beside it")
    void overallGivesWay() {
        String text = "We're making an online whiteboard where a team can draw and move sticky notes together. "
                + "Which backend fits better, Node or Python?";
        String part = "We're making an online whiteboard where a team can draw";
        NeedFinder finder = new NeedFinder(READER, oneDirectionEach(ASPECTS, ASPECTS.size() + 1),
                t -> t.equals(part) ? near("real-time", 0.7f) : new float[ASPECTS.size() + 1], a -> true);
        UnderstoodQuestion asked = READER.read(text, List.of());

        assertThat(finder.needs(asked, near("general", 0.6f))).extracting(Aspect::id).containsExactly("real-time");
        // a part that only asks which backend, long enough to count, is no second need
        UnderstoodQuestion asksAgain = READER.read("We're making an online whiteboard where a team can draw, and which "
                + "backend should the app use for all of the drawing?", List.of());
        assertThat(finder.needs(asksAgain, near("general", 0.6f))).extracting(Aspect::id).containsExactly("real-time");
    }

    private static AspectMeanings oneDirectionEach(List<Aspect> aspects, int dimensions) {
        List<List<float[]>> vectors = new ArrayList<>();
        for (int i = 0; i < aspects.size(); i++) {
            float[] v = new float[dimensions];
            v[i] = 1;
            vectors.add(List.of(v));
        }
        return new AspectMeanings(aspects, vectors);
    }
}
