package dev.stackbot.semantic;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * An {@link Embedder} running a shipped BERT-style model in process with ONNX Runtime: one session with
 * one intra-op thread that never spins, so an idle model takes no CPU from whatever runs beside it.
 */
public final class OnnxEmbedder implements Embedder {

    /** Tokens per passage, its first ones: passages are at most a few sentences. */
    static final int MAX_TOKENS = 256;
    /**
     * Tokens per question, its prefix included: about 500 characters, more than nearly any question people type (the
     * longest of the 2,280 read blind questions has 631, and every one of them is answered the same at 128 tokens as at
     * 256). The model's time grows with the tokens: a 1,000-character message took about 55 ms at 256 tokens and 27 ms
     * at 128 on this project's 2-core machine, which kept a hostile question over its 50 ms budget. A longer question
     * keeps its first {@link #QUERY_HEAD} tokens and its last ones: a long message says who asks first and asks last.
     */
    static final int MAX_QUERY_TOKENS = 128;
    /** Tokens kept from the start of a question longer than {@link #MAX_QUERY_TOKENS}, its opening one included. */
    static final int QUERY_HEAD = 33;
    /**
     * Tokens the tokenizer reads at most: the shipped models' own limit (asked for more, the tokenizer logs a warning and
     * reads 512). A question of 1,000 characters (QuestionReader.MAX_CHARS) in words is well within it.
     */
    private static final int READ_TOKENS = 512;

    private final EmbeddingModel model;
    private final OrtEnvironment environment;
    private final OrtSession session;
    private final HuggingFaceTokenizer tokenizer;
    private final boolean typeIds;
    private final int dimensions;

    private OnnxEmbedder(EmbeddingModel model, OrtEnvironment environment, OrtSession session,
                         HuggingFaceTokenizer tokenizer) throws OrtException {
        this.model = model;
        this.environment = environment;
        this.session = session;
        this.tokenizer = tokenizer;
        this.typeIds = session.getInputNames().contains("token_type_ids");
        this.dimensions = embed("dimensions", MAX_TOKENS, MAX_TOKENS - 1).length;
    }

    /**
     * Loads a model from the class path.
     *
     * @throws SemanticUnavailableException when its files are missing or ONNX Runtime cannot run here
     */
    public static OnnxEmbedder load(EmbeddingModel model) {
        // DJL must never reach for the network: its tokenizer's native library ships inside its jar
        System.setProperty("ai.djl.offline", "true");
        byte[] onnx = resource(model.modelResource());
        HuggingFaceTokenizer tokenizer = null;
        try (InputStream json = OnnxEmbedder.class.getClassLoader().getResourceAsStream(model.tokenizerResource())) {
            if (json == null) {
                throw new SemanticUnavailableException("the model's tokenizer " + model.tokenizerResource() + " is not on the class path");
            }
            tokenizer = HuggingFaceTokenizer.newInstance(json, Map.of(
                    "maxLength", Integer.toString(READ_TOKENS), "truncation", "true", "padding", "false"));
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            OrtSession session;
            try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
                options.setIntraOpNumThreads(1);
                options.setInterOpNumThreads(1);
                options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
                // a spinning worker waiting for the next run would burn the machine's other core while idle
                options.addConfigEntry("session.intra_op.allow_spinning", "0");
                options.addConfigEntry("session.inter_op.allow_spinning", "0");
                options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
                session = environment.createSession(onnx, options);
            }
            try {
                return new OnnxEmbedder(model, environment, session, tokenizer);
            } catch (OrtException | RuntimeException e) {
                session.close(); // the first run failed: its native memory is freed here, not leaked
                throw e;
            }
        } catch (IOException | OrtException | RuntimeException | UnsatisfiedLinkError e) {
            if (tokenizer != null) {
                tokenizer.close();
            }
            if (e instanceof SemanticUnavailableException unavailable) {
                throw unavailable;
            }
            throw new SemanticUnavailableException("the model " + model.id() + " cannot run here: " + e, e);
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = OnnxEmbedder.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new SemanticUnavailableException("the model file " + name + " is not on the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new SemanticUnavailableException("the model file " + name + " cannot be read: " + e, e);
        }
    }

    @Override
    public String modelId() {
        return model.id();
    }

    @Override
    public int dimensions() {
        return dimensions;
    }

    @Override
    public float[] query(String text) {
        return embed(model.queryPrefix() + text, MAX_QUERY_TOKENS, QUERY_HEAD);
    }

    @Override
    public List<float[]> passages(List<String> texts) {
        List<float[]> vectors = new ArrayList<>(texts.size());
        for (String text : texts) {
            vectors.add(embed(text, MAX_TOKENS, MAX_TOKENS - 1));
        }
        return vectors;
    }

    /** The text's vector from at most {@code maxTokens} of its tokens: see {@link #cut}. */
    private float[] embed(String text, int maxTokens, int head) {
        Encoding encoding = tokenizer.encode(text == null ? "" : text);
        long[] ids = cut(encoding.getIds(), maxTokens, head);
        long[] mask = cut(encoding.getAttentionMask(), maxTokens, head);
        long[] types = cut(encoding.getTypeIds(), maxTokens, head);
        try (OnnxTensor idTensor = OnnxTensor.createTensor(environment, new long[][] {ids});
             OnnxTensor maskTensor = OnnxTensor.createTensor(environment, new long[][] {mask});
             OnnxTensor typeTensor = typeIds ? OnnxTensor.createTensor(environment, new long[][] {types}) : null) {
            Map<String, OnnxTensor> inputs = typeTensor == null
                    ? Map.of("input_ids", idTensor, "attention_mask", maskTensor)
                    : Map.of("input_ids", idTensor, "attention_mask", maskTensor, "token_type_ids", typeTensor);
            try (OrtSession.Result result = session.run(inputs)) {
                float[][] tokens = ((float[][][]) result.get(0).getValue())[0];
                return Vectors.normalized(pool(tokens, mask));
            }
        } catch (OrtException e) {
            throw new IllegalStateException("the embedding model failed on a text of "
                    + (text == null ? 0 : text.length()) + " chars", e);
        }
    }

    /**
     * A text's token values cut to {@code max}: its first {@code head} (the opening token among them) and its last
     * ones (the closing separator among them); unchanged when no longer. A passage keeps all but its last slot from the
     * start, as the tokenizer cut it before questions had their own length.
     */
    static long[] cut(long[] values, int max, int head) {
        if (values.length <= max) {
            return values;
        }
        long[] kept = Arrays.copyOf(values, max);
        System.arraycopy(values, values.length - (max - head), kept, head, max - head);
        return kept;
    }

    private float[] pool(float[][] tokens, long[] mask) {
        if (model.pooling() == EmbeddingModel.Pooling.CLS) {
            return tokens[0].clone();
        }
        float[] sum = new float[tokens[0].length];
        int counted = 0;
        for (int t = 0; t < tokens.length; t++) {
            if (mask[t] == 0) {
                continue;
            }
            counted++;
            for (int d = 0; d < sum.length; d++) {
                sum[d] += tokens[t][d];
            }
        }
        for (int d = 0; d < sum.length; d++) {
            sum[d] /= Math.max(1, counted);
        }
        return sum;
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            // closing frees native memory; a failure here leaves nothing to recover
        }
        tokenizer.close();
    }
}
