package org.coop.platform.infra;

import java.nio.ByteBuffer;
import java.util.Arrays;
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
     * How entries are written to and read from the MVStore file: each value by {@link StoredValues}
     * (a type tag, compact forms for what indexes hold).
     */
    static final class Type extends BasicDataType<IndexEntry> {

        static final Type INSTANCE = new Type();

        @Override
        public int compare(IndexEntry a, IndexEntry b) {
            return a.compareTo(b);
        }

        @Override
        public int getMemory(IndexEntry entry) {
            int memory = 48 + StoredValues.memory(entry.position);
            for (Object value : entry.values) {
                memory += StoredValues.memory(value);
            }
            return memory;
        }

        @Override
        public void write(WriteBuffer buffer, IndexEntry entry) {
            buffer.putVarInt(entry.values.length);
            for (Object value : entry.values) {
                StoredValues.write(buffer, value);
            }
            StoredValues.write(buffer, entry.position);
        }

        @Override
        public IndexEntry read(ByteBuffer buffer) {
            Object[] values = new Object[DataUtils.readVarInt(buffer)];
            for (int i = 0; i < values.length; i++) {
                values[i] = StoredValues.read(buffer);
            }
            return new IndexEntry(values, StoredValues.read(buffer));
        }

        @Override
        public IndexEntry[] createStorage(int size) {
            return new IndexEntry[size];
        }
    }
}
