package dev.stackbot.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Who asked, as HMAC-SHA256 of the Discord user id under a per-installation secret: the store can count and
 * forget one person's rows without ever holding their id, and a copy of the database alone does not let
 * anyone try every id to find someone (the secret is not in it).
 */
public final class AskerHash {

    /** The key file in the data directory, used when {@code STACKBOT_HASH_KEY} is not set. */
    public static final String KEY_FILE = "asker-hash.key";

    private final SecretKeySpec key;
    /**
     * One initialised Mac per thread: looking the algorithm up and initialising it took more CPU than the hash
     * itself, once per answer (docs/PERFORMANCE.md, the Discord reply path). A Mac is not thread-safe.
     */
    private final ThreadLocal<Mac> macs;

    AskerHash(byte[] secret) {
        this.key = new SecretKeySpec(secret, "HmacSHA256");
        this.macs = ThreadLocal.withInitial(this::newMac);
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** The configured secret, else the data directory's key file, created with a fresh random secret if missing. */
    public static AskerHash load(StoreConfig config) {
        if (config.hashKey() != null) {
            return new AskerHash(config.hashKey().getBytes(StandardCharsets.UTF_8));
        }
        Path file = config.dataDir().resolve(KEY_FILE);
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            String hex = Files.readString(file, StandardCharsets.US_ASCII).strip();
            return new AskerHash(HexFormat.of().parseHex(hex));
        } catch (IOException | IllegalArgumentException e) {
            throw new StoreException("cannot read or create the hash key " + file + ": " + e.getMessage(), e);
        }
    }

    private static void create(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        try {
            Files.writeString(file, HexFormat.of().formatHex(secret) + "\n", StandardCharsets.US_ASCII,
                    StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            return; // another process made it first: use theirs
        }
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the directory's own permissions protect it
        }
    }

    /** 64 hex characters; the same id always gives the same hash under the same secret. */
    public String of(long userId) {
        // doFinal resets the Mac for the next use
        return HexFormat.of().formatHex(macs.get().doFinal(Long.toUnsignedString(userId).getBytes(StandardCharsets.US_ASCII)));
    }
}
