package dev.autogen.dialect.postgres;

/**
 * The catalog queries {@link PostgresInspector} sends, one per object kind over all requested schemas
 * (never one per table). Every query but {@link #CURRENT_SCHEMA} takes one parameter: the schema names as a
 * {@code text[]}. Only ordinary and partitioned tables count as tables (views, materialised views, foreign
 * tables and partitions do not).
 */
final class PostgresCatalog {

    /**
     * The connection's database and current schema in one round trip (the driver's {@code getCatalog()} and
     * {@code getSchema()} send a query each); not one of the inspector's queries.
     */
    static final String CURRENT_NAMES = "SELECT current_catalog, current_schema()";

    /**
     * The columns of one table in table order, for the version table's lookup: schema (twice; {@code null} for
     * any) and table name as stored. Not one of the inspector's queries.
     */
    static final String TABLE_COLUMNS = """
            SELECT a.attname
            FROM pg_catalog.pg_attribute a
            JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
            JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
            WHERE (CAST(? AS text) IS NULL OR n.nspname = ?) AND c.relname = ? AND c.relkind IN ('r', 'p', 'v', 'm', 'f')
              AND a.attnum > 0 AND NOT a.attisdropped
            ORDER BY n.nspname, a.attnum""";

    /** 1. The schema unqualified names resolve to, used when no schemas are requested. */
    static final String CURRENT_SCHEMA = "SELECT current_schema()";

    /** The session's lock_timeout ({@code 0}: no limit), which the role, the database or the URL may set. */
    static final String LOCK_TIMEOUT = "SHOW lock_timeout";

    /** 2. Tables with their comments and, for a partitioned table, its partition key. */
    static final String TABLES = """
            SELECT n.nspname AS schema_name, c.relname AS table_name, obj_description(c.oid, 'pg_class') AS comment,
                   CASE WHEN c.relkind = 'p' THEN pg_get_partkeydef(c.oid) END AS partitioning
            FROM pg_class c
            JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition AND n.nspname = ANY (?)
            ORDER BY n.nspname, c.relname""";

    /**
     * 3. Columns in table order: type as {@code format_type} spells it, nullability, default expression (none for
     * generated columns), identity ({@code attidentity} 'a' or 'd'), comment, the expression of a stored
     * generated column, a collation other than the type's default, and an identity's start, increment and
     * cycle (from the sequence the identity owns, pg_depend 'i').
     */
    static final String COLUMNS = """
            SELECT n.nspname AS schema_name, c.relname AS table_name, a.attname AS column_name,
                   format_type(a.atttypid, a.atttypmod) AS column_type, NOT a.attnotnull AS nullable,
                   CASE WHEN a.attgenerated = '' THEN pg_get_expr(d.adbin, d.adrelid) END AS default_value,
                   a.attidentity <> '' AS is_identity, col_description(c.oid, a.attnum) AS comment,
                   CASE WHEN a.attgenerated = 's' THEN pg_get_expr(d.adbin, d.adrelid) END AS generated,
                   CASE WHEN a.attcollation <> t.typcollation THEN co.collname::text END AS collation,
                   sq.seqstart AS identity_start, sq.seqincrement AS identity_increment, sq.seqcycle AS identity_cycle
            FROM pg_attribute a
            JOIN pg_type t ON t.oid = a.atttypid
            LEFT JOIN pg_collation co ON co.oid = a.attcollation
            LEFT JOIN pg_depend dep ON a.attidentity <> '' AND dep.classid = 'pg_class'::regclass
                  AND dep.refclassid = 'pg_class'::regclass AND dep.refobjid = a.attrelid
                  AND dep.refobjsubid = a.attnum AND dep.deptype = 'i'
            LEFT JOIN pg_sequence sq ON sq.seqrelid = dep.objid
            JOIN pg_class c ON c.oid = a.attrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
            WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition AND n.nspname = ANY (?)
              AND a.attnum > 0 AND NOT a.attisdropped
            ORDER BY n.nspname, c.relname, a.attnum""";

    /** 4. Primary keys ({@code contype} 'p') and unique constraints ('u'), columns in key order. */
    static final String KEYS = """
            SELECT n.nspname AS schema_name, c.relname AS table_name, k.conname AS constraint_name,
                   k.contype AS constraint_type,
                   ARRAY(SELECT a.attname FROM unnest(k.conkey) WITH ORDINALITY AS u(attnum, ord)
                         JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = u.attnum
                         ORDER BY u.ord)::text[] AS column_names
            FROM pg_constraint k
            JOIN pg_class c ON c.oid = k.conrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE k.contype IN ('p', 'u') AND c.relkind IN ('r', 'p') AND NOT c.relispartition
              AND n.nspname = ANY (?)
            ORDER BY n.nspname, c.relname, k.conname""";

    /**
     * 5. Foreign keys: columns, target table and columns in key order, ON DELETE and ON UPDATE actions
     * ({@code confdeltype}, {@code confupdtype}) and whether the check is deferrable / initially deferred.
     */
    static final String FOREIGN_KEYS = """
            SELECT n.nspname AS schema_name, c.relname AS table_name, k.conname AS constraint_name,
                   ARRAY(SELECT a.attname FROM unnest(k.conkey) WITH ORDINALITY AS u(attnum, ord)
                         JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = u.attnum
                         ORDER BY u.ord)::text[] AS column_names,
                   tn.nspname AS target_schema, t.relname AS target_table,
                   ARRAY(SELECT a.attname FROM unnest(k.confkey) WITH ORDINALITY AS u(attnum, ord)
                         JOIN pg_attribute a ON a.attrelid = k.confrelid AND a.attnum = u.attnum
                         ORDER BY u.ord)::text[] AS target_columns,
                   k.confdeltype AS on_delete, k.confupdtype AS on_update,
                   k.condeferrable AS deferrable, k.condeferred AS deferred
            FROM pg_constraint k
            JOIN pg_class c ON c.oid = k.conrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            JOIN pg_class t ON t.oid = k.confrelid
            JOIN pg_namespace tn ON tn.oid = t.relnamespace
            WHERE k.contype = 'f' AND c.relkind IN ('r', 'p') AND NOT c.relispartition AND n.nspname = ANY (?)
            ORDER BY n.nspname, c.relname, k.conname""";

    /** 6. Check constraints ({@code contype} 'c'; NOT NULL is a column property, not listed here). */
    static final String CHECKS = """
            SELECT n.nspname AS schema_name, c.relname AS table_name, k.conname AS constraint_name,
                   pg_get_constraintdef(k.oid, true) AS definition
            FROM pg_constraint k
            JOIN pg_class c ON c.oid = k.conrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE k.contype = 'c' AND c.relkind IN ('r', 'p') AND NOT c.relispartition AND n.nspname = ANY (?)
            ORDER BY n.nspname, c.relname, k.conname""";

    /**
     * 7. Indexes not backing a primary key, unique or exclusion constraint: one row per key column in order,
     * a column name or (when {@code indkey} is 0) the expression text, the DESC flag (bit 1 of
     * {@code indoption}), a non-default operator class, and the partial-index predicate. Each row also carries
     * the access method (null for btree), the INCLUDE columns, and the whole definition as
     * {@code pg_get_indexdef} states it, so a dropped index can be created again exactly.
     */
    static final String INDEXES = """
            SELECT n.nspname AS schema_name, c.relname AS table_name, ic.relname AS index_name,
                   i.indisunique AS is_unique, pg_get_expr(i.indpred, i.indrelid, true) AS predicate,
                   i.indkey[k.ord - 1] = 0 AS is_expression,
                   CASE WHEN i.indkey[k.ord - 1] = 0 THEN pg_get_indexdef(i.indexrelid, k.ord, true)
                        ELSE a.attname::text END AS key_text,
                   (i.indoption[k.ord - 1] & 1) = 1 AS descending,
                   CASE WHEN opc.opcdefault THEN NULL ELSE opc.opcname::text END AS opclass,
                   NULLIF(am.amname, 'btree')::text AS method,
                   ARRAY(SELECT ia.attname FROM generate_series(i.indnkeyatts + 1, i.indnatts) AS g(n)
                         JOIN pg_attribute ia ON ia.attrelid = i.indrelid AND ia.attnum = i.indkey[g.n - 1]
                         ORDER BY g.n)::text[] AS include_columns,
                   pg_get_indexdef(i.indexrelid) AS definition
            FROM pg_index i
            JOIN pg_class ic ON ic.oid = i.indexrelid
            JOIN pg_am am ON am.oid = ic.relam
            JOIN pg_class c ON c.oid = i.indrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            CROSS JOIN LATERAL generate_series(1, i.indnkeyatts) AS k(ord)
            LEFT JOIN pg_opclass opc ON opc.oid = i.indclass[k.ord - 1]
            LEFT JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[k.ord - 1]
            WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition AND n.nspname = ANY (?)
              AND NOT EXISTS (SELECT 1 FROM pg_constraint x
                              WHERE x.conindid = i.indexrelid AND x.conrelid = i.indrelid
                                AND x.contype IN ('p', 'u', 'x'))
            ORDER BY n.nspname, c.relname, ic.relname, k.ord""";

    /** A table's estimated rows (-1: never analyzed) and its size with indexes and TOAST, for {@code plan}. */
    static final String TABLE_SIZE = """
            SELECT c.reltuples::bigint, pg_size_pretty(pg_total_relation_size(c.oid))
            FROM pg_class c
            JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE c.relname = ? AND n.nspname = coalesce(?, current_schema()) AND c.relkind IN ('r', 'p')""";

    /** Indexes of these names that a failed {@code CREATE INDEX CONCURRENTLY} left INVALID (not a catalog read). */
    static final String INVALID_INDEXES = """
            SELECT n.nspname, c.relname
            FROM pg_index i
            JOIN pg_class c ON c.oid = i.indexrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE NOT i.indisvalid AND c.relname = ANY (?) AND n.nspname = ANY (current_schemas(false))
            ORDER BY n.nspname, c.relname""";

    /**
     * 8. Free-standing sequences: those owned by a column, whether through an identity (pg_depend 'i') or a
     * serial / OWNED BY (pg_depend 'a'), belong to that column and are left out.
     */
    static final String SEQUENCES = """
            SELECT n.nspname AS schema_name, c.relname AS sequence_name, s.seqstart, s.seqincrement
            FROM pg_sequence s
            JOIN pg_class c ON c.oid = s.seqrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = ANY (?)
              AND NOT EXISTS (SELECT 1 FROM pg_depend d
                              WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid
                                AND d.refclassid = 'pg_class'::regclass AND d.refobjsubid > 0
                                AND d.deptype IN ('a', 'i'))
            ORDER BY n.nspname, c.relname""";

    /** 9. Enum types with their labels in {@code enumsortorder}. */
    static final String ENUM_TYPES = """
            SELECT n.nspname AS schema_name, t.typname AS type_name,
                   ARRAY(SELECT e.enumlabel FROM pg_enum e WHERE e.enumtypid = t.oid
                         ORDER BY e.enumsortorder)::text[] AS labels
            FROM pg_type t
            JOIN pg_namespace n ON n.oid = t.typnamespace
            WHERE t.typtype = 'e' AND n.nspname = ANY (?)
            ORDER BY n.nspname, t.typname""";

    private PostgresCatalog() {
    }

    /**
     * For a baseline only: what the model cannot express, in creation order (functions, views and materialized
     * views, exclusion constraints, triggers, each by oid), with the server's own DDL and the DROP that undoes it;
     * row-level security policies have no DDL function, so their create_sql is NULL. Objects of extensions are left
     * out: the extension creates them.
     */
    static final String UNMODELLED = """
            WITH wanted AS (SELECT n.oid, n.nspname FROM pg_namespace n WHERE n.nspname = ANY (?)),
            own AS (SELECT d.objid FROM pg_depend d WHERE d.deptype = 'e')
            SELECT kind, object_name, create_sql, drop_sql FROM (
              SELECT 1 AS rank, p.oid AS oid, CASE p.prokind WHEN 'p' THEN 'procedure' ELSE 'function' END AS kind,
                     p.oid::regprocedure::text AS object_name, pg_get_functiondef(p.oid) AS create_sql,
                     'DROP ' || CASE p.prokind WHEN 'p' THEN 'PROCEDURE ' ELSE 'FUNCTION ' END
                         || p.oid::regprocedure::text AS drop_sql
              FROM pg_proc p JOIN wanted w ON w.oid = p.pronamespace
              WHERE p.prokind IN ('f', 'p') AND p.oid NOT IN (SELECT objid FROM own)
              UNION ALL
              SELECT 2, c.oid, CASE c.relkind WHEN 'v' THEN 'view' ELSE 'materialized view' END, c.oid::regclass::text,
                     'CREATE ' || CASE c.relkind WHEN 'v' THEN 'VIEW ' ELSE 'MATERIALIZED VIEW ' END
                         || c.oid::regclass::text || ' AS' || chr(10) || rtrim(pg_get_viewdef(c.oid, true), ';'),
                     'DROP ' || CASE c.relkind WHEN 'v' THEN 'VIEW ' ELSE 'MATERIALIZED VIEW ' END || c.oid::regclass::text
              FROM pg_class c JOIN wanted w ON w.oid = c.relnamespace
              WHERE c.relkind IN ('v', 'm') AND c.oid NOT IN (SELECT objid FROM own)
              UNION ALL
              SELECT 3, k.oid, 'exclusion constraint', quote_ident(k.conname) || ' on ' || c.oid::regclass::text,
                     'ALTER TABLE ' || c.oid::regclass::text || ' ADD CONSTRAINT ' || quote_ident(k.conname) || ' '
                         || pg_get_constraintdef(k.oid),
                     'ALTER TABLE ' || c.oid::regclass::text || ' DROP CONSTRAINT ' || quote_ident(k.conname)
              FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN wanted w ON w.oid = c.relnamespace
              WHERE k.contype = 'x'
              UNION ALL
              SELECT 4, t.oid, 'trigger', quote_ident(t.tgname) || ' on ' || c.oid::regclass::text,
                     pg_get_triggerdef(t.oid),
                     'DROP TRIGGER ' || quote_ident(t.tgname) || ' ON ' || c.oid::regclass::text
              FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN wanted w ON w.oid = c.relnamespace
              WHERE NOT t.tgisinternal
              UNION ALL
              SELECT 5, pol.oid, 'row-level security policy', quote_ident(pol.polname) || ' on ' || c.oid::regclass::text,
                     NULL, 'DROP POLICY ' || quote_ident(pol.polname) || ' ON ' || c.oid::regclass::text
              FROM pg_policy pol JOIN pg_class c ON c.oid = pol.polrelid JOIN wanted w ON w.oid = c.relnamespace
            ) o
            ORDER BY rank, oid""";
}
