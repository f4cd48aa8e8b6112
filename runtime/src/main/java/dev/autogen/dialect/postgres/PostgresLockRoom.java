package dev.autogen.dialect.postgres;

import dev.autogen.error.AutogenException;
import dev.autogen.error.ErrorKind;
import dev.autogen.model.Column;
import dev.autogen.model.QualifiedName;
import dev.autogen.model.Table;
import dev.autogen.operation.AddForeignKey;
import dev.autogen.operation.CreateIndex;
import dev.autogen.operation.CreateTable;
import dev.autogen.operation.DropForeignKey;
import dev.autogen.operation.Operation;
import dev.autogen.operation.DropTable;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whether the operations of one transaction fit in PostgreSQL's shared lock table, checked before anything runs.
 * A transaction keeps every lock it takes until it ends: a table it creates or drops with its indexes, TOAST
 * table and owned sequences, each a lock. The table has room for {@code max_locks_per_transaction × (max_connections
 * + max_prepared_transactions)} locks across all sessions; past that PostgreSQL fails with "out of shared memory",
 * half-way through. autogen counts the relations each table it touches has (from the catalog for existing tables,
 * from the operation for new ones) and refuses up front with the figures and the remedy.
 */
final class PostgresLockRoom {
    /** Locks the run takes besides the tables it changes: the version table, its index, the catalog, the xid. */
    static final int BASE = 16;
    /** A new table's relations: the table, its TOAST table and the TOAST table's index. */
    private static final int NEW_TABLE = 3;

    private static final String RELATIONS = """
            SELECT c.relname,
                   1 + (SELECT count(*) FROM pg_index i WHERE i.indrelid = c.oid)
                     + CASE WHEN c.reltoastrelid <> 0 THEN 2 ELSE 0 END
                     + (SELECT count(*) FROM pg_depend d
                        WHERE d.refclassid = 'pg_class'::regclass AND d.refobjid = c.oid
                          AND d.classid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')) AS relations
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = coalesce(?, current_schema()) AND c.relname = ANY (?)""";

    private static final String ROOM = """
            SELECT current_setting('max_locks_per_transaction')::int,
                   current_setting('max_connections')::int,
                   current_setting('max_prepared_transactions')::int,
                   (SELECT count(*) FROM pg_locks WHERE NOT fastpath)""";

    private PostgresLockRoom() {
    }

    /**
     * @param what names the transaction in the error ("revision 1a2b3c (downgrade)")
     * @throws AutogenException of kind {@code MIGRATION_FAILED} when the locks would not fit; nothing has run
     */
    static void check(Connection c, String what, List<Operation> operations) throws SQLException {
        Map<QualifiedName, Table> created = new LinkedHashMap<>();
        Set<QualifiedName> touched = new LinkedHashSet<>();
        long extra = 0;
        for (Operation op : operations) {
            if (op instanceof CreateTable create) {
                created.put(create.table().name(), create.table());
            }
            if (op instanceof CreateIndex) {
                extra++;
            }
            if (op instanceof AddForeignKey fk) {
                touched.add(fk.foreignKey().targetTable());
            }
            if (op instanceof DropForeignKey fk && fk.foreignKey().targetTable() != null) {
                touched.add(fk.foreignKey().targetTable());
            }
            QualifiedName table = tableOf(op);
            if (table != null) {
                touched.add(table);
            }
        }
        if (touched.size() < 50) {
            return; // far below any server's room: no catalog query on ordinary revisions
        }
        long needed = BASE + extra;
        Map<String, List<String>> bySchema = new LinkedHashMap<>();
        for (QualifiedName t : touched) {
            bySchema.computeIfAbsent(t.schema(), k -> new ArrayList<>()).add(t.name());
        }
        Set<QualifiedName> existing = new LinkedHashSet<>();
        try (PreparedStatement ps = c.prepareStatement(RELATIONS)) {
            for (Map.Entry<String, List<String>> e : bySchema.entrySet()) {
                Array names = c.createArrayOf("text", e.getValue().toArray());
                ps.setString(1, e.getKey());
                ps.setArray(2, names);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        existing.add(new QualifiedName(e.getKey(), rs.getString(1)));
                        needed += rs.getLong(2);
                    }
                }
            }
        }
        for (QualifiedName t : touched) {
            if (!existing.contains(t)) {
                Table table = created.get(t);
                needed += table == null ? 1 : relations(table);
            }
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(ROOM)) {
            rs.next();
            long perTransaction = rs.getLong(1);
            long slots = rs.getLong(2) + rs.getLong(3);
            long held = rs.getLong(4);
            long room = perTransaction * slots - held;
            if (needed > room) {
                long wanted = (needed + held + slots - 1) / slots;
                throw new AutogenException(ErrorKind.MIGRATION_FAILED, what + " would take about " + needed
                        + " locks in one transaction (" + touched.size() + " tables with their indexes, TOAST tables"
                        + " and sequences), but PostgreSQL's lock table has room for about " + room + " more"
                        + " (max_locks_per_transaction " + perTransaction + " × (max_connections + max_prepared_transactions) "
                        + slots + " = " + perTransaction * slots + ", " + held + " held now). Nothing was changed."
                        + " Raise max_locks_per_transaction to at least " + wanted + " in postgresql.conf and restart"
                        + " the server, or split the revision into smaller ones.");
            }
        }
    }

    /** The table {@code op} changes: its {@code table()}, a table name on every table-level operation; or {@code null}. */
    private static QualifiedName tableOf(Operation op) {
        if (op instanceof CreateTable t) {
            return t.table().name();
        }
        if (op instanceof DropTable t) {
            return t.table().name();
        }
        for (java.lang.reflect.RecordComponent component : op.getClass().getRecordComponents()) {
            if (component.getName().equals("table") && component.getType() == QualifiedName.class) {
                try {
                    return (QualifiedName) component.getAccessor().invoke(op);
                } catch (ReflectiveOperationException e) {
                    return null;
                }
            }
        }
        return null;
    }

    /** The relations a new table brings: itself, its TOAST table and index, its primary key, unique keys and identities. */
    private static long relations(Table table) {
        return NEW_TABLE + (table.primaryKey() == null ? 0 : 1) + table.uniqueConstraints().size()
                + table.indexes().size() + table.columns().stream().filter(Column::identity).count();
    }
}
