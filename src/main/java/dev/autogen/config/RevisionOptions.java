package dev.autogen.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Where revisions are written and what runs on each written file, one of the small option records
 * {@link Settings} is made of.
 *
 * @param migrations      folder of revision sources
 * @param revisionPackage Java package of generated revision classes
 * @param postWriteHook   command run on each generated file ({@code {file}} is replaced), or {@code null}
 * @param hookTimeout     how long the post-write hook may run before it is stopped
 */
public record RevisionOptions(Path migrations, String revisionPackage, String postWriteHook, Duration hookTimeout) {
    public static final String DEFAULT_REVISION_PACKAGE = "migrations";
    public static final Duration DEFAULT_HOOK_TIMEOUT = Duration.ofSeconds(120);

    public RevisionOptions {
        Objects.requireNonNull(migrations, "migrations");
        revisionPackage = revisionPackage == null || revisionPackage.isBlank() ? DEFAULT_REVISION_PACKAGE : revisionPackage;
        hookTimeout = hookTimeout == null ? DEFAULT_HOOK_TIMEOUT : hookTimeout;
        if (hookTimeout.isNegative()) {
            throw new dev.autogen.error.AutogenException(dev.autogen.error.ErrorKind.CONFIG, "post_write_hook_timeout"
                    + " cannot be negative (got " + hookTimeout + "); write e.g. 30s.");
        }
    }

    /** Revisions in {@code migrations}, with the default package and no hook. */
    public static RevisionOptions in(Path migrations) {
        return new RevisionOptions(migrations, null, null, null);
    }
}
