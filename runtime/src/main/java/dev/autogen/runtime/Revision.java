package dev.autogen.runtime;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Identifies a revision class and places it in the revision graph. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Revision {
    /** Short unique hex id. */
    String id();

    /** Ids of the revisions this one follows; empty for a root (applied on an empty database). */
    String[] parents() default {};

    /** What the revision does, as given with {@code -m}. */
    String message() default "";

    /** ISO-8601 creation time. */
    String created() default "";

    /** Branch labels this revision starts or carries. */
    String[] branchLabels() default {};

    /** Revisions that must be applied before this one without being its parents. */
    String[] dependsOn() default {};

    /**
     * True for a portable revision, as autogen writes them: each name is Hibernate's physical name, which every
     * database folds its own way when the revision runs ({@code category} becomes {@code CATEGORY} on H2), and a
     * name in double quotes ({@code "\"Category\""}) is kept exactly. False (revisions written before) keeps
     * every name exactly as written.
     */
    boolean portable() default false;

    /**
     * {@code false} runs every statement of this revision on its own, outside a transaction, as Alembic's
     * {@code autocommit_block} and Flyway's {@code executeInTransaction=false} do: for statements a database
     * refuses inside one beyond those autogen knows ({@code CREATE INDEX CONCURRENTLY} it knows), or a long data
     * migration committed in steps. Online, offline ({@code --sql}) and verification all follow it; an interrupted
     * run is marked after each statement, as on a database without transactional DDL.
     */
    boolean transactional() default true;

    /**
     * {@code true} for a revision written with the online plan ({@code -m --online}, {@code safety=online}): each of
     * its transactions starts by setting the online lock and statement timeouts (PostgreSQL's {@code SET LOCAL
     * lock_timeout}, {@code statement_timeout}), and one that runs out of lock time is rolled back and run again a
     * bounded number of times ({@code online_lock_retries}) before the revision fails.
     */
    boolean online() default false;

    /** With {@link #online()}: this revision's lock timeout instead of {@code online_lock_timeout} ({@code "2s"}). */
    String lockTimeout() default "";

    /** With {@link #online()}: this revision's statement timeout instead of {@code online_statement_timeout}. */
    String statementTimeout() default "";
}
