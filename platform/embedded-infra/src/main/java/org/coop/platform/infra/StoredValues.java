package org.coop.platform.infra;

import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.bson.ObjectId;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;

/**
 * Single values as index keys store them in the MVStore file: a type tag, then a compact form for
 * what indexes hold (strings, numbers, dates, ids, booleans), Java serialization for the rest. The
 * tags are part of the file format: existing files are read with them, so they never change.
 */
final class StoredValues {

    private static final byte NULL = 0;
    private static final byte DOUBLE = 1;
    private static final byte LONG = 2;
    private static final byte STRING = 3;
    private static final byte INSTANT = 4;
    private static final byte OBJECT_ID = 5;
    private static final byte FALSE = 6;
    private static final byte TRUE = 7;
    private static final byte UUID_VALUE = 8;
    private static final byte MISSING = 9;
    private static final byte SERIALIZED = 10;
    private static final byte INT = 11;

    private StoredValues() {
    }

    static void write(WriteBuffer buffer, Object value) {
        if (value == null) {
            buffer.put(NULL);
        } else if (value instanceof Missing) {
            buffer.put(MISSING);
        } else if (value instanceof Double number) {
            buffer.put(DOUBLE).putDouble(number);
        } else if (value instanceof Long number) {
            buffer.put(LONG).putLong(number);
        } else if (value instanceof Integer number) {
            buffer.put(INT).putInt(number);
        } else if (value instanceof String text) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            buffer.put(STRING).putVarInt(bytes.length).put(bytes);
        } else if (value instanceof Instant instant) {
            buffer.put(INSTANT).putLong(instant.getEpochSecond()).putInt(instant.getNano());
        } else if (value instanceof ObjectId id) {
            buffer.put(OBJECT_ID).put(id.toByteArray());
        } else if (value instanceof Boolean flag) {
            buffer.put(flag ? TRUE : FALSE);
        } else if (value instanceof UUID uuid) {
            buffer.put(UUID_VALUE).putLong(uuid.getMostSignificantBits()).putLong(uuid.getLeastSignificantBits());
        } else {
            byte[] bytes = serialize(value);
            buffer.put(SERIALIZED).putVarInt(bytes.length).put(bytes);
        }
    }

    static Object read(ByteBuffer buffer) {
        byte tag = buffer.get();
        return switch (tag) {
            case NULL -> null;
            case MISSING -> Missing.getInstance();
            case DOUBLE -> buffer.getDouble();
            case LONG -> buffer.getLong();
            case INT -> buffer.getInt();
            case STRING -> new String(bytes(buffer, DataUtils.readVarInt(buffer)), StandardCharsets.UTF_8);
            case INSTANT -> Instant.ofEpochSecond(buffer.getLong(), buffer.getInt());
            case OBJECT_ID -> new ObjectId(bytes(buffer, 12));
            case FALSE -> Boolean.FALSE;
            case TRUE -> Boolean.TRUE;
            case UUID_VALUE -> new UUID(buffer.getLong(), buffer.getLong());
            case SERIALIZED -> deserialize(bytes(buffer, DataUtils.readVarInt(buffer)));
            default -> throw new IllegalStateException("unknown stored value tag " + tag);
        };
    }

    /**
     * About what a value occupies on the heap: the MVStore sizes its pages and its cache by this,
     * so it follows the value's size without being exact. Documents and arrays are walked.
     */
    static int memory(Object value) {
        if (value instanceof String text) {
            return 40 + 2 * text.length();
        }
        if (value instanceof Map<?, ?> map) {
            int memory = 64;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                memory += 32 + memory(entry.getKey()) + memory(entry.getValue());
            }
            return memory;
        }
        if (value instanceof Collection<?> values) {
            int memory = 40;
            for (Object element : values) {
                memory += 8 + memory(element);
            }
            return memory;
        }
        return value instanceof byte[] bytes ? 16 + bytes.length : 24;
    }

    private static byte[] bytes(ByteBuffer buffer, int length) {
        byte[] bytes = new byte[length];
        buffer.get(bytes);
        return bytes;
    }

    private static byte[] serialize(Object value) {
        if (!(value instanceof Serializable)) {
            throw new IllegalArgumentException("cannot store a " + value.getClass().getName() + " in an index");
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static Object deserialize(byte[] bytes) {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            return in.readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
