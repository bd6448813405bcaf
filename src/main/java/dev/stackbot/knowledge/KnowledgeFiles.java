package dev.stackbot.knowledge;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Lists and reads the files of a knowledge directory, refusing what must never be served:
 * links out of the directory, empty, binary, oversized or wrongly encoded files.
 */
final class KnowledgeFiles {

    /** Larger files are refused: a knowledge file this big is a mistake, and it would slow every reload. */
    static final long MAX_FILE_BYTES = 2L * 1024 * 1024;

    /** The line named for a problem of the whole file (empty, too big, a link out): where an editor opens it. */
    static final int WHOLE_FILE = 1;

    /** One readable text file. */
    record TextFile(String relative, String text) {
    }

    private KnowledgeFiles() {
    }

    /** Every file that belongs to the knowledge (sources and catalogs), read as text; problems go to {@code errors}. */
    static List<TextFile> read(Path dir, List<KnowledgeError> errors) {
        List<TextFile> files = new ArrayList<>();
        Path root;
        try {
            root = dir.toRealPath();
        } catch (IOException e) {
            errors.add(new KnowledgeError(dir.toString(), 0, "the knowledge directory does not exist"));
            return files;
        }
        if (!Files.isDirectory(root)) {
            errors.add(new KnowledgeError(dir.toString(), 0, "not a directory"));
            return files;
        }
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(root, FileVisitOption.FOLLOW_LINKS)) {
            paths = walk.filter(p -> !p.equals(root)).sorted(Comparator.comparing(Path::toString)).toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            errors.add(new KnowledgeError(dir.toString(), 0, "cannot list the directory: " + e.getMessage()));
            return files;
        }
        for (Path path : paths) {
            String relative = root.relativize(path).toString().replace('\\', '/');
            if (isHidden(relative) || !isKnowledgeFile(relative) || Files.isDirectory(path)) {
                continue;
            }
            readOne(root, path, relative, errors).ifPresent(files::add);
        }
        return files;
    }

    static boolean isSource(String relative) {
        return relative.startsWith("sources/") && relative.endsWith(".md");
    }

    static boolean isCatalog(String relative) {
        return !relative.startsWith("sources/") && (relative.endsWith(".yaml") || relative.endsWith(".yml"));
    }

    private static boolean isKnowledgeFile(String relative) {
        return isSource(relative) || isCatalog(relative);
    }

    private static boolean isHidden(String relative) {
        for (String part : relative.split("/")) {
            if (part.startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static java.util.Optional<TextFile> readOne(Path root, Path path, String relative, List<KnowledgeError> errors) {
        try {
            Path real = path.toRealPath();
            if (!real.startsWith(root)) {
                errors.add(new KnowledgeError(relative, WHOLE_FILE, "is a link that leads outside the knowledge directory (to " + real + ")"));
                return java.util.Optional.empty();
            }
            long size = Files.size(real);
            if (size > MAX_FILE_BYTES) {
                errors.add(new KnowledgeError(relative, WHOLE_FILE, "is " + size + " bytes; the limit is " + MAX_FILE_BYTES));
                return java.util.Optional.empty();
            }
            byte[] bytes = Files.readAllBytes(real);
            for (int i = 0; i < bytes.length; i++) {
                if (bytes[i] == 0) {
                    errors.add(new KnowledgeError(relative, lineAtByte(bytes, i), "is a binary file (it contains a NUL byte)"));
                    return java.util.Optional.empty();
                }
            }
            String text = decodeUtf8(bytes, relative, errors);
            if (text == null) {
                return java.util.Optional.empty();
            }
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            if (text.isBlank()) {
                errors.add(new KnowledgeError(relative, WHOLE_FILE, "is empty"));
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(new TextFile(relative, text.replace("\r\n", "\n")));
        } catch (IOException e) {
            errors.add(new KnowledgeError(relative, WHOLE_FILE, "cannot be read: " + e.getMessage()));
            return java.util.Optional.empty();
        }
    }

    private static String decodeUtf8(byte[] bytes, String relative, List<KnowledgeError> errors) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            int bad = firstInvalidUtf8(bytes);
            errors.add(new KnowledgeError(relative, lineAtByte(bytes, bad), "is not valid UTF-8 (byte " + bad + ")"));
            return null;
        }
    }

    private static int firstInvalidUtf8(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        var out = java.nio.CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        return in.position();
    }

    private static int lineAtByte(byte[] bytes, int index) {
        int line = 1;
        for (int i = 0; i < index && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
