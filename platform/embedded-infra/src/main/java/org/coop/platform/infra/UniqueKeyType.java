package org.coop.platform.infra;

import de.bwaldvogel.mongo.backend.KeyValue;
import java.nio.ByteBuffer;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;

/**
 * The keys of a unique index (the {@code _id} index of every collection among them), ordered as
 * MongoDB orders values ({@link IndexValues#compare}) and written value by value
 * ({@link StoredValues}).
 *
 * <p>The H2 backend keeps them with H2's generic type, which compares two keys it does not know by
 * Java-serialising both: every lookup, insert and delete paid for a dozen serialisations, and under
 * the end-to-end load that was a tenth of the store's CPU (docs/local-stack.md, "What the store
 * spends"). The order differs from the generic type's, so these maps have names of their own
 * ({@link IndexedH2Database}); a unique index stored the old way is dropped and refilled from its
 * collection the first time the file opens.
 */
final class UniqueKeyType extends BasicDataType<KeyValue> {

    static final UniqueKeyType INSTANCE = new UniqueKeyType();

    private UniqueKeyType() {
    }

    @Override
    public int compare(KeyValue a, KeyValue b) {
        int shared = Math.min(a.size(), b.size());
        for (int i = 0; i < shared; i++) {
            int byValue = IndexValues.compare(a.get(i), b.get(i));
            if (byValue != 0) {
                return byValue;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    @Override
    public int getMemory(KeyValue key) {
        int memory = 40;
        for (Object value : key) {
            memory += 8 + StoredValues.memory(value);
        }
        return memory;
    }

    @Override
    public void write(WriteBuffer buffer, KeyValue key) {
        buffer.putVarInt(key.size());
        for (Object value : key) {
            StoredValues.write(buffer, value);
        }
    }

    @Override
    public KeyValue read(ByteBuffer buffer) {
        Object[] values = new Object[DataUtils.readVarInt(buffer)];
        for (int i = 0; i < values.length; i++) {
            values[i] = StoredValues.read(buffer);
        }
        return new KeyValue(values);
    }

    @Override
    public KeyValue[] createStorage(int size) {
        return new KeyValue[size];
    }
}
