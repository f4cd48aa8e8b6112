package dev.autogen.codegen;

import dev.autogen.operation.Operation;
import dev.autogen.operation.Plan;
import dev.autogen.operation.Risk;

import javax.lang.model.SourceVersion;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Everything a revision class is written from. {@code parents} is empty for a root revision and has two or more
 * entries for a merge; {@code risks} gives the risks of each operation: how it loses data or may fail on existing
 * rows (it is asked about upgrade and downgrade operations alike); {@code notes} are extra header lines such as {@code UNVERIFIED: ...}.
 * Empty plans make a revision with placeholders for hand-written changes. {@code online} marks a revision written
 * with the online plan ({@code @Revision(online = true)}: its transactions get the online lock and statement timeouts).
 */
public record RevisionSpec(String id, List<String> parents, String message, Instant created, String packageName,
                           List<String> branchLabels, List<String> dependsOn, Plan upgrade, Plan downgrade,
                           Function<Operation, List<Risk>> risks, List<String> notes, boolean online) {
    public RevisionSpec {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("a revision id cannot be blank");
        }
        parents = List.copyOf(parents);
        message = message == null ? "" : message;
        created = Objects.requireNonNull(created, "created").truncatedTo(ChronoUnit.SECONDS);
        packageName = packageName == null ? "" : packageName;
        if (!packageName.isEmpty() && !SourceVersion.isName(packageName)) {
            throw new IllegalArgumentException("'" + packageName + "' is not a valid Java package name");
        }
        branchLabels = List.copyOf(branchLabels);
        dependsOn = List.copyOf(dependsOn);
        Objects.requireNonNull(upgrade, "upgrade");
        Objects.requireNonNull(downgrade, "downgrade");
        risks = risks == null ? op -> List.of() : risks;
        notes = List.copyOf(notes);
    }

    /** A revision written with the plain plan. */
    public RevisionSpec(String id, List<String> parents, String message, Instant created, String packageName,
                        List<String> branchLabels, List<String> dependsOn, Plan upgrade, Plan downgrade,
                        Function<Operation, List<Risk>> risks, List<String> notes) {
        this(id, parents, message, created, packageName, branchLabels, dependsOn, upgrade, downgrade, risks, notes,
                false);
    }

    /** A revision for hand-written changes: no operations, no branch labels, dependencies or notes. */
    public static RevisionSpec empty(String id, List<String> parents, String message, Instant created,
                                     String packageName) {
        return new RevisionSpec(id, parents, message, created, packageName, List.of(), List.of(), Plan.empty(),
                Plan.empty(), null, List.of());
    }
}
