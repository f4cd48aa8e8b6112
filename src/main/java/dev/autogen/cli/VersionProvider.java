package dev.autogen.cli;

import picocli.CommandLine.IVersionProvider;

/** {@code autogen --version}: the jar's version and the Java runtime. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = VersionProvider.class.getPackage().getImplementationVersion();
        return new String[] {"autogen " + (v == null ? "development build" : v),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
    }
}
