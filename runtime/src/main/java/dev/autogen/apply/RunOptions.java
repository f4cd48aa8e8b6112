package dev.autogen.apply;

import java.time.Duration;

/**
 * How revisions are applied, one of the small option records {@link Settings} is made of.
 *
 * @param versionTable      name of the version table ({@code schema.table} qualifies it)
 * @param lockTimeout       how long to wait for the migration lock
 * @param transactionPerRun run a whole upgrade in one transaction instead of one per revision
 */
public record RunOptions(String versionTable, Duration lockTimeout, boolean transactionPerRun) {
    public static final String DEFAULT_VERSION_TABLE = "autogen_version";
    public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofSeconds(60);
    public static final RunOptions DEFAULT = new RunOptions(null, null, false);

    public RunOptions {
        versionTable = versionTable == null || versionTable.isBlank() ? DEFAULT_VERSION_TABLE : versionTable;
        lockTimeout = lockTimeout == null ? DEFAULT_LOCK_TIMEOUT : lockTimeout;
        if (lockTimeout.isNegative()) {
            throw new dev.autogen.error.AutogenException(dev.autogen.error.ErrorKind.CONFIG, "lock_timeout cannot be"
                    + " negative (got " + lockTimeout + "); write e.g. 30s, or 0s not to wait.");
        }
    }
}
