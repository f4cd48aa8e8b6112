package dev.autogen.usecase;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes and reads a tree of records (the neutral schema model) as bytes, by reflection over record components,
 * so a field added to a model record needs no change here. Each record is written with its class name and the
 * names of its components; reading checks both, so bytes written by another shape of a record are refused
 * ({@link IOException}), never misread. Values may be null, strings, booleans, numbers, enums, lists, maps and
 * records; anything else is refused when writing.
 */
final class ModelCodec {
    private static final int NULL = 0;
    private static final int STRING = 1;
    private static final int BOOLEAN = 2;
    private static final int INT = 3;
    private static final int LONG = 4;
    private static final int ENUM = 5;
    private static final int LIST = 6;
    private static final int MAP = 7;
    private static final int RECORD = 8;

    private final ClassLoader loader;

    ModelCodec(ClassLoader loader) {
        this.loader = loader;
    }

    void write(DataOutputStream out, Object value) throws IOException {
        if (value == null) {
            out.writeByte(NULL);
        } else if (value instanceof String s) {
            out.writeByte(STRING);
            writeString(out, s);
        } else if (value instanceof Boolean b) {
            out.writeByte(BOOLEAN);
            out.writeBoolean(b);
        } else if (value instanceof Integer i) {
            out.writeByte(INT);
            out.writeInt(i);
        } else if (value instanceof Long l) {
            out.writeByte(LONG);
            out.writeLong(l);
        } else if (value instanceof Enum<?> e) {
            out.writeByte(ENUM);
            writeString(out, e.getDeclaringClass().getName());
            writeString(out, e.name());
        } else if (value instanceof List<?> list) {
            out.writeByte(LIST);
            out.writeInt(list.size());
            for (Object o : list) {
                write(out, o);
            }
        } else if (value instanceof Map<?, ?> map) {
            out.writeByte(MAP);
            out.writeInt(map.size());
            for (Map.Entry<?, ?> e : map.entrySet()) {
                write(out, e.getKey());
                write(out, e.getValue());
            }
        } else if (value instanceof Record r) {
            out.writeByte(RECORD);
            writeString(out, r.getClass().getName());
            RecordComponent[] components = r.getClass().getRecordComponents();
            out.writeInt(components.length);
            for (RecordComponent c : components) {
                writeString(out, c.getName());
                try {
                    c.getAccessor().setAccessible(true);
                    write(out, c.getAccessor().invoke(r));
                } catch (ReflectiveOperationException e) {
                    throw new IOException("Cannot read " + r.getClass().getName() + "." + c.getName(), e);
                }
            }
        } else {
            throw new IOException("A " + value.getClass().getName() + " cannot be written into the model cache.");
        }
    }

    Object read(DataInputStream in) throws IOException {
        int tag = in.readByte();
        switch (tag) {
            case NULL:
                return null;
            case STRING:
                return readString(in);
            case BOOLEAN:
                return in.readBoolean();
            case INT:
                return in.readInt();
            case LONG:
                return in.readLong();
            case ENUM:
                return readEnum(in);
            case LIST: {
                int n = in.readInt();
                List<Object> list = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    list.add(read(in));
                }
                return list;
            }
            case MAP: {
                int n = in.readInt();
                Map<Object, Object> map = new LinkedHashMap<>();
                for (int i = 0; i < n; i++) {
                    map.put(read(in), read(in));
                }
                return map;
            }
            case RECORD:
                return readRecord(in);
            default:
                throw new IOException("Unknown tag " + tag + " in the model cache.");
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Object readEnum(DataInputStream in) throws IOException {
        Class<?> type = type(readString(in));
        String name = readString(in);
        if (!type.isEnum()) {
            throw new IOException(type.getName() + " is not an enum.");
        }
        try {
            return Enum.valueOf((Class) type, name);
        } catch (IllegalArgumentException e) {
            throw new IOException(type.getName() + " has no constant " + name + ".", e);
        }
    }

    private Object readRecord(DataInputStream in) throws IOException {
        Class<?> type = type(readString(in));
        RecordComponent[] components = type.getRecordComponents();
        int n = in.readInt();
        if (components == null || components.length != n) {
            throw new IOException(type.getName() + " has another shape than the cached one.");
        }
        Object[] args = new Object[n];
        Class<?>[] types = new Class<?>[n];
        for (int i = 0; i < n; i++) {
            String name = readString(in);
            if (!components[i].getName().equals(name)) {
                throw new IOException(type.getName() + " has another shape than the cached one.");
            }
            args[i] = read(in);
            types[i] = components[i].getType();
        }
        try {
            Constructor<?> canonical = type.getDeclaredConstructor(types);
            canonical.setAccessible(true);
            return canonical.newInstance(args);
        } catch (ReflectiveOperationException | IllegalArgumentException e) {
            throw new IOException("Cannot rebuild a " + type.getName() + " from the model cache.", e);
        }
    }

    private Class<?> type(String name) throws IOException {
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException e) {
            throw new IOException("Class " + name + " of the model cache is gone.", e);
        }
    }

    private static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readString(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > 64 << 20) {
            throw new IOException("A string of " + n + " bytes in the model cache.");
        }
        byte[] bytes = in.readNBytes(n);
        if (bytes.length != n) {
            throw new java.io.EOFException("The model cache ends inside a string.");
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
