package dev.stackbot.semantic;

/** Arithmetic on embedding vectors. */
public final class Vectors {

    private Vectors() {
    }

    /** The vector scaled to unit length (a zero vector stays zero). */
    public static float[] normalized(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        if (norm == 0) {
            return v;
        }
        float scale = (float) (1 / Math.sqrt(norm));
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i] * scale;
        }
        return out;
    }

    /** Dot product: the cosine similarity of two unit vectors. */
    public static float dot(float[] a, float[] b) {
        float sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
