package dev.stackbot.semantic;

import java.util.Locale;

/**
 * A sentence-embedding model shipped inside a Maven artifact: where its two files sit on the class path
 * and how its vectors are made. Nothing is downloaded at run time.
 */
public enum EmbeddingModel {

    /** BAAI bge-small-en-v1.5, int8-quantized: 384 dimensions, the [CLS] vector; queries carry an instruction. */
    BGE_SMALL("bge-small-en-v1.5-q", "bge-small-en-v1.5-q.onnx", "bge-small-en-v1.5-q-tokenizer.json", Pooling.CLS,
            "Represent this sentence for searching relevant passages: "),
    /** sentence-transformers all-MiniLM-L6-v2, int8-quantized: 384 dimensions, the mean of the token vectors. */
    MINILM("all-minilm-l6-v2-q", "all-minilm-l6-v2-q.onnx", "all-minilm-l6-v2-q-tokenizer.json", Pooling.MEAN, "");

    /** How a sentence vector is made from the token vectors. */
    enum Pooling { CLS, MEAN }

    private final String id;
    private final String modelResource;
    private final String tokenizerResource;
    private final Pooling pooling;
    private final String queryPrefix;

    EmbeddingModel(String id, String modelResource, String tokenizerResource, Pooling pooling, String queryPrefix) {
        this.id = id;
        this.modelResource = modelResource;
        this.tokenizerResource = tokenizerResource;
        this.pooling = pooling;
        this.queryPrefix = queryPrefix;
    }

    /** Stable id, part of every cached vector's key: a vector of one model is never read as another's. */
    public String id() {
        return id;
    }

    String modelResource() {
        return modelResource;
    }

    public String tokenizerResource() {
        return tokenizerResource;
    }

    Pooling pooling() {
        return pooling;
    }

    String queryPrefix() {
        return queryPrefix;
    }

    /** The model of an id or enum name ("bge-small-en-v1.5-q", "minilm"), or null. */
    public static EmbeddingModel named(String name) {
        if (name == null) {
            return null;
        }
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        for (EmbeddingModel model : values()) {
            if (model.id.equals(wanted) || model.name().toLowerCase(Locale.ROOT).equals(wanted.replace('-', '_'))) {
                return model;
            }
        }
        return null;
    }
}
