package dev.autogen.compare;

import dev.autogen.model.EnumType;
import dev.autogen.operation.AlterEnumType;
import dev.autogen.operation.CreateEnumType;
import dev.autogen.operation.DropEnumType;
import dev.autogen.operation.Operation;

import java.util.List;

/** Named enum types, matched by name; a type whose values (or their order) differ is altered. */
final class EnumTypeComparer {

    void compare(List<EnumType> database, List<EnumType> target, List<Operation> out) {
        NameMatch.of(database, target, EnumType::name,
                wanted -> out.add(new CreateEnumType(wanted)),
                (present, wanted) -> {
                    if (!present.values().equals(wanted.values())) {
                        out.add(new AlterEnumType(present, wanted));
                    }
                },
                present -> out.add(new DropEnumType(present)));
    }
}
