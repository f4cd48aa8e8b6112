package dev.autogen.operation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** An ordered list of operations: what a revision's upgrade (or downgrade) does. */
public record Plan(List<Operation> operations) {
    public Plan {
        operations = List.copyOf(operations);
    }

    public static Plan empty() {
        return new Plan(List.of());
    }

    public boolean isEmpty() {
        return operations.isEmpty();
    }

    public int size() {
        return operations.size();
    }

    /** The plan that undoes this one: the operations in reverse order, each reversed. */
    public Plan reverse() {
        List<Operation> reversed = new ArrayList<>(operations.size());
        for (Operation op : operations) {
            reversed.add(op.reverse());
        }
        Collections.reverse(reversed);
        return new Plan(reversed);
    }
}
