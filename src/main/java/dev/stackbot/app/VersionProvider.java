package dev.stackbot.app;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar manifest's Implementation-Version (a development build when run from classes). */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        // the package of this class is defined from the jar that holds it, so its manifest is the shaded jar's
        String version = VersionProvider.class.getPackage().getImplementationVersion();
        return new String[] {"stackbot " + (version == null ? "(development build)" : version)};
    }
}
