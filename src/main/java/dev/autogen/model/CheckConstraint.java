package dev.autogen.model;

import java.util.Objects;

/** A check constraint; {@code expression} is the condition without the {@code CHECK} keyword. */
public record CheckConstraint(String name, String expression) {
    public CheckConstraint {
        Objects.requireNonNull(expression, "expression");
    }
}
