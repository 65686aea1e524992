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
import java.util.Arrays;
import java.util.UUID;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;

/**
 * One key of a secondary index: the document's values for the index's fields, then the document's
 * position (its {@code _id}), which makes equal values of different documents distinct keys. Kept
 * in an MVStore map ordered by {@link IndexValues#compare}, in the same file as the documents, so a
 * commit writes documents and indexes together and a crash can never leave them apart.
 */
record IndexEntry(Object[] values, Object position) {

    int compareTo(IndexEntry other) {
        for (int i = 0; i < values.length; i++) {
            int byValue = IndexValues.compare(values[i], other.values[i]);
            if (byValue != 0) {
                return byValue;
            }
        }
        return IndexValues.compare(position, other.position);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IndexEntry entry && compareTo(entry) == 0;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values) * 31 + java.util.Objects.hashCode(position);
    }

    @Override
    public String toString() {
        return Arrays.toString(values) + "@" + position;
    }

    /**
     * How entries are written to and read from the MVStore file: a type tag per value, compact forms
     * for what indexes hold (strings, numbers, dates, ids, booleans), Java serialization for the rest.
     */
    static final class Type extends BasicDataType<IndexEntry> {

        static final Type INSTANCE = new Type();

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

        @Override
        public int compare(IndexEntry a, IndexEntry b) {
            return a.compareTo(b);
        }

        @Override
        public int getMemory(IndexEntry entry) {
            int memory = 48 + memory(entry.position);
            for (Object value : entry.values) {
                memory += memory(value);
            }
            return memory;
        }

        private static int memory(Object value) {
            return value instanceof String text ? 40 + 2 * text.length() : 24;
        }

        @Override
        public void write(WriteBuffer buffer, IndexEntry entry) {
            buffer.putVarInt(entry.values.length);
            for (Object value : entry.values) {
                writeValue(buffer, value);
            }
            writeValue(buffer, entry.position);
        }

        @Override
        public IndexEntry read(ByteBuffer buffer) {
            Object[] values = new Object[DataUtils.readVarInt(buffer)];
            for (int i = 0; i < values.length; i++) {
                values[i] = readValue(buffer);
            }
            return new IndexEntry(values, readValue(buffer));
        }

        @Override
        public IndexEntry[] createStorage(int size) {
            return new IndexEntry[size];
        }

        private static void writeValue(WriteBuffer buffer, Object value) {
            if (value == null) {
                buffer.put(NULL);
            } else if (value instanceof Missing) {
                buffer.put(MISSING);
            } else if (value instanceof Double number) {
                buffer.put(DOUBLE).putDouble(number);
            } else if (value instanceof Long number) {
                buffer.put(LONG).putLong(number);
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

        private static Object readValue(ByteBuffer buffer) {
            byte tag = buffer.get();
            switch (tag) {
                case NULL:
                    return null;
                case MISSING:
                    return Missing.getInstance();
                case DOUBLE:
                    return buffer.getDouble();
                case LONG:
                    return buffer.getLong();
                case STRING:
                    return new String(bytes(buffer, DataUtils.readVarInt(buffer)), StandardCharsets.UTF_8);
                case INSTANT:
                    return Instant.ofEpochSecond(buffer.getLong(), buffer.getInt());
                case OBJECT_ID:
                    return new ObjectId(bytes(buffer, 12));
                case FALSE:
                    return Boolean.FALSE;
                case TRUE:
                    return Boolean.TRUE;
                case UUID_VALUE:
                    return new UUID(buffer.getLong(), buffer.getLong());
                case SERIALIZED:
                    return deserialize(bytes(buffer, DataUtils.readVarInt(buffer)));
                default:
                    throw new IllegalStateException("unknown index value tag " + tag);
            }
        }

        private static byte[] bytes(ByteBuffer buffer, int length) {
            byte[] bytes = new byte[length];
            buffer.get(bytes);
            return bytes;
        }

        private static byte[] serialize(Object value) {
            if (!(value instanceof Serializable)) {
                throw new IllegalArgumentException("cannot index a " + value.getClass().getName());
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
}
