package org.fieldbook.app.cli;

import picocli.CommandLine;

/** Reads the version from the jar manifest. */
public final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = FieldbookCommand.class.getPackage().getImplementationVersion();
        return new String[] {"Fieldbook " + (v == null ? "development build" : v)};
    }
}
