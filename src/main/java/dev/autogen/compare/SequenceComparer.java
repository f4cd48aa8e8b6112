package dev.autogen.compare;

import dev.autogen.model.Sequence;
import dev.autogen.operation.AlterSequence;
import dev.autogen.operation.CreateSequence;
import dev.autogen.operation.DropSequence;
import dev.autogen.operation.Operation;

import java.util.List;

/**
 * Sequences, matched by name. Only the increment of an existing sequence is compared: databases advance a
 * sequence's value, so a differing start value is not a change (and the alter keeps the database's start).
 */
final class SequenceComparer {

    void compare(List<Sequence> database, List<Sequence> target, List<Operation> out) {
        NameMatch.of(database, target, Sequence::name,
                wanted -> out.add(new CreateSequence(wanted)),
                (present, wanted) -> {
                    if (present.incrementBy() != wanted.incrementBy()) {
                        out.add(new AlterSequence(present,
                                new Sequence(present.name(), present.startWith(), wanted.incrementBy())));
                    }
                },
                present -> out.add(new DropSequence(present)));
    }
}
