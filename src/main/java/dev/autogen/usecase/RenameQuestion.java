package dev.autogen.usecase;

/**
 * Asks the user whether a drop and an add found without evidence are a rename. The CLI asks in a terminal
 * ("Did you rename customer.mail to customer.email (varchar(254))? [y/N]"); library code that cannot ask passes none.
 */
@FunctionalInterface
public interface RenameQuestion {
    /**
     * @param candidate what may have been renamed, as {@code customer.mail to customer.email (varchar(254))} or
     *                  {@code table customer to client}
     * @return true when it is a rename
     */
    boolean isRename(String candidate);
}
