package dev.autogen.spring;

import dev.autogen.Autogen;
import dev.autogen.AutogenBuilder;
import dev.autogen.usecase.CheckResult;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * {@code autogen.fail-on-drift}: the drift check of the full library ({@code dev.autogen:autogen}), which an
 * application adds beside the starter when it wants it. This class is only loaded when the setting is on and the
 * library is present, so an application without it never needs its classes.
 */
final class DriftGuard {
    private DriftGuard() {
    }

    /** What differs between the upgraded database and the entities; empty when they match. */
    static List<String> findings(DataSource dataSource, List<Class<?>> revisions, List<Class<?>> entities,
                                 Map<String, String> hibernate, Duration lockTimeout) {
        AutogenBuilder builder = Autogen.builder().dataSource(dataSource).revisionClasses(revisions)
                .entityClasses(entities).hibernate(hibernate);
        if (lockTimeout != null) {
            builder.lockTimeout(lockTimeout);
        }
        CheckResult check = builder.build().check();
        return check.ok() ? List.of() : check.findings();
    }
}
