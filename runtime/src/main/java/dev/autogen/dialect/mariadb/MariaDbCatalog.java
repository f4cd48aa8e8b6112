package dev.autogen.dialect.mariadb;

/** The information_schema queries {@link MariaDbInspector} sends, one per object kind. */
final class MariaDbCatalog {
    private MariaDbCatalog() {
    }

    /** Tables and (MariaDB) sequences, which the catalog lists as tables of type SEQUENCE. */
    /**
     * Takes NO_BACKSLASH_ESCAPES out of the session's sql_mode, so a backslash in a literal is always an escape, the
     * way the renderer writes it.
     */
    static final String BACKSLASH_ESCAPES = "SET SESSION sql_mode = TRIM(BOTH ',' FROM REPLACE(CONCAT(',',"
            + " @@SESSION.sql_mode, ','), ',NO_BACKSLASH_ESCAPES,', ','))";

    static final String TABLES = """
            SELECT TABLE_SCHEMA, TABLE_NAME, TABLE_TYPE, TABLE_COMMENT FROM information_schema.TABLES
            WHERE TABLE_TYPE IN ('BASE TABLE', 'SEQUENCE') AND TABLE_SCHEMA IN ({schemas})
            ORDER BY TABLE_SCHEMA, TABLE_NAME""";

    /**
     * Columns in table order; the last three are the column's collation, its generation expression and the
     * table's default collation (a column collation equal to it is the default).
     */
    static final String COLUMNS = """
            SELECT TABLE_SCHEMA, TABLE_NAME, COLUMN_NAME, COLUMN_TYPE, IS_NULLABLE, COLUMN_DEFAULT, EXTRA, COLUMN_COMMENT,
                   COLLATION_NAME, GENERATION_EXPRESSION,
                   (SELECT t.TABLE_COLLATION FROM information_schema.TABLES t
                    WHERE t.TABLE_SCHEMA = information_schema.COLUMNS.TABLE_SCHEMA
                      AND t.TABLE_NAME = information_schema.COLUMNS.TABLE_NAME) AS TABLE_COLLATION
            FROM information_schema.COLUMNS WHERE TABLE_SCHEMA IN ({schemas})
            ORDER BY TABLE_SCHEMA, TABLE_NAME, ORDINAL_POSITION""";

    /** Primary keys and unique constraints (which include every unique index) with their columns in order. */
    static final String KEYS = """
            SELECT tc.TABLE_SCHEMA, tc.TABLE_NAME, tc.CONSTRAINT_NAME, tc.CONSTRAINT_TYPE, k.COLUMN_NAME
            FROM information_schema.TABLE_CONSTRAINTS tc
            JOIN information_schema.KEY_COLUMN_USAGE k ON k.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA
             AND k.TABLE_NAME = tc.TABLE_NAME AND k.CONSTRAINT_NAME = tc.CONSTRAINT_NAME
            WHERE tc.CONSTRAINT_TYPE IN ('PRIMARY KEY', 'UNIQUE') AND tc.TABLE_SCHEMA IN ({schemas})
            ORDER BY tc.TABLE_SCHEMA, tc.TABLE_NAME, tc.CONSTRAINT_NAME, k.ORDINAL_POSITION""";

    static final String FOREIGN_KEYS = """
            SELECT k.TABLE_SCHEMA, k.TABLE_NAME, k.CONSTRAINT_NAME, k.COLUMN_NAME, rc.DELETE_RULE,
                   k.REFERENCED_TABLE_SCHEMA, k.REFERENCED_TABLE_NAME, k.REFERENCED_COLUMN_NAME, rc.UPDATE_RULE
            FROM information_schema.KEY_COLUMN_USAGE k
            JOIN information_schema.REFERENTIAL_CONSTRAINTS rc ON rc.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA
             AND rc.TABLE_NAME = k.TABLE_NAME AND rc.CONSTRAINT_NAME = k.CONSTRAINT_NAME
            WHERE k.TABLE_SCHEMA IN ({schemas})
            ORDER BY k.TABLE_SCHEMA, k.TABLE_NAME, k.CONSTRAINT_NAME, k.ORDINAL_POSITION""";

    /**
     * MariaDB: check names are unique per table only, and CHECK_CONSTRAINTS carries the table; LEVEL is
     * {@code Column} for a check written inside a column definition (it is named after the column).
     */
    static final String CHECKS = """
            SELECT CONSTRAINT_SCHEMA, TABLE_NAME, CONSTRAINT_NAME, CHECK_CLAUSE, LEVEL FROM information_schema.CHECK_CONSTRAINTS
            WHERE CONSTRAINT_SCHEMA IN ({schemas})
            ORDER BY CONSTRAINT_SCHEMA, TABLE_NAME, CONSTRAINT_NAME""";

    /** MySQL 8: CHECK_CONSTRAINTS has no table; names are unique per schema. */
    static final String MYSQL_CHECKS = """
            SELECT tc.TABLE_SCHEMA, tc.TABLE_NAME, tc.CONSTRAINT_NAME, cc.CHECK_CLAUSE, 'Table'
            FROM information_schema.TABLE_CONSTRAINTS tc
            JOIN information_schema.CHECK_CONSTRAINTS cc
              ON cc.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA AND cc.CONSTRAINT_NAME = tc.CONSTRAINT_NAME
            WHERE tc.CONSTRAINT_TYPE = 'CHECK' AND tc.TABLE_SCHEMA IN ({schemas})
            ORDER BY tc.TABLE_SCHEMA, tc.TABLE_NAME, tc.CONSTRAINT_NAME""";

    /**
     * Indexes that back no constraint: the primary key, unique constraints and the index MariaDB creates for a
     * foreign key all share their constraint's name, and are left out.
     */
    static final String INDEXES = """
            SELECT s.TABLE_SCHEMA, s.TABLE_NAME, s.INDEX_NAME, s.NON_UNIQUE, s.COLUMN_NAME, s.COLLATION, s.INDEX_TYPE
            FROM information_schema.STATISTICS s
            WHERE s.TABLE_SCHEMA IN ({schemas}) AND NOT EXISTS (
              SELECT 1 FROM information_schema.TABLE_CONSTRAINTS tc WHERE tc.TABLE_SCHEMA = s.TABLE_SCHEMA
               AND tc.TABLE_NAME = s.TABLE_NAME AND tc.CONSTRAINT_NAME = s.INDEX_NAME)
            ORDER BY s.TABLE_SCHEMA, s.TABLE_NAME, s.INDEX_NAME, s.SEQ_IN_INDEX""";

    /** One {@code SELECT} per sequence, joined with UNION ALL: the sequence's start, increment and cache. */
    static final String SEQUENCE_ROW = "SELECT %s, %s, start_value, increment, cache_size FROM %s";

    /**
     * For a baseline only: what the model cannot express. Views, with the database's definition less the
     * database-name qualifiers MariaDB adds (so it builds in a database of another name), and triggers, with their
     * statement as written, each with the DROP that undoes it; stored functions and procedures are named only
     * (create_sql NULL): information_schema gives their body without their parameters.
     */
    static final String UNMODELLED = """
            WITH wanted AS (SELECT SCHEMA_NAME AS s FROM information_schema.SCHEMATA WHERE SCHEMA_NAME IN ({schemas}))
            SELECT kind, object_name, create_sql, drop_sql FROM (
              SELECT 1 AS rank_, r.ROUTINE_NAME AS sort_name, LOWER(r.ROUTINE_TYPE) AS kind, r.ROUTINE_NAME AS object_name,
                     CAST(NULL AS CHAR) AS create_sql,
                     CONCAT('DROP ', r.ROUTINE_TYPE, ' `', REPLACE(r.ROUTINE_NAME, '`', '``'), '`') AS drop_sql
              FROM information_schema.ROUTINES r JOIN wanted w ON w.s = r.ROUTINE_SCHEMA
              UNION ALL
              SELECT 2, v.TABLE_NAME, 'view', v.TABLE_NAME,
                     CONCAT('CREATE VIEW `', REPLACE(v.TABLE_NAME, '`', '``'), '` AS ',
                            REPLACE(v.VIEW_DEFINITION, CONCAT('`', v.TABLE_SCHEMA, '`.'), '')),
                     CONCAT('DROP VIEW `', REPLACE(v.TABLE_NAME, '`', '``'), '`')
              FROM information_schema.VIEWS v JOIN wanted w ON w.s = v.TABLE_SCHEMA
              UNION ALL
              SELECT 3, t.TRIGGER_NAME, 'trigger', CONCAT(t.TRIGGER_NAME, ' on ', t.EVENT_OBJECT_TABLE),
                     CONCAT('CREATE TRIGGER `', REPLACE(t.TRIGGER_NAME, '`', '``'), '` ', t.ACTION_TIMING, ' ',
                            t.EVENT_MANIPULATION, ' ON `', REPLACE(t.EVENT_OBJECT_TABLE, '`', '``'), '` FOR EACH ',
                            t.ACTION_ORIENTATION, ' ', t.ACTION_STATEMENT),
                     CONCAT('DROP TRIGGER `', REPLACE(t.TRIGGER_NAME, '`', '``'), '`')
              FROM information_schema.TRIGGERS t JOIN wanted w ON w.s = t.TRIGGER_SCHEMA
            ) o
            ORDER BY rank_, sort_name""";
}
