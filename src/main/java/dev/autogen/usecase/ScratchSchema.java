package dev.autogen.usecase;

import dev.autogen.error.AutogenException;
import dev.autogen.error.ErrorKind;

import dev.autogen.compare.SchemaComparator;
import dev.autogen.dialect.SqlStatement;
import dev.autogen.model.SchemaModel;
import dev.autogen.operation.Operation;
import dev.autogen.operation.Plan;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;

/** Work on a scratch database through a {@link Project} pointed at it: apply revisions or plans, read the catalog. */
final class ScratchSchema {
    private final Project scratch;

    ScratchSchema(Project scratch) {
        this.scratch = scratch;
    }

    Project project() {
        return scratch;
    }

    /** Applies the revisions {@code ids} (and what they need), in graph order. */
    void upgradeTo(List<String> ids) {
        for (String id : ids) {
            scratch.runner().upgrade(id);
        }
    }

    /** The scratch catalog, filtered as the configured one is (no version table). */
    SchemaModel model() {
        return scratch.databaseModel();
    }

    /** The operations that take {@code from} to {@code to}; empty when they are equal for the dialect. */
    Plan compare(SchemaModel from, SchemaModel to) {
        return new SchemaComparator(scratch.dialect().types()).compare(from, to);
    }

    /** One line per operation, as revision headers list them. */
    String describe(Plan plan) {
        return plan.operations().stream().map(scratch::describe).collect(Collectors.joining("; "));
    }

    /**
     * Runs {@code plan} through the dialect's renderer as the runner runs a revision: in one transaction where the
     * database has transactional DDL, with a statement that must run outside one ({@code CONCURRENTLY}) committed
     * around, and one that starts a new transaction after a commit; statement by statement otherwise.
     *
     * @throws AutogenException of kind MIGRATION_FAILED naming the operation and statement that failed
     */
    void apply(Plan plan, String what) {
        boolean transactional = scratch.dialect().transactionalDdl();
        try (Connection c = scratch.connect(); Statement s = c.createStatement()) {
            c.setAutoCommit(!transactional);
            int n = 0;
            for (Operation op : plan.operations()) {
                n++;
                for (SqlStatement statement : scratch.dialect().renderer().render(op)) {
                    try {
                        if (transactional && statement.outsideTransaction()) {
                            c.commit();
                            c.setAutoCommit(true);
                            s.execute(statement.sql());
                            c.setAutoCommit(false);
                        } else {
                            if (transactional && statement.newTransaction()) {
                                c.commit();
                            }
                            s.execute(statement.sql());
                        }
                    } catch (SQLException e) {
                        throw new AutogenException(ErrorKind.MIGRATION_FAILED, "The " + what + " failed at operation "
                                + n + " (" + scratch.describe(op) + ") on the scratch database, whose tables hold rows as production's"
                                + " do: " + statement.sql()
                                + ": " + e.getMessage(), e);
                    }
                }
            }
            if (transactional) {
                c.commit();
            }
        } catch (SQLException e) {
            throw new AutogenException(ErrorKind.CONNECTION, "Cannot connect to the scratch database: "
                    + e.getMessage(), e);
        }
    }
}
