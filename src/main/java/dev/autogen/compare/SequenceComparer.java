package dev.autogen.compare;

import dev.autogen.model.Sequence;
import dev.autogen.operation.AlterSequence;
import dev.autogen.operation.CreateSequence;
import dev.autogen.operation.DropSequence;
import dev.autogen.operation.Operation;

import java.util.List;

/**
 * Sequences, matched by name. The increment of an existing sequence is compared, and its cache where the
 * target states one (Hibernate creates MariaDB sequences {@code NOCACHE}): databases advance a sequence's
 * value, so a differing start value is not a change (and the alter keeps the database's start).
 */
final class SequenceComparer {

    void compare(List<Sequence> database, List<Sequence> target, List<Operation> out) {
        NameMatch.of(database, target, Sequence::name,
                wanted -> out.add(new CreateSequence(wanted)),
                (present, wanted) -> {
                    boolean cacheDiffers = wanted.cache() != null && !wanted.cache().equals(present.cache());
                    if (present.incrementBy() != wanted.incrementBy() || cacheDiffers) {
                        out.add(new AlterSequence(present, new Sequence(present.name(), present.startWith(),
                                wanted.incrementBy(), cacheDiffers ? wanted.cache() : present.cache())));
                    }
                },
                present -> out.add(new DropSequence(present)));
    }
}
