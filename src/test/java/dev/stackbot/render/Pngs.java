package dev.stackbot.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javax.imageio.ImageIO;

/** Checks that bytes are a real PNG (signature, decodable, dimensions) and keeps a copy to look at. */
public final class Pngs {

    /** The eight bytes every PNG file starts with. */
    public static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    /** Where the tests leave the images they drew, to be opened and looked at. */
    public static final Path OUT = Path.of("target", "charts");

    private Pngs() {
    }

    /** Asserts the PNG signature and decodes the image; fails on anything else. */
    public static BufferedImage decode(byte[] bytes) {
        assertThat(bytes.length).as("a PNG has more than its signature").isGreaterThan(SIGNATURE.length);
        assertThat(Arrays.copyOf(bytes, SIGNATURE.length)).as("PNG signature").isEqualTo(SIGNATURE);
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
            assertThat(image).as("ImageIO decodes it").isNotNull();
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the image under target/charts so a person can open it. */
    public static Path keep(String name, byte[] bytes) {
        try {
            Files.createDirectories(OUT);
            return Files.write(OUT.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
