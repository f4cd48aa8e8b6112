package dev.autogen.runtime;

/** Which way a revision is being run. */
public enum Direction {
    UPGRADE, DOWNGRADE;

    /** {@code upgrade} or {@code downgrade}, as the command is spelled. */
    public String command() {
        return this == UPGRADE ? "upgrade" : "downgrade";
    }
}
