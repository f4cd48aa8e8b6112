package dev.autogen.compare;

import dev.autogen.model.CheckConstraint;
import dev.autogen.model.ConstraintNames;
import dev.autogen.model.QualifiedName;
import dev.autogen.operation.AddCheckConstraint;
import dev.autogen.operation.AddForeignKey;
import dev.autogen.operation.AddUniqueConstraint;
import dev.autogen.operation.AlterColumn;
import dev.autogen.operation.CreateIndex;
import dev.autogen.operation.CreateTable;
import dev.autogen.operation.DropCheckConstraint;
import dev.autogen.operation.DropIndex;
import dev.autogen.operation.DropTable;
import dev.autogen.operation.Operation;
import dev.autogen.operation.Plan;
import dev.autogen.operation.PlanPolicy;
import dev.autogen.operation.ValidateConstraint;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The online rewrites of {@code safety=online} (PostgreSQL): changes to tables that already exist, which hold rows
 * and serve traffic, are written so that no statement blocks writers for longer than a catalog change. Tables the
 * plan creates are left alone: nobody uses them yet.
 * <ul>
 *   <li>An index is built and dropped {@code CONCURRENTLY}, outside a transaction; a unique constraint's index too,
 *       the constraint then made from it ({@code ADD CONSTRAINT ... UNIQUE USING INDEX}).</li>
 *   <li>A foreign key or check is added {@code NOT VALID} (a short lock, no scan) and validated after the other
 *       changes, each validation in a transaction of its own, which scans while writers go on.</li>
 *   <li>{@code NOT NULL} on a column becomes a check {@code (col IS NOT NULL) NOT VALID}, its validation, then
 *       {@code SET NOT NULL}, which PostgreSQL 12 and later prove from the valid check without a scan, then the
 *       check is dropped again.</li>
 * </ul>
 * It runs after the statement order ({@link PlanStage#then}): it expands an operation in place into steps that must
 * stay together. The reverse of the rewritten plan is still a valid downgrade.
 */
public final class OnlinePlan implements PlanPolicy {

    @Override
    public Plan apply(Plan plan) {
        Set<QualifiedName> created = new HashSet<>();
        Set<QualifiedName> dropped = new HashSet<>();
        for (Operation op : plan.operations()) {
            if (op instanceof CreateTable c) {
                created.add(c.table().name());
            } else if (op instanceof DropTable d) {
                dropped.add(d.table().name());
            }
        }
        List<Operation> out = new ArrayList<>();
        List<Operation> validations = new ArrayList<>();
        for (Operation op : plan.operations()) {
            if (op instanceof CreateIndex c && !created.contains(c.table()) && !c.concurrently()) {
                out.add(new CreateIndex(c.table(), c.index(), true));
            } else if (op instanceof DropIndex d && !dropped.contains(d.table()) && !d.concurrently()) {
                out.add(new DropIndex(d.table(), d.index(), true));
            } else if (op instanceof AddUniqueConstraint u && !created.contains(u.table()) && !u.concurrently()) {
                out.add(new AddUniqueConstraint(u.table(), u.constraint(), true));
            } else if (op instanceof AddForeignKey a && !created.contains(a.table()) && !a.notValid()) {
                out.add(new AddForeignKey(a.table(), a.foreignKey(), true));
                validations.add(new ValidateConstraint(a.table(), a.foreignKey().name()));
            } else if (op instanceof AddCheckConstraint a && !created.contains(a.table()) && !a.notValid()) {
                out.add(new AddCheckConstraint(a.table(), a.constraint(), true));
                validations.add(new ValidateConstraint(a.table(), a.constraint().name()));
            } else if (op instanceof AlterColumn a && a.from().nullable() && !a.to().nullable()
                    && !created.contains(a.table())) {
                CheckConstraint check = notNullCheck(a);
                out.add(new AddCheckConstraint(a.table(), check, true));
                out.add(new ValidateConstraint(a.table(), check.name()));
                out.add(a);
                out.add(new DropCheckConstraint(a.table(), check));
            } else {
                out.add(op);
            }
        }
        out.addAll(validations);
        return new Plan(out);
    }

    /** The check that proves a column holds no nulls, named {@code ck_<table>_<column>_not_null}. */
    static CheckConstraint notNullCheck(AlterColumn change) {
        String column = change.to().name();
        String name = ConstraintNames.shorten("ck_" + change.table().name() + "_" + column + "_not_null");
        return new CheckConstraint(name, "\"" + column.replace("\"", "\"\"") + "\" IS NOT NULL");
    }
}
