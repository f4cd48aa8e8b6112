package dev.autogen.metadata;

import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.naming.ImplicitJoinTableNameSource;
import org.hibernate.boot.model.naming.ImplicitNamingStrategyJpaCompliantImpl;

import java.util.Set;

/**
 * The rules of Spring Boot's {@code SpringImplicitNamingStrategy}, for when a Spring Boot project names it (or gets
 * it by default) but its jar is not on the class path autogen reads the entities from: JPA's implicit names, except
 * that a join table is named {@code <owning table>_<owning property>}.
 */
public final class SpringImplicitNaming extends ImplicitNamingStrategyJpaCompliantImpl {
    /** Spring Boot 4's and Spring Boot 2/3's names of the strategy. */
    static final Set<String> SPRING_NAMES = Set.of("org.springframework.boot.hibernate.SpringImplicitNamingStrategy",
            "org.springframework.boot.orm.jpa.hibernate.SpringImplicitNamingStrategy");

    private static final long serialVersionUID = 1L;

    @Override
    public Identifier determineJoinTableName(ImplicitJoinTableNameSource source) {
        String name = source.getOwningPhysicalTableName() + "_" + source.getAssociationOwningAttributePath().getProperty();
        return toIdentifier(name, source.getBuildingContext());
    }
}
