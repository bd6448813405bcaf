package dev.stackbot.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

@DisplayName("--version: the version comes from the jar's manifest")
final class VersionProviderTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("loaded from a jar whose manifest has Implementation-Version, the provider prints that version")
    void readsTheManifest() throws Exception {
        // given a jar holding the provider's class, with the manifest entries the shade plugin writes
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.IMPLEMENTATION_VERSION, "9.8.7-test");
        Path jar = dir.resolve("stackbot.jar");
        String entry = VersionProvider.class.getName().replace('.', '/') + ".class";
        try (OutputStream file = Files.newOutputStream(jar);
             JarOutputStream out = new JarOutputStream(file, manifest);
             InputStream classBytes = VersionProvider.class.getClassLoader().getResourceAsStream(entry)) {
            out.putNextEntry(new JarEntry(entry));
            classBytes.transferTo(out);
            out.closeEntry();
        }
        URL picocli = CommandLine.class.getProtectionDomain().getCodeSource().getLocation();

        // when the class is loaded from that jar alone (not from target/classes) and asked its version
        String[] version;
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL(), picocli},
                ClassLoader.getPlatformClassLoader())) {
            Class<?> provider = loader.loadClass(VersionProvider.class.getName());
            var constructor = provider.getDeclaredConstructor();
            constructor.setAccessible(true);
            Object instance = constructor.newInstance();
            var getVersion = provider.getMethod("getVersion");
            getVersion.setAccessible(true); // the class is package-private
            version = (String[]) getVersion.invoke(instance);
        }

        // then it is the manifest's
        assertThat(version).containsExactly("stackbot 9.8.7-test");
    }

    @Test
    @DisplayName("run from classes (no manifest version), it says it is a development build")
    void developmentBuild() throws IOException {
        assertThat(new VersionProvider().getVersion()).containsExactly("stackbot (development build)");
    }
}
