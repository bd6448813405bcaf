package dev.stackbot.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where the store lives and how long it keeps things.
 *
 * @param dataDir       directory of the SQLite file and of the hash key file (created when missing)
 * @param databaseUrl   a {@code jdbc:postgresql://} URL to use PostgreSQL instead of SQLite, or null
 * @param hashKey       the secret of the askers' keyed hash, or null to keep one in {@code dataDir}
 * @param retentionDays rows older than this many days are purged daily
 */
public record StoreConfig(Path dataDir, String databaseUrl, String hashKey, int retentionDays) {

    public static final String DATA = "STACKBOT_DATA";
    public static final String DATABASE_URL = "STACKBOT_DATABASE_URL";
    public static final String HASH_KEY = "STACKBOT_HASH_KEY";
    public static final String RETENTION_DAYS = "STACKBOT_RETENTION_DAYS";
    /** The settings this record is read from, for config files that refuse unknown keys. */
    public static final List<String> KEYS = List.of(DATA, DATABASE_URL, HASH_KEY, RETENTION_DAYS);

    public static final String POSTGRES_PREFIX = "jdbc:postgresql://";
    public static final int DEFAULT_RETENTION_DAYS = 90;

    public StoreConfig {
        if (retentionDays < 1) {
            throw new IllegalArgumentException(RETENTION_DAYS + " must be at least 1 day, not " + retentionDays);
        }
    }

    /** SQLite in {@code dataDir}, the default retention, a key file beside the database. */
    public static StoreConfig sqlite(Path dataDir) {
        return new StoreConfig(dataDir, null, null, DEFAULT_RETENTION_DAYS);
    }

    /**
     * Reads the settings from environment-like values; blank values mean the default.
     *
     * @throws IllegalArgumentException with a one-line message naming the setting
     */
    public static StoreConfig from(Map<String, String> values) {
        String data = blankToNull(values.get(DATA));
        String url = blankToNull(values.get(DATABASE_URL));
        if (url != null && !url.toLowerCase(Locale.ROOT).startsWith(POSTGRES_PREFIX)) {
            // the URL may carry a password: never echo it
            throw new IllegalArgumentException(DATABASE_URL + " must be a " + POSTGRES_PREFIX
                    + "host:port/database URL; leave it empty for the SQLite file in " + DATA);
        }
        String key = blankToNull(values.get(HASH_KEY));
        if (key != null && key.length() < 16) {
            throw new IllegalArgumentException(HASH_KEY + " must be at least 16 characters long");
        }
        String days = blankToNull(values.get(RETENTION_DAYS));
        int retention;
        try {
            retention = days == null ? DEFAULT_RETENTION_DAYS : Integer.parseInt(days);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(RETENTION_DAYS + ": '" + days + "' is not a number of days");
        }
        if (retention < 1) {
            throw new IllegalArgumentException(RETENTION_DAYS + " must be at least 1 day, not " + retention);
        }
        return new StoreConfig(Path.of(data == null ? "./data" : data), url, key, retention);
    }

    public boolean postgres() {
        return databaseUrl != null;
    }

    /** The SQLite file used when no PostgreSQL URL is set. */
    public Path sqliteFile() {
        return dataDir.resolve("stackbot.db");
    }

    /** Where it is, for logs: never the PostgreSQL URL's parameters, which may hold a password. */
    public String describe() {
        if (!postgres()) {
            return "SQLite " + sqliteFile();
        }
        int query = databaseUrl.indexOf('?');
        String bare = query < 0 ? databaseUrl : databaseUrl.substring(0, query);
        int at = bare.indexOf('@');
        return "PostgreSQL " + (at < 0 ? bare : POSTGRES_PREFIX + bare.substring(at + 1));
    }

    @Override
    public String toString() {
        return "StoreConfig[" + describe() + ", dataDir=" + dataDir + ", hashKey=" + (hashKey == null ? "(file)" : "****")
                + ", retentionDays=" + retentionDays + "]";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
