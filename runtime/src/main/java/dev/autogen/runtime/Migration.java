package dev.autogen.runtime;

/**
 * A revision: what {@code upgrade} does, and what {@code downgrade} does to undo it. Implementations are
 * annotated with {@link Revision}. The methods only record operations on {@link Op}; autogen renders and runs
 * them, so the same revision can print its SQL offline, be linted and be checksummed.
 */
public interface Migration {
    void upgrade(Op op);

    void downgrade(Op op);
}
