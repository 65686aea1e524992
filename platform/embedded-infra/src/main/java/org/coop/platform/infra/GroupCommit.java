package org.coop.platform.infra;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Makes writes durable before they are acknowledged, sharing one commit among the writers that
 * arrive together (group commit). A writer whose change is already in the store's maps calls
 * {@link #awaitDurable()}: it takes a ticket; the first writer that finds no commit running leads
 * one, which covers every ticket issued before it started; the others wait for a commit that
 * covers theirs, and one of them leads the next if needed. No thread of its own: the leader is a
 * writer, so an idle store costs nothing.
 */
final class GroupCommit {

    /** Writes what the maps hold and forces it to the disk; throws if that fails. */
    interface Durability {
        void commitAndSync();
    }

    private final Durability durability;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition committed = lock.newCondition();
    private long issued;
    private long durable;
    private boolean leading;
    private long commits;

    GroupCommit(Durability durability) {
        this.durability = durability;
    }

    /**
     * Returns once everything written before this call is on the disk. If the commit fails, the
     * failure is thrown to this writer (and to the others that shared the commit, when they retry
     * it), so no write is acknowledged that is not durable.
     */
    void awaitDurable() {
        lock.lock();
        try {
            long ticket = ++issued;
            while (durable < ticket) {
                if (leading) {
                    committed.awaitUninterruptibly();
                    continue;
                }
                leading = true;
                long covers = issued;
                boolean succeeded = false;
                lock.unlock();
                try {
                    durability.commitAndSync();
                    succeeded = true;
                } finally {
                    lock.lock();
                    leading = false;
                    if (succeeded) {
                        durable = Math.max(durable, covers);
                        commits++;
                    }
                    committed.signalAll();
                }
            }
        } finally {
            lock.unlock();
        }
    }

    /** Commits led so far (for tests and metrics: fewer than writes when writers share them). */
    long commits() {
        lock.lock();
        try {
            return commits;
        } finally {
            lock.unlock();
        }
    }
}
