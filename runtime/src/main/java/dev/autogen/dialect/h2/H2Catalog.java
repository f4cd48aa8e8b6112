package dev.autogen.dialect.h2;

/** The INFORMATION_SCHEMA queries {@link H2Inspector} sends (H2 2.x), one per object kind. */
final class H2Catalog {
    private H2Catalog() {
    }

    static final String TABLES = """
            SELECT TABLE_SCHEMA, TABLE_NAME, REMARKS FROM INFORMATION_SCHEMA.TABLES
            WHERE TABLE_TYPE = 'BASE TABLE' AND TABLE_SCHEMA IN ({schemas})
            ORDER BY TABLE_SCHEMA, TABLE_NAME""";

    static final String COLUMNS = """
            SELECT TABLE_SCHEMA, TABLE_NAME, COLUMN_NAME, DATA_TYPE, CHARACTER_MAXIMUM_LENGTH, NUMERIC_PRECISION,
                   NUMERIC_SCALE, DATETIME_PRECISION, IS_NULLABLE, COLUMN_DEFAULT, IS_IDENTITY, REMARKS, DTD_IDENTIFIER,
                   GENERATION_EXPRESSION, IDENTITY_START, IDENTITY_INCREMENT, IDENTITY_CYCLE
            FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA IN ({schemas})
            ORDER BY TABLE_SCHEMA, TABLE_NAME, ORDINAL_POSITION""";

    static final String ENUM_VALUES = """
            SELECT OBJECT_SCHEMA, OBJECT_NAME, ENUM_IDENTIFIER, VALUE_NAME FROM INFORMATION_SCHEMA.ENUM_VALUES
            WHERE OBJECT_TYPE = 'TABLE' AND OBJECT_SCHEMA IN ({schemas})
            ORDER BY OBJECT_SCHEMA, OBJECT_NAME, ENUM_IDENTIFIER, VALUE_ORDINAL""";

    /** Primary keys and unique constraints with their columns in order. */
    static final String KEYS = """
            SELECT tc.TABLE_SCHEMA, tc.TABLE_NAME, tc.CONSTRAINT_NAME, tc.CONSTRAINT_TYPE, k.COLUMN_NAME
            FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS tc
            JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE k
              ON k.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA AND k.CONSTRAINT_NAME = tc.CONSTRAINT_NAME
            WHERE tc.CONSTRAINT_TYPE IN ('PRIMARY KEY', 'UNIQUE') AND tc.TABLE_SCHEMA IN ({schemas})
            ORDER BY tc.TABLE_SCHEMA, tc.TABLE_NAME, tc.CONSTRAINT_NAME, k.ORDINAL_POSITION""";

    /** Foreign keys: each column paired with the referenced column at the same position of the referenced key. */
    static final String FOREIGN_KEYS = """
            SELECT k.TABLE_SCHEMA, k.TABLE_NAME, k.CONSTRAINT_NAME, k.COLUMN_NAME, rc.DELETE_RULE,
                   r.TABLE_SCHEMA AS TARGET_SCHEMA, r.TABLE_NAME AS TARGET_TABLE, r.COLUMN_NAME AS TARGET_COLUMN,
                   rc.UPDATE_RULE
            FROM INFORMATION_SCHEMA.REFERENTIAL_CONSTRAINTS rc
            JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE k
              ON k.CONSTRAINT_SCHEMA = rc.CONSTRAINT_SCHEMA AND k.CONSTRAINT_NAME = rc.CONSTRAINT_NAME
            JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE r
              ON r.CONSTRAINT_SCHEMA = rc.UNIQUE_CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = rc.UNIQUE_CONSTRAINT_NAME
             AND r.ORDINAL_POSITION = k.POSITION_IN_UNIQUE_CONSTRAINT
            WHERE k.TABLE_SCHEMA IN ({schemas})
            ORDER BY k.TABLE_SCHEMA, k.TABLE_NAME, k.CONSTRAINT_NAME, k.ORDINAL_POSITION""";

    static final String CHECKS = """
            SELECT tc.TABLE_SCHEMA, tc.TABLE_NAME, tc.CONSTRAINT_NAME, cc.CHECK_CLAUSE
            FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS tc
            JOIN INFORMATION_SCHEMA.CHECK_CONSTRAINTS cc
              ON cc.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA AND cc.CONSTRAINT_NAME = tc.CONSTRAINT_NAME
            WHERE tc.CONSTRAINT_TYPE = 'CHECK' AND tc.TABLE_SCHEMA IN ({schemas})
            ORDER BY tc.TABLE_SCHEMA, tc.TABLE_NAME, tc.CONSTRAINT_NAME""";

    /** Indexes created by CREATE INDEX; those H2 generates for constraints (IS_GENERATED) are left out. */
    static final String INDEXES = """
            SELECT i.TABLE_SCHEMA, i.TABLE_NAME, i.INDEX_NAME, i.INDEX_TYPE_NAME, c.COLUMN_NAME, c.ORDERING_SPECIFICATION
            FROM INFORMATION_SCHEMA.INDEXES i
            JOIN INFORMATION_SCHEMA.INDEX_COLUMNS c
              ON c.INDEX_SCHEMA = i.INDEX_SCHEMA AND c.INDEX_NAME = i.INDEX_NAME
            WHERE NOT i.IS_GENERATED AND i.TABLE_SCHEMA IN ({schemas})
            ORDER BY i.TABLE_SCHEMA, i.TABLE_NAME, i.INDEX_NAME, c.ORDINAL_POSITION""";

    /** User sequences; identity columns' sequences are not listed here by H2. */
    static final String SEQUENCES = """
            SELECT SEQUENCE_SCHEMA, SEQUENCE_NAME, START_VALUE, INCREMENT FROM INFORMATION_SCHEMA.SEQUENCES
            WHERE SEQUENCE_SCHEMA IN ({schemas})
            ORDER BY SEQUENCE_SCHEMA, SEQUENCE_NAME""";

    /** For a baseline only: views with their definition as H2 states it, and the DROP that undoes each. */
    static final String VIEWS = """
            SELECT 'view' AS kind, TABLE_NAME AS object_name,
                   'CREATE VIEW "' || REPLACE(TABLE_SCHEMA, '"', '""') || '"."' || REPLACE(TABLE_NAME, '"', '""')
                       || '" AS ' || VIEW_DEFINITION AS create_sql,
                   'DROP VIEW "' || REPLACE(TABLE_SCHEMA, '"', '""') || '"."' || REPLACE(TABLE_NAME, '"', '""') || '"'
                       AS drop_sql
            FROM INFORMATION_SCHEMA.VIEWS WHERE TABLE_SCHEMA IN ({schemas})
            ORDER BY TABLE_SCHEMA, TABLE_NAME""";

    /**
     * For a baseline only: triggers, which call a Java class (it must be on the class path of whoever runs the
     * revision); a trigger given as source has no JAVA_CLASS, so no create_sql.
     */
    static final String TRIGGERS = """
            SELECT 'trigger' AS kind, TRIGGER_NAME || ' on ' || EVENT_OBJECT_TABLE AS object_name,
                   CASE WHEN JAVA_CLASS IS NOT NULL THEN
                       'CREATE TRIGGER "' || REPLACE(TRIGGER_SCHEMA, '"', '""') || '"."' || REPLACE(TRIGGER_NAME, '"', '""')
                       || '" ' || ACTION_TIMING || ' ' || EVENT_MANIPULATION || ' ON "'
                       || REPLACE(EVENT_OBJECT_SCHEMA, '"', '""') || '"."' || REPLACE(EVENT_OBJECT_TABLE, '"', '""')
                       || '" FOR EACH ' || ACTION_ORIENTATION || ' CALL ''' || JAVA_CLASS || '''' END AS create_sql,
                   'DROP TRIGGER "' || REPLACE(TRIGGER_SCHEMA, '"', '""') || '"."' || REPLACE(TRIGGER_NAME, '"', '""')
                       || '"' AS drop_sql
            FROM INFORMATION_SCHEMA.TRIGGERS WHERE TRIGGER_SCHEMA IN ({schemas})
            ORDER BY TRIGGER_SCHEMA, TRIGGER_NAME""";
}
