package dev.autogen.history;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import dev.autogen.runtime.Revision;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a compiled class says about itself, read from its bytes without loading it: its name, super class and
 * interfaces, whether it is abstract and has a no-argument constructor, its source file, the classes its constant
 * pool names, and the elements of its {@link Revision} annotation. This is how {@code upgrade head} builds the
 * revision graph without defining a single revision class (JVMS chapter 4: the constant pool, then the class's
 * fields, methods and attributes; only {@code RuntimeVisibleAnnotations} and {@code SourceFile} are read).
 *
 * @param name               binary name with dots ({@code migrations.R_a1b2c3})
 * @param superName          the super class's binary name with slashes, or empty for {@code java/lang/Object}'s own file
 * @param interfaces         directly implemented interfaces, binary names with slashes
 * @param abstractOrInterface ACC_ABSTRACT or ACC_INTERFACE is set
 * @param noArgConstructor   a {@code <init>()V} method is declared
 * @param sourceFile         the {@code SourceFile} attribute, or empty
 * @param referenced         every class the constant pool names (slashes; array types reduced to their element)
 * @param revision           the {@link Revision} annotation's elements (arrays as lists), when the class carries it
 */
record RevisionClassFile(String name, String superName, List<String> interfaces, boolean abstractOrInterface,
                         boolean noArgConstructor, String sourceFile, Set<String> referenced,
                         Optional<Map<String, Object>> revision) {
    private static final String REVISION = "L" + Revision.class.getName().replace('.', '/') + ";";
    private static final byte[] REVISION_BYTES = REVISION.getBytes(StandardCharsets.UTF_8);

    /** True when {@code bytes} may hold a class annotated {@link Revision} (its descriptor is in the bytes). */
    static boolean mayBeRevision(byte[] bytes) {
        outer:
        for (int i = 0; i <= bytes.length - REVISION_BYTES.length; i++) {
            for (int j = 0; j < REVISION_BYTES.length; j++) {
                if (bytes[i + j] != REVISION_BYTES[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** Reads a class file; throws {@link IOException} when the bytes are not one. */
    static RevisionClassFile read(byte[] bytes) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
        if (in.readInt() != 0xCAFEBABE) {
            throw new IOException("not a class file");
        }
        in.readUnsignedShort();
        in.readUnsignedShort();
        int count = in.readUnsignedShort();
        Object[] pool = new Object[count];
        int[] classIndex = new int[count];
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> pool[i] = in.readUTF();
                case 3 -> pool[i] = in.readInt();
                case 4 -> pool[i] = in.readFloat();
                case 5 -> pool[i++] = in.readLong();
                case 6 -> pool[i++] = in.readDouble();
                case 7 -> classIndex[i] = in.readUnsignedShort();
                case 8, 16, 19, 20 -> in.readUnsignedShort();
                case 9, 10, 11, 12, 17, 18 -> in.readInt();
                case 15 -> {
                    in.readUnsignedByte();
                    in.readUnsignedShort();
                }
                default -> throw new IOException("unknown constant pool tag " + tag);
            }
        }
        int access = in.readUnsignedShort();
        String name = className(pool, classIndex, in.readUnsignedShort());
        int superIndex = in.readUnsignedShort();
        String superName = superIndex == 0 ? "" : className(pool, classIndex, superIndex);
        List<String> interfaces = new ArrayList<>();
        for (int n = in.readUnsignedShort(); n > 0; n--) {
            interfaces.add(className(pool, classIndex, in.readUnsignedShort()));
        }
        skipMembers(in);
        boolean noArg = false;
        for (int n = in.readUnsignedShort(); n > 0; n--) {
            in.readUnsignedShort();
            String method = (String) pool[in.readUnsignedShort()];
            String descriptor = (String) pool[in.readUnsignedShort()];
            noArg |= method.equals("<init>") && descriptor.equals("()V");
            skipAttributes(in);
        }
        String sourceFile = "";
        Map<String, Object> revision = null;
        for (int n = in.readUnsignedShort(); n > 0; n--) {
            String attribute = (String) pool[in.readUnsignedShort()];
            int length = in.readInt();
            if (attribute.equals("SourceFile")) {
                sourceFile = (String) pool[in.readUnsignedShort()];
            } else if (attribute.equals("RuntimeVisibleAnnotations")) {
                for (int a = in.readUnsignedShort(); a > 0; a--) {
                    String type = (String) pool[in.readUnsignedShort()];
                    Map<String, Object> elements = annotation(in, pool);
                    if (type.equals(REVISION)) {
                        revision = elements;
                    }
                }
            } else {
                in.skipNBytes(length);
            }
        }
        Set<String> referenced = new LinkedHashSet<>();
        for (int i = 1; i < count; i++) {
            if (classIndex[i] != 0 && i != 0) {
                String ref = (String) pool[classIndex[i]];
                ref = ref.replaceFirst("^\\[+L?", "").replaceFirst(";$", "");
                if (ref.length() > 1 && !ref.equals(name.replace('.', '/'))) {
                    referenced.add(ref);
                }
            }
        }
        return new RevisionClassFile(name.replace('/', '.'), superName, List.copyOf(interfaces),
                (access & 0x0600) != 0, noArg, sourceFile, Set.copyOf(referenced), Optional.ofNullable(revision));
    }

    /** A string element of the revision annotation, or {@code ""} when left at its default. */
    String element(String key) {
        return revision.map(r -> r.get(key)).map(String::valueOf).orElse("");
    }

    /** A string-array element of the revision annotation, or empty when left at its default. */
    List<String> elements(String key) {
        Object v = revision.map(r -> r.get(key)).orElse(null);
        if (v instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return v == null ? List.of() : List.of(String.valueOf(v));
    }

    private static String className(Object[] pool, int[] classIndex, int index) {
        return (String) pool[classIndex[index]];
    }

    private static void skipMembers(DataInputStream in) throws IOException {
        for (int n = in.readUnsignedShort(); n > 0; n--) {
            in.skipNBytes(6);
            skipAttributes(in);
        }
    }

    private static void skipAttributes(DataInputStream in) throws IOException {
        for (int n = in.readUnsignedShort(); n > 0; n--) {
            in.readUnsignedShort();
            in.skipNBytes(in.readInt());
        }
    }

    private static Map<String, Object> annotation(DataInputStream in, Object[] pool) throws IOException {
        Map<String, Object> elements = new TreeMap<>();
        for (int n = in.readUnsignedShort(); n > 0; n--) {
            String key = (String) pool[in.readUnsignedShort()];
            elements.put(key, value(in, pool));
        }
        return elements;
    }

    private static Object value(DataInputStream in, Object[] pool) throws IOException {
        int tag = in.readUnsignedByte();
        switch (tag) {
            case 'B', 'C', 'D', 'F', 'I', 'J', 'S', 's' -> {
                return pool[in.readUnsignedShort()];
            }
            case 'Z' -> {
                return !Integer.valueOf(0).equals(pool[in.readUnsignedShort()]);
            }
            case 'e' -> {
                in.readUnsignedShort();
                return pool[in.readUnsignedShort()];
            }
            case 'c' -> {
                return pool[in.readUnsignedShort()];
            }
            case '@' -> {
                in.readUnsignedShort();
                return annotation(in, pool);
            }
            case '[' -> {
                List<Object> values = new ArrayList<>();
                for (int n = in.readUnsignedShort(); n > 0; n--) {
                    values.add(value(in, pool));
                }
                return values;
            }
            default -> throw new IOException("unknown annotation element tag " + (char) tag);
        }
    }
}
