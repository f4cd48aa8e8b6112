package dev.autogen.history;

import dev.autogen.runtime.Direction;
import dev.autogen.runtime.Migration;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A revision ready to run: where it sits in the graph, and the instance whose methods record its operations.
 * The instance is made on first use: {@code upgrade head} at head reads the graph from the class files and the
 * checksums from the {@link ChecksumIndex}, so it never loads a revision class whose bytes it has seen before.
 */
public final class LoadedRevision {
    private final RevisionInfo info;
    private final Supplier<Migration> factory;
    private final String contentKey;
    private final ChecksumIndex index;
    private volatile Migration migration;

    private LoadedRevision(RevisionInfo info, Migration migration, Supplier<Migration> factory, String contentKey,
                           ChecksumIndex index) {
        this.info = Objects.requireNonNull(info, "info");
        this.migration = migration;
        this.factory = factory;
        this.contentKey = contentKey;
        this.index = index;
    }

    /** A revision whose instance exists already. */
    public LoadedRevision(RevisionInfo info, Migration migration) {
        this(info, Objects.requireNonNull(migration, "migration"), null, null, null);
    }

    /**
     * A revision created by {@code factory} when first used; its checksums are looked up in {@code index} under
     * {@code contentKey} (a hash of the bytes that make its behaviour, see {@link ChecksumIndex}) before the
     * revision is created to compute them.
     */
    static LoadedRevision lazy(RevisionInfo info, Supplier<Migration> factory, String contentKey, ChecksumIndex index) {
        return new LoadedRevision(info, null, Objects.requireNonNull(factory, "factory"), contentKey, index);
    }

    public RevisionInfo info() {
        return info;
    }

    public String id() {
        return info.id();
    }

    /** The revision's instance, created (its class loaded) on the first call. */
    public Migration migration() {
        Migration m = migration;
        if (m == null) {
            synchronized (this) {
                if (migration == null) {
                    migration = factory.get();
                }
                m = migration;
            }
        }
        return m;
    }

    /** True once {@link #migration()} created the instance (or it was given). */
    boolean instantiated() {
        return migration != null;
    }

    /**
     * The checksum of the upgrade ({@link Checksums#of}) or the downgrade ({@link Checksums#ofDowngrade}), from
     * the index when these exact bytes were checksummed before, else computed (and kept in the index).
     */
    public String checksum(Direction direction) {
        if (index != null && contentKey != null) {
            ChecksumIndex.Entry known = index.get(contentKey);
            if (known == null) {
                known = new ChecksumIndex.Entry(Checksums.of(this, Direction.UPGRADE), Checksums.ofDowngrade(this));
                index.put(contentKey, known);
            }
            return direction == Direction.UPGRADE ? known.upgrade() : known.downgrade();
        }
        return direction == Direction.UPGRADE ? Checksums.of(this, Direction.UPGRADE) : Checksums.ofDowngrade(this);
    }

    @Override
    public String toString() {
        return "LoadedRevision[" + info.describe() + "]";
    }
}
