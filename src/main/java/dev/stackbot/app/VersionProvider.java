package dev.stackbot.app;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar manifest (unknown when run from classes). */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = Main.class.getPackage().getImplementationVersion();
        return new String[] {"stackbot " + (version == null ? "(development build)" : version)};
    }
}
