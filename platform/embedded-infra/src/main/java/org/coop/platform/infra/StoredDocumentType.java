package org.coop.platform.infra;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ObjectDataType;

/**
 * How a collection's documents are kept in the MVStore file: as BSON, the form they travel in.
 *
 * <p>The H2 backend stores them with H2's generic type, which falls back to Java serialization
 * for a document: each one carries its class descriptors, and serialising the pages a commit
 * writes was the largest single cost of the store under the end-to-end load (docs/local-stack.md,
 * "What the store spends"). BSON is written by mongo-java-server's own encoder, so a document
 * reads back exactly as a client would receive it.
 *
 * <p>Files written before this type existed hold Java-serialised documents. They are read as
 * they are (H2's tag for a serialised object comes first), and a page is written as BSON the next
 * time it changes: no migration, and an older file opens unchanged.
 */
final class StoredDocumentType extends BasicDataType<Document> {

    static final StoredDocumentType INSTANCE = new StoredDocumentType();

    /** First byte of a BSON value; H2's generic type never starts a value with it. */
    private static final byte BSON = (byte) 0xB5;
    /** H2's generic type's tag for a Java-serialised object: how older files hold documents. */
    private static final byte JAVA_SERIALIZED = 19;

    private final ObjectDataType legacy = new ObjectDataType();

    private StoredDocumentType() {
    }

    @Override
    public int getMemory(Document document) {
        return StoredValues.memory(document);
    }

    @Override
    public void write(WriteBuffer buffer, Document document) {
        ByteBuf bson = Unpooled.buffer(256);
        try {
            BsonEncoder.encodeDocument(document, bson);
            buffer.put(BSON).put(bson.nioBuffer());
        } finally {
            bson.release();
        }
    }

    @Override
    public Document read(ByteBuffer buffer) {
        byte tag = buffer.get(buffer.position());
        if (tag == BSON) {
            buffer.get();
            int length = buffer.duplicate().order(ByteOrder.LITTLE_ENDIAN).getInt();
            ByteBuffer bson = buffer.slice().limit(length);
            buffer.position(buffer.position() + length);
            return BsonDecoder.decodeBson(Unpooled.wrappedBuffer(bson));
        }
        if (tag == JAVA_SERIALIZED) {
            return (Document) legacy.read(buffer);
        }
        throw new IllegalStateException("unknown stored document tag " + tag);
    }

    /** Values are compared only to tell whether a map still holds an expected one: equal or not. */
    @Override
    public int compare(Document a, Document b) {
        if (a.equals(b)) {
            return 0;
        }
        return Arrays.compare(encode(a), encode(b));
    }

    private static byte[] encode(Document document) {
        ByteBuf bson = Unpooled.buffer(256);
        try {
            BsonEncoder.encodeDocument(document, bson);
            byte[] bytes = new byte[bson.readableBytes()];
            bson.readBytes(bytes);
            return bytes;
        } finally {
            bson.release();
        }
    }

    @Override
    public Document[] createStorage(int size) {
        return new Document[size];
    }
}
