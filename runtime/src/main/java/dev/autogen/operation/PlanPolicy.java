package dev.autogen.operation;

/**
 * One step of the plan stage, between the comparator and code generation: takes a plan and returns the plan to
 * write instead, e.g. an online rewrite of blocking DDL, rename hints, or the statement order. Policies run in
 * the order the stage lists them; each sees the previous one's plan. A policy keeps every operation's meaning or
 * says in its documentation what it changes, and keeps the plan's reverse valid ({@link Plan#reverse()}).
 */
@FunctionalInterface
public interface PlanPolicy {
    Plan apply(Plan plan);
}
