package dev.autogen.dialect;

/**
 * A dialect made of its three parts, given once: the catalog reader, the renderer and the type normaliser. Each
 * database's {@link Dialect} extends it and adds what differs (identifier folding, locks, capability flags).
 */
public abstract class ComposedDialect implements Dialect {
    private final SchemaInspector inspector;
    private final DdlRenderer renderer;
    private final TypeNormaliser types;

    protected ComposedDialect(SchemaInspector inspector, DdlRenderer renderer, TypeNormaliser types) {
        this.inspector = inspector;
        this.renderer = renderer;
        this.types = types;
    }

    @Override
    public final SchemaInspector inspector() {
        return inspector;
    }

    @Override
    public final DdlRenderer renderer() {
        return renderer;
    }

    @Override
    public final TypeNormaliser types() {
        return types;
    }
}
