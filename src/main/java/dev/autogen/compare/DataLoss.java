package dev.autogen.compare;

import dev.autogen.dialect.TypeNormaliser;
import dev.autogen.model.Column;
import dev.autogen.model.QualifiedName;
import dev.autogen.operation.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Says, in one sentence, how an operation can lose or reject data, so codegen and the CLI can warn about it.
 * Operations whose effect is unknown (hand-written SQL) or harmless to data have no sentence.
 */
public final class DataLoss {
    private final Describer describer;

    public DataLoss(TypeNormaliser types) {
        this.describer = new Describer(Objects.requireNonNull(types, "types"));
    }

    /** A sentence such as {@code drops column t.c and its values}, or empty when the operation keeps all data. */
    public Optional<String> describe(Operation op) {
        return Optional.ofNullable(op.accept(describer));
    }

    /** Returns the sentence, or {@code null} for none. */
    private static final class Describer implements OperationVisitor<String> {
        private final TypeNormaliser types;

        Describer(TypeNormaliser types) {
            this.types = types;
        }

        @Override
        public String visitDropTable(DropTable op) {
            return "drops table " + op.table().name() + " and all its rows";
        }

        @Override
        public String visitDropColumn(DropColumn op) {
            if (op.column().generated() != null) {
                return null; // a generated column's values are computed from the other columns, so nothing is lost
            }
            return "drops column " + column(op.table(), op.column()) + " and its values";
        }

        @Override
        public String visitAlterColumn(AlterColumn op) {
            Column from = op.from();
            Column to = op.to();
            List<String> losses = new ArrayList<>();
            if (from.type() != null && to.type() != null && !types.type(from.type()).equals(types.type(to.type()))
                    && types.isNarrowing(from.type(), to.type())) {
                String rejected = hasLength(from.type()) && hasLength(to.type())
                        ? "longer values are rejected" : "values that do not fit are rejected";
                losses.add("narrows " + column(op.table(), to) + " from " + from.type() + " to " + to.type() + ": "
                        + rejected);
            }
            if (from.nullable() && !to.nullable()) {
                losses.add("makes " + column(op.table(), to) + " NOT NULL: fails if it holds nulls");
            }
            return losses.isEmpty() ? null : String.join("; ", losses);
        }

        @Override
        public String visitDropEnumType(DropEnumType op) {
            return "drops enum type " + op.enumType().name() + " with values " + String.join(", ", op.enumType().values());
        }

        @Override
        public String visitAlterEnumType(AlterEnumType op) {
            List<String> removed = new ArrayList<>(op.from().values());
            removed.removeAll(op.to().values());
            if (removed.isEmpty()) {
                return null;
            }
            return "removes " + String.join(", ", removed) + " from enum type " + op.to().name()
                    + ": fails if a column holds " + (removed.size() == 1 ? "it" : "them");
        }

        @Override
        public String visitDropSequence(DropSequence op) {
            return "drops sequence " + op.sequence().name() + ": recreating it restarts its numbering";
        }

        @Override
        public String visitDeleteRows(DeleteRows op) {
            int n = op.rows().size();
            return "deletes " + n + (n == 1 ? " row" : " rows") + " from " + op.table();
        }

        @Override
        public String visitCreateTable(CreateTable op) {
            return null;
        }

        @Override
        public String visitRenameTable(RenameTable op) {
            return null;
        }

        @Override
        public String visitSetTableComment(SetTableComment op) {
            return null;
        }

        @Override
        public String visitAddColumn(AddColumn op) {
            return null;
        }

        @Override
        public String visitRenameColumn(RenameColumn op) {
            return null;
        }

        @Override
        public String visitAddPrimaryKey(AddPrimaryKey op) {
            return null;
        }

        @Override
        public String visitDropPrimaryKey(DropPrimaryKey op) {
            return null;
        }

        @Override
        public String visitAddForeignKey(AddForeignKey op) {
            return null;
        }

        @Override
        public String visitDropForeignKey(DropForeignKey op) {
            return null;
        }

        @Override
        public String visitAddUniqueConstraint(AddUniqueConstraint op) {
            return null;
        }

        @Override
        public String visitDropUniqueConstraint(DropUniqueConstraint op) {
            return null;
        }

        @Override
        public String visitAddCheckConstraint(AddCheckConstraint op) {
            return null;
        }

        @Override
        public String visitDropCheckConstraint(DropCheckConstraint op) {
            return null;
        }

        @Override
        public String visitCreateIndex(CreateIndex op) {
            return null;
        }

        @Override
        public String visitDropIndex(DropIndex op) {
            return null;
        }

        @Override
        public String visitCreateSequence(CreateSequence op) {
            return null;
        }

        @Override
        public String visitAlterSequence(AlterSequence op) {
            return null;
        }

        @Override
        public String visitCreateEnumType(CreateEnumType op) {
            return null;
        }

        @Override
        public String visitBulkInsert(BulkInsert op) {
            return null;
        }

        /** Hand-written SQL: what it does is unknown, so nothing is claimed. */
        @Override
        public String visitExecuteSql(ExecuteSql op) {
            return null;
        }

        @Override
        public String visitIrreversibleSql(IrreversibleSql op) {
            return null;
        }

        @Override
        public String visitIrreversible(Irreversible op) {
            return null;
        }

        private static String column(QualifiedName table, Column column) {
            return table + "." + column.name();
        }

        private static boolean hasLength(String type) {
            return type.trim().endsWith(")");
        }
    }
}
