package dev.stackbot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("AskerHash: the keyed hash askers are stored as")
final class AskerHashTest {

    @TempDir
    Path temp;

    @Test
    @DisplayName("without a configured key, a random one is made once in the data directory, readable by its owner only")
    void keyFileIsMadeOnceAndKept() throws Exception {
        // given an empty data directory
        StoreConfig config = StoreConfig.sqlite(temp.resolve("data"));
        // when the hash is loaded twice
        String first = AskerHash.load(config).of(412345678901234567L);
        String second = AskerHash.load(config).of(412345678901234567L);
        // then the key file exists, private, and the same id hashes the same, as 64 hex characters without the id
        Path key = config.dataDir().resolve(AskerHash.KEY_FILE);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).isEqualTo("rw-------");
        assertThat(first).isEqualTo(second).matches("[0-9a-f]{64}").doesNotContain("412345678901234567");
        // and another installation (another key) hashes the same id differently
        String elsewhere = AskerHash.load(StoreConfig.sqlite(temp.resolve("other"))).of(412345678901234567L);
        assertThat(elsewhere).isNotEqualTo(first);
    }

    @Test
    @DisplayName("STACKBOT_HASH_KEY is used instead of a file, so several processes hash alike")
    void configuredKey() {
        // given two processes configured with the same key and different data directories
        StoreConfig a = new StoreConfig(temp.resolve("a"), null, "a-long-shared-secret", 90);
        StoreConfig b = new StoreConfig(temp.resolve("b"), null, "a-long-shared-secret", 90);
        // then they agree, and no key file is written
        assertThat(AskerHash.load(a).of(7)).isEqualTo(AskerHash.load(b).of(7));
        assertThat(a.dataDir().resolve(AskerHash.KEY_FILE)).doesNotExist();
        assertThat(AskerHash.load(a).of(7)).isNotEqualTo(AskerHash.load(a).of(8));
    }
}
