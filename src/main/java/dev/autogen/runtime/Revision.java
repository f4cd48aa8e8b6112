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
}
