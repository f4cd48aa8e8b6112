package dev.autogen.dialect.postgres;

import dev.autogen.dialect.SqlStatement;
import dev.autogen.model.EnumType;
import dev.autogen.model.QualifiedName;
import dev.autogen.operation.AlterEnumType;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static dev.autogen.dialect.postgres.PostgresSyntax.qualify;
import static dev.autogen.dialect.postgres.PostgresSyntax.string;

/**
 * Renders {@link AlterEnumType}. When values are only added, {@code ALTER TYPE ... ADD VALUE} keeps the type
 * (PostgreSQL 12+ allows it inside a transaction as long as the new value is not used in that transaction).
 * When values are removed or reordered the type is rebuilt: the old one is renamed to {@code <name>_old}, the
 * new one created, every table column of the old type converted through text (its constant default carried
 * over), and the old type dropped. Rows holding a removed value make the conversion fail, which is the point.
 */
final class PostgresEnumChanges {

    private PostgresEnumChanges() {
    }

    static String create(EnumType type) {
        return "CREATE TYPE " + qualify(type.name()) + " AS ENUM ("
                + type.values().stream().map(PostgresSyntax::string).collect(Collectors.joining(", ")) + ")";
    }

    static List<SqlStatement> render(AlterEnumType op) {
        List<String> from = op.from().values();
        List<String> to = op.to().values();
        return isInsertionOnly(from, to) ? addValues(op.to().name(), from, to) : rebuild(op.to());
    }

    private static boolean isInsertionOnly(List<String> from, List<String> to) {
        int k = 0;
        for (String v : to) {
            if (k < from.size() && from.get(k).equals(v)) {
                k++;
            } else if (from.contains(v)) {
                return false;
            }
        }
        return k == from.size();
    }

    private static List<SqlStatement> addValues(QualifiedName name, List<String> from, List<String> to) {
        int lastOld = from.isEmpty() ? -1 : to.indexOf(from.get(from.size() - 1));
        List<SqlStatement> out = new ArrayList<>();
        for (int i = 0; i < to.size(); i++) {
            String v = to.get(i);
            if (from.contains(v)) {
                continue;
            }
            String position = i > lastOld ? "" : i == 0 ? " BEFORE " + string(from.get(0)) : " AFTER " + string(to.get(i - 1));
            out.add(SqlStatement.of("ALTER TYPE " + qualify(name) + " ADD VALUE " + string(v) + position));
        }
        return out;
    }

    private static List<SqlStatement> rebuild(EnumType to) {
        String oldName = to.name().name() + "_old";
        QualifiedName old = new QualifiedName(to.name().schema(), oldName);
        String newType = qualify(to.name());
        String body = """
                DO $autogen$
                DECLARE
                    r record;
                    v text;
                BEGIN
                    -- every table column of the old enum type, converted through text
                    FOR r IN SELECT a.attrelid::regclass::text AS tbl, a.attname AS col,
                                    pg_get_expr(d.adbin, d.adrelid) AS def
                             FROM pg_attribute a
                             JOIN pg_class c ON c.oid = a.attrelid AND c.relkind IN ('r', 'p')
                             LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
                             WHERE a.atttypid = %1$s::regtype AND a.attnum > 0 AND NOT a.attisdropped
                    LOOP
                        IF r.def IS NOT NULL THEN
                            EXECUTE format('SELECT (%%s)::text', r.def) INTO v;
                            EXECUTE format('ALTER TABLE %%s ALTER COLUMN %%I DROP DEFAULT', r.tbl, r.col);
                        END IF;
                        EXECUTE format('ALTER TABLE %%s ALTER COLUMN %%I TYPE %%s USING %%I::text::%%s',
                                       r.tbl, r.col, %2$s, r.col, %2$s);
                        IF r.def IS NOT NULL THEN
                            EXECUTE format('ALTER TABLE %%s ALTER COLUMN %%I SET DEFAULT %%L::%%s', r.tbl, r.col, v, %2$s);
                        END IF;
                    END LOOP;
                END
                $autogen$""".formatted(string(qualify(old)), string(newType));
        return List.of(
                SqlStatement.of("ALTER TYPE " + newType + " RENAME TO " + PostgresSyntax.quote(oldName)),
                SqlStatement.of(create(to)),
                SqlStatement.of(body),
                SqlStatement.of("DROP TYPE " + qualify(old)));
    }
}
