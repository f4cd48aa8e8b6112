package dev.autogen.runtime;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a revision class: a risk {@code autogen lint} reports for this revision was reviewed and accepted, so it is
 * shown as acknowledged and no longer fails {@code lint} or {@code check}. Repeat it for several rules:
 * <pre>{@code @Acknowledge(rule = "drop-column", reason = "orders.note was never read; agreed in #123")}</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Repeatable(Acknowledge.List.class)
public @interface Acknowledge {
    /** The rule id, as lint prints it: {@code drop-table}, {@code drop-column}, {@code narrowing-type}, ... */
    String rule();

    /** Why the risk is acceptable; shown next to the finding. */
    String reason();

    /** The container of repeated {@link Acknowledge} annotations. */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    @interface List {
        Acknowledge[] value();
    }
}
