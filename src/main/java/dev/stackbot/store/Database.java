package dev.stackbot.store;

import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.flywaydb.core.Flyway;

/**
 * Connections to the one database, SQLite or PostgreSQL, and its schema: every other class uses the same
 * JDBC code for both. Migrations are Flyway's versioned scripts in {@code db/migration}.
 */
public final class Database {

    private final StoreConfig config;
    private final String url;
    private final Properties properties;

    Database(StoreConfig config, int sqliteBusyMillis) {
        this.config = config;
        this.properties = new Properties();
        if (config.postgres()) {
            this.url = config.databaseUrl();
            // fail fast when the server is gone: the writer retries, readers report it
            properties.setProperty("connectTimeout", "5");
            properties.setProperty("socketTimeout", "30");
        } else {
            this.url = "jdbc:sqlite:" + config.sqliteFile().toAbsolutePath();
            // a second writer (stackbot forget while the bot runs) waits this long before the write fails
            properties.setProperty("busy_timeout", Integer.toString(sqliteBusyMillis));
            // readers (buttons, report) never wait for the writer, nor it for them
            properties.setProperty("journal_mode", "WAL");
            properties.setProperty("synchronous", "NORMAL");
        }
    }

    public static Database of(StoreConfig config) {
        return new Database(config, 5_000);
    }

    public StoreConfig config() {
        return config;
    }

    public boolean postgres() {
        return config.postgres();
    }

    /** A new connection; for SQLite the data directory is created first, so no set-up is ever needed. */
    public Connection connect() throws SQLException {
        if (!config.postgres()) {
            try {
                Files.createDirectories(config.dataDir());
            } catch (IOException e) {
                throw new SQLException("cannot create the data directory " + config.dataDir() + ": " + e, e);
            }
        }
        return DriverManager.getConnection(url, properties);
    }

    /** Brings the schema to the newest version; a database already there is left as it is. */
    public void migrate() throws SQLException {
        connect().close(); // creates the data directory, and fails here, clearly, when the database is unreachable
        Map<String, String> jdbc = new HashMap<>();
        properties.stringPropertyNames().forEach(name -> jdbc.put(name, properties.getProperty(name)));
        try {
            Flyway.configure()
                    .dataSource(url, null, null)
                    .jdbcProperties(jdbc)
                    .locations(locations())
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            throw new SQLException("migrating the schema failed: " + e.getMessage(), e);
        }
    }

    /**
     * The shared migrations, and for PostgreSQL its own as well: the tables of several processes agreeing on the
     * knowledge version (dev.stackbot.cluster), which a single SQLite process never needs.
     */
    private String[] locations() {
        return config.postgres()
                ? new String[] {"classpath:db/migration", "classpath:db/postgresql"}
                : new String[] {"classpath:db/migration"};
    }

    /** Runs a statement that has no result (tests, maintenance). */
    void execute(String sql) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
