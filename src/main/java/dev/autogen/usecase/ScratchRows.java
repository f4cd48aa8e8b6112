package dev.autogen.usecase;

import dev.autogen.error.AutogenException;
import dev.autogen.error.ErrorKind;

import dev.autogen.model.CheckConstraint;
import dev.autogen.model.Column;
import dev.autogen.model.ForeignKey;
import dev.autogen.model.QualifiedName;
import dev.autogen.model.SchemaModel;
import dev.autogen.model.Table;
import dev.autogen.model.EnumType;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Rows in the tables of a scratch database, so that replayed revisions run on populated tables as they do in
 * production: a downgrade that adds back a NOT NULL column without a default passes on empty tables and fails on
 * real ones. Rows come from a sample of the live database's rows where it is at the same revision, otherwise
 * they are generated to satisfy the table's keys and the checks autogen can read ({@code in (...)},
 * {@code between}, {@code >=}). A table no generated row fits stays empty; {@link #skipped()} names it.
 */
final class ScratchRows {
    /** Rows per table: enough for a unique or a key to matter, few enough to stay fast. */
    static final int ROWS = 3;

    private static final Pattern IN_LIST = Pattern.compile("(?i)\\bin\\s*\\(\\s*'((?:[^']|'')*)'");
    /** PostgreSQL's spelling of an {@code in} list: {@code = ANY (ARRAY['NEW'::text, ...])}. */
    private static final Pattern ARRAY_LIST = Pattern.compile("(?i)ARRAY\\[\\s*'((?:[^']|'')*)'");
    private static final Pattern BETWEEN = Pattern.compile("(?i)\\bbetween\\s+(-?\\d+)");
    private static final Pattern AT_LEAST = Pattern.compile("(?i)(>=?)\\s*(-?\\d+)");
    private static final Pattern MARIADB_ENUM = Pattern.compile("(?i)enum\\s*\\(\\s*'((?:[^']|'')*)'");

    private final Project scratch;
    private final Set<QualifiedName> skipped = new HashSet<>();

    ScratchRows(Project scratch) {
        this.scratch = scratch;
    }

    /**
     * Whether live rows may be copied: only when the scratch database is made on the configured database's own
     * server (no {@code dev_url}), so the rows never leave the server they live on; with a {@code dev_url}
     * every row is generated.
     */
    static boolean maySample(dev.autogen.config.Settings settings) {
        return settings.devUrl() == null;
    }

    /**
     * Copies a sample of {@code live}'s rows when its revisions were read ({@code applied} present), it is past base,
     * and its rows may be copied here ({@link #maySample}); the scratch database must be at those revisions.
     */
    void sampleFrom(Project live, Optional<Set<String>> applied, SchemaModel model) {
        if (applied.isPresent() && !applied.get().isEmpty() && maySample(live.settings())) {
            copyFrom(live, model);
        }
    }

    /** Tables that stayed empty because no generated row fitted them. */
    Set<QualifiedName> skipped() {
        return Set.copyOf(skipped);
    }

    /**
     * Copies up to {@link #ROWS} rows of each table from {@code live} (at the same revision as the scratch database),
     * parents first; a table whose rows cannot be copied (the schemas differ by drift) gets generated rows.
     */
    void copyFrom(Project live, SchemaModel model) {
        try (Connection from = live.connect(); Connection to = scratch.connect()) {
            for (Table table : parentsFirst(model)) {
                if (!copy(from, to, table)) {
                    generate(to, model, table);
                }
            }
        } catch (SQLException e) {
            // the live database is gone or refuses the reads: generated rows prove the same
            fillEmpty(model);
        }
    }

    /** Generates rows in every table of {@code model} that has none, parents first. */
    void fillEmpty(SchemaModel model) {
        try (Connection c = scratch.connect()) {
            for (Table table : parentsFirst(model)) {
                if (isEmpty(c, table)) {
                    generate(c, model, table);
                }
            }
        } catch (SQLException e) {
            throw new AutogenException(ErrorKind.CONNECTION, "Cannot fill the scratch database with rows: "
                    + e.getMessage(), e);
        }
    }

    private boolean copy(Connection from, Connection to, Table table) {
        List<Column> columns = table.columns().stream().filter(c -> c.generated() == null).toList();
        if (columns.isEmpty()) {
            return true;
        }
        String list = columns.stream().map(c -> scratch.dialect().renderer().quote(c.name())).collect(Collectors.joining(", "));
        String insert = "INSERT INTO " + scratch.dialect().renderer().qualify(table.name()) + " (" + list + ") VALUES ("
                + columns.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")";
        try (Statement s = from.createStatement()) {
            s.setMaxRows(ROWS);
            try (ResultSet rs = s.executeQuery("SELECT " + list + " FROM "
                    + scratch.dialect().renderer().qualify(table.name()));
                 PreparedStatement ps = to.prepareStatement(insert)) {
                while (rs.next()) {
                    for (int i = 1; i <= columns.size(); i++) {
                        ps.setObject(i, rs.getObject(i));
                    }
                    ps.executeUpdate();
                }
            }
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private boolean isEmpty(Connection c, Table table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT count(*) FROM " + scratch.dialect().renderer().qualify(table.name()))) {
            return rs.next() && rs.getLong(1) == 0;
        }
    }

    /** Up to {@link #ROWS} generated rows; a row the table refuses is tried once more with other values, then left out. */
    private void generate(Connection c, SchemaModel model, Table table) {
        List<Column> columns = table.columns().stream()
                .filter(col -> col.generated() == null && !col.identity()
                        && (col.defaultValue() == null || inForeignKey(table, col.name())))
                .toList();
        Map<String, List<Object>> parents = parentValues(c, table);
        int inserted = 0;
        for (int row = 1; row <= ROWS; row++) {
            for (int attempt = 0; attempt < 2; attempt++) {
                if (insert(c, model, table, columns, parents, row, attempt)) {
                    inserted++;
                    break;
                }
            }
        }
        if (inserted == 0) {
            skipped.add(table.name());
        }
    }

    private boolean insert(Connection c, SchemaModel model, Table table, List<Column> columns,
                           Map<String, List<Object>> parents, int row, int attempt) {
        List<Object> values = new ArrayList<>();
        for (Column column : columns) {
            Object value = parents.containsKey(column.name())
                    ? pick(parents.get(column.name()), row)
                    : value(model, table, column, row, attempt);
            if (value == NO_VALUE) {
                return false;
            }
            values.add(value);
        }
        String sql = "INSERT INTO " + scratch.dialect().renderer().qualify(table.name())
                + (columns.isEmpty() ? " DEFAULT VALUES" : " (" + columns.stream()
                .map(col -> scratch.dialect().renderer().quote(col.name())).collect(Collectors.joining(", "))
                + ") VALUES (" + columns.stream().map(col -> "?").collect(Collectors.joining(", ")) + ")");
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < values.size(); i++) {
                Object v = values.get(i);
                if (v instanceof Typed t) {
                    ps.setObject(i + 1, t.value(), java.sql.Types.OTHER);
                } else {
                    ps.setObject(i + 1, v);
                }
            }
            ps.executeUpdate();
            return true;
        } catch (SQLException e) {
            rollbackQuietly(c);
            return false;
        }
    }

    private static void rollbackQuietly(Connection c) {
        try {
            if (!c.getAutoCommit()) {
                c.rollback();
            }
        } catch (SQLException ignored) {
            // the next insert reports what matters
        }
    }

    private static Object pick(List<Object> values, int row) {
        return values.isEmpty() ? null : values.get((row - 1) % values.size());
    }

    /** The values the foreign key columns of {@code table} can take: rows of the referenced tables. */
    private Map<String, List<Object>> parentValues(Connection c, Table table) {
        Map<String, List<Object>> values = new LinkedHashMap<>();
        for (ForeignKey fk : table.foreignKeys()) {
            for (int i = 0; i < fk.columns().size(); i++) {
                List<Object> found = new ArrayList<>();
                if (!fk.targetTable().equals(table.name())) {
                    try (Statement s = c.createStatement()) {
                        s.setMaxRows(ROWS);
                        try (ResultSet rs = s.executeQuery("SELECT " + scratch.dialect().renderer().quote(fk.targetColumns().get(i))
                                + " FROM " + scratch.dialect().renderer().qualify(fk.targetTable()))) {
                            while (rs.next()) {
                                found.add(rs.getObject(1));
                            }
                        }
                    } catch (SQLException e) {
                        // an unreadable parent: the key stays null where it may, else the row is refused
                    }
                }
                values.put(fk.columns().get(i), found);
            }
        }
        return values;
    }

    private static boolean inForeignKey(Table table, String column) {
        return table.foreignKeys().stream().anyMatch(fk -> fk.columns().contains(column));
    }

    private static final Object NO_VALUE = new Object();

    /** A value the driver sends untyped, for the server to cast (PostgreSQL json, uuid, enum, ...). */
    private record Typed(String value) {
    }

    /** A value of the column's type for row {@code row}, within the checks on it; {@code attempt} 1 tries others. */
    private Object value(SchemaModel model, Table table, Column column, int row, int attempt) {
        String fromCheck = checkValue(table, column.name());
        String type = canonical(column.type());
        Long length = length(type);
        Object enumValue = enumLabel(model, column, type);
        if (enumValue != null) {
            return enumValue;
        }
        if (fromCheck != null && fromCheck.startsWith("'")) {
            return fromCheck.substring(1);
        }
        long n = fromCheck != null ? Long.parseLong(fromCheck) + row - 1 : attempt == 0 ? row : row + 100;
        boolean postgres = scratch.dialect().castsUntypedParameters();
        if (type.contains("bool") || type.equals("bit") || type.equals("bit(1)") || type.equals("tinyint(1)")) {
            return row % 2 == 1;
        }
        if (type.contains("int") || type.contains("serial")) {
            return n;
        }
        if (type.startsWith("numeric") || type.startsWith("decimal") || type.contains("double")
                || type.contains("real") || type.startsWith("float") || type.contains("money")) {
            return BigDecimal.valueOf(n);
        }
        if (type.contains("uuid")) {
            UUID id = UUID.nameUUIDFromBytes((table.name() + "." + column.name() + row).getBytes());
            return postgres ? new Typed(id.toString()) : id;
        }
        if (type.contains("json")) {
            return postgres ? new Typed("{\"row\": " + row + "}") : "{\"row\": " + row + "}";
        }
        if (type.startsWith("timestamp") || type.startsWith("datetime")) {
            LocalDateTime at = LocalDateTime.of(2020, 1, (int) Math.min(28, Math.max(1, n)), 12, 0);
            return type.contains("with time zone") || type.contains("tz") ? OffsetDateTime.of(at, ZoneOffset.UTC) : at;
        }
        if (type.startsWith("date")) {
            return LocalDate.of(2020, 1, (int) Math.min(28, Math.max(1, n)));
        }
        if (type.startsWith("time")) {
            return LocalTime.of((int) Math.min(23, Math.max(0, n)), 0);
        }
        if (type.contains("bytea") || type.contains("blob") || type.contains("binary") || type.contains("bytes")) {
            return new byte[] {(byte) row};
        }
        if (type.contains("char") || type.contains("text") || type.contains("clob") || type.contains("string")
                || type.startsWith("enum")) {
            String text = (attempt == 0 ? "r" : "s") + n;
            if (length != null && text.length() > length) {
                text = length == 1 ? String.valueOf((char) ('a' + row - 1)) : text.substring(text.length() - length.intValue());
            }
            return text;
        }
        if (!column.nullable()) {
            return postgres ? new Typed(String.valueOf(n)) : String.valueOf(n);
        }
        return null;
    }

    private String canonical(String type) {
        if (type == null) {
            return "";
        }
        try {
            return scratch.dialect().types().type(type).toLowerCase(Locale.ROOT);
        } catch (RuntimeException e) {
            return type.toLowerCase(Locale.ROOT);
        }
    }

    private static Long length(String type) {
        Matcher m = Pattern.compile("^(?:var)?char(?:acter)?(?: varying)?\\s*\\((\\d+)\\)").matcher(type);
        return m.find() ? Long.parseLong(m.group(1)) : null;
    }

    private Object enumLabel(SchemaModel model, Column column, String type) {
        Matcher mariadb = MARIADB_ENUM.matcher(type);
        if (mariadb.find()) {
            return mariadb.group(1).replace("''", "'");
        }
        for (EnumType e : model.enumTypes()) {
            if (e.name().name().equalsIgnoreCase(column.type()) && !e.values().isEmpty()) {
                return new Typed(e.values().get(0));
            }
        }
        return null;
    }

    /**
     * A value the checks naming {@code column} allow: the first of an {@code in (...)} list (as {@code 'text}), the
     * low end of a {@code between}, or just above a {@code >}/{@code >=} bound (as a number); {@code null} when no
     * check says.
     */
    private static String checkValue(Table table, String column) {
        Pattern mentions = Pattern.compile("(?i)(?<![\\w$])" + Pattern.quote(column) + "(?![\\w$])");
        for (CheckConstraint check : table.checks()) {
            String condition = check.expression();
            if (!mentions.matcher(condition).find()) {
                continue;
            }
            Matcher in = IN_LIST.matcher(condition);
            if (in.find()) {
                return "'" + in.group(1).replace("''", "'");
            }
            Matcher array = ARRAY_LIST.matcher(condition);
            if (array.find()) {
                return "'" + array.group(1).replace("''", "'");
            }
            Matcher between = BETWEEN.matcher(condition);
            if (between.find()) {
                return between.group(1);
            }
            Matcher bound = AT_LEAST.matcher(condition);
            if (bound.find()) {
                long low = Long.parseLong(bound.group(2));
                return String.valueOf(bound.group(1).equals(">") ? low + 1 : low);
            }
        }
        return null;
    }

    /** The tables, each after the tables its foreign keys reference (cycles broken where they close). */
    static List<Table> parentsFirst(SchemaModel model) {
        Map<QualifiedName, Table> byName = new LinkedHashMap<>();
        model.tables().forEach(t -> byName.put(t.name(), t));
        List<Table> ordered = new ArrayList<>();
        Set<QualifiedName> placed = new HashSet<>();
        Set<QualifiedName> visiting = new HashSet<>();
        for (Table t : model.tables()) {
            place(t, byName, placed, visiting, ordered);
        }
        return ordered;
    }

    private static void place(Table t, Map<QualifiedName, Table> byName, Set<QualifiedName> placed,
                              Set<QualifiedName> visiting, List<Table> ordered) {
        if (placed.contains(t.name()) || !visiting.add(t.name())) {
            return;
        }
        for (ForeignKey fk : t.foreignKeys()) {
            Table parent = byName.get(fk.targetTable());
            if (parent != null) {
                place(parent, byName, placed, visiting, ordered);
            }
        }
        placed.add(t.name());
        ordered.add(t);
    }
}
