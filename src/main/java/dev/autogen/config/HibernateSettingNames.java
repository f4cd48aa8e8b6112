package dev.autogen.config;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The names of Hibernate's settings, read from Hibernate itself: every {@code String} constant of
 * {@code org.hibernate.cfg.AvailableSettings} (and the interfaces it extends) whose value starts with
 * {@code hibernate.}. A {@code hibernate.*} key that is none of them, and does not continue one of them (
 * {@code hibernate.event.listener.*} and the like), is a misspelling until shown otherwise. Reflection, not an
 * import, keeps Hibernate out of this package; without Hibernate on the class path every name is accepted.
 */
final class HibernateSettingNames {
    /** Namespaces of other Hibernate projects (Search, Reactive, ...), whose settings Hibernate ORM does not list. */
    private static final Set<String> OTHER_PROJECTS = Set.of("hibernate.search.", "hibernate.reactive.",
            "hibernate.envers.", "hibernate.types.", "hibernate.validator.", "hibernate.ogm.", "hibernate.spatial.",
            "hibernate.tool.", "hibernate.hikari.", "hibernate.agroal.", "hibernate.vibur.", "hibernate.javax.cache.",
            "hibernate.integration.", "hibernate.c3p0.", "hibernate.proxool.");

    private final Set<String> names;

    private HibernateSettingNames(Set<String> names) {
        this.names = names;
    }

    /** The names of the Hibernate found on {@code loader}; empty (all accepted) when there is none. */
    static HibernateSettingNames fromClasspath(ClassLoader loader) {
        Set<String> names = new TreeSet<>();
        try {
            Class<?> settings = Class.forName("org.hibernate.cfg.AvailableSettings", false, loader);
            for (Field f : settings.getFields()) {
                if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                    Object value = f.get(null);
                    if (value instanceof String s && s.startsWith("hibernate.")) {
                        names.add(s);
                    }
                }
            }
        } catch (ReflectiveOperationException | LinkageError e) {
            // no Hibernate here: nothing to check against, so every hibernate.* name is passed on as written
        }
        return new HibernateSettingNames(Set.copyOf(names));
    }

    /**
     * True when {@code key} is a Hibernate setting, continues one, belongs to another Hibernate project, or is no
     * misspelling of one: only a key within three edits of a setting's name (a {@code did you mean}) is refused, so
     * the settings of integrations autogen does not know (a cache provider's, say) pass through.
     */
    boolean known(String key) {
        if (names.isEmpty() || names.contains(key)) {
            return true;
        }
        for (String prefix : OTHER_PROJECTS) {
            if (key.startsWith(prefix)) {
                return true;
            }
        }
        for (String name : names) {
            if (key.startsWith(name.endsWith(".") ? name : name + ".")) {
                return true;
            }
        }
        return nearest(key).isEmpty();
    }

    /** The nearest setting name, when one is within three edits of {@code key}. */
    Optional<String> nearest(String key) {
        return Suggestions.nearest(key, names);
    }
}
