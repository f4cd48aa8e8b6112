package dev.autogen.dialect;

import java.util.Map;
import java.util.Set;

/**
 * Decides whether converting between two canonical types can lose or reject data, from a dialect's
 * description of its type families. Anything it does not recognise as a widening counts as narrowing.
 *
 * @param integerDigits   integer type names with the decimal digits they hold ({@code integer} = 10)
 * @param decimalTypes    exact numeric type names taking {@code (precision, scale)}
 * @param lengthTypes     character and binary type names taking a length
 * @param unboundedTypes  types that hold any string ({@code clob}, {@code longtext})
 * @param precisionTypes  temporal type names taking a fractional-seconds precision
 */
public record TypeNarrowing(Map<String, Integer> integerDigits, Set<String> decimalTypes, Set<String> lengthTypes,
                            Set<String> unboundedTypes, Set<String> precisionTypes) {
    public TypeNarrowing {
        integerDigits = Map.copyOf(integerDigits);
        decimalTypes = Set.copyOf(decimalTypes);
        lengthTypes = Set.copyOf(lengthTypes);
        unboundedTypes = Set.copyOf(unboundedTypes);
        precisionTypes = Set.copyOf(precisionTypes);
    }

    /** True when a column of canonical type {@code from} may not fit canonical type {@code to}. */
    public boolean isNarrowing(TypeShape from, TypeShape to) {
        if (from.equals(to)) {
            return false;
        }
        Integer fromDigits = integerDigits.get(from.name());
        if (fromDigits != null && integerDigits.containsKey(to.name())) {
            return integerDigits.get(to.name()) < fromDigits;
        }
        if (decimalTypes.contains(to.name())) {
            long intDigits = to.arg(0, Long.MAX_VALUE) - to.arg(1, 0);
            if (fromDigits != null) {
                return intDigits < fromDigits;
            }
            if (decimalTypes.contains(from.name())) {
                return intDigits < from.arg(0, Long.MAX_VALUE) - from.arg(1, 0) || to.arg(1, 0) < from.arg(1, 0);
            }
            return true;
        }
        if (lengthTypes.contains(from.name()) && unboundedTypes.contains(to.name())) {
            return false;
        }
        if (lengthTypes.contains(from.name()) && from.name().equals(to.name())) {
            return to.arg(0, Long.MAX_VALUE) < from.arg(0, Long.MAX_VALUE);
        }
        if (precisionTypes.contains(from.name()) && from.name().equals(to.name())) {
            return to.arg(0, 0) < from.arg(0, 0);
        }
        return true;
    }
}
