package dev.stackbot.question;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * English words, to tell a misspelling of a signal word ("lern", "microsrvices") from a real word one letter
 * away from it ("production" is not "productiv*", "classifieds" not "classifier*"). The words are those of the
 * shipped embedding model's WordPiece vocabulary (about 22,000 whole English words, lower case), read from the
 * tokenizer file its Maven artifact puts on the class path; nothing is downloaded. Without that file, no word
 * counts as real, and no misspelling is read either.
 */
final class Vocabulary {

    private static final Logger LOG = LoggerFactory.getLogger(Vocabulary.class);
    /** The tokenizer of the shipped model (all-MiniLM-L6-v2, uncased), on the class path. */
    static final String RESOURCE = "all-minilm-l6-v2-q-tokenizer.json";
    /** Endings a real word may take beyond its vocabulary form ("classifieds", "dashboards", "scraped"). */
    private static final String[] ENDINGS = {"s", "es", "ed", "d", "ing", "ly"};

    private static volatile Vocabulary english;

    private final Set<String> words;

    private Vocabulary(Set<String> words) {
        this.words = Set.copyOf(words);
    }

    /** The shipped English vocabulary, read once. */
    static Vocabulary english() {
        Vocabulary loaded = english;
        if (loaded == null) {
            synchronized (Vocabulary.class) {
                if (english == null) {
                    english = load();
                }
                loaded = english;
            }
        }
        return loaded;
    }

    /** Whether it has words at all: false when the tokenizer file is missing (then misspellings are not read). */
    boolean available() {
        return !words.isEmpty();
    }

    /** Whether {@code key} (lower case) is an English word, as written or with a common ending. */
    boolean isWord(String key) {
        if (words.contains(key)) {
            return true;
        }
        for (String ending : ENDINGS) {
            if (key.length() > ending.length() + 2 && key.endsWith(ending)
                    && words.contains(key.substring(0, key.length() - ending.length()))) {
                return true;
            }
        }
        return false;
    }

    private static Vocabulary load() {
        Set<String> words = new HashSet<>();
        try (InputStream in = Vocabulary.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                LOG.warn("{} is not on the class path: misspelt signal words are not read", RESOURCE);
                return new Vocabulary(words);
            }
            try (JsonParser parser = new JsonFactory().createParser(in)) {
                // {"model": {"vocab": {"word": id, ...}, ...}, ...}: the vocab object's field names are the words
                int depth = 0;
                boolean inModel = false;
                while (parser.nextToken() != null) {
                    JsonToken token = parser.currentToken();
                    if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                        depth++;
                    } else if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                        depth--;
                    } else if (token == JsonToken.FIELD_NAME && depth == 1) {
                        inModel = parser.currentName().equals("model");
                    } else if (token == JsonToken.FIELD_NAME && depth == 2 && inModel && parser.currentName().equals("vocab")) {
                        readVocab(parser, words);
                        break;
                    }
                }
            }
        } catch (IOException e) {
            LOG.warn("could not read {}: misspelt signal words are not read ({})", RESOURCE, e.getMessage());
            words.clear();
        }
        return new Vocabulary(words);
    }

    private static void readVocab(JsonParser parser, Set<String> words) throws IOException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            return;
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String word = parser.currentName();
            if (word.length() > 1 && word.chars().allMatch(Character::isLetter)) {
                words.add(word);
            }
            parser.nextToken(); // its id
        }
    }
}
