package app.quad.identity.internal;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The upload rows, and keeping the files in step with them: files of an upload whose row is
 * rolled back are removed, and files of a deleted upload are removed only once the deletion has
 * committed.
 */
@ApplicationScoped
class UploadRecords {

    private static final int KEYS_PER_QUERY = 500;

    @PersistenceContext(unitName = "identity")
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry transactions;

    boolean accountExists(long accountId) {
        return em.find(Account.class, accountId) != null;
    }

    Optional<Upload> find(long id) {
        return Optional.ofNullable(em.find(Upload.class, id));
    }

    /** Those of the storage keys that have a row. */
    Set<String> existingKeys(Collection<String> keys) {
        List<String> all = List.copyOf(keys);
        Set<String> existing = new HashSet<>();
        for (int from = 0; from < all.size(); from += KEYS_PER_QUERY) {
            existing.addAll(em.createQuery("SELECT u.storageKey FROM Upload u WHERE u.storageKey IN :keys", String.class)
                    .setParameter("keys", all.subList(from, Math.min(all.size(), from + KEYS_PER_QUERY)))
                    .getResultList());
        }
        return existing;
    }

    /** Saves the row in the caller's transaction, or a new one; runs {@code onRollback} if it does not commit. */
    @Transactional
    long insert(Upload upload, Runnable onRollback) {
        afterCompletion(committed -> {
            if (!committed) {
                onRollback.run();
            }
        });
        em.persist(upload);
        em.flush();
        return upload.getId();
    }

    /** Removes the row; {@code onCommit} runs once the removal has committed. */
    @Transactional
    void delete(long id, Consumer<Upload> onCommit) {
        Upload upload = em.find(Upload.class, id);
        if (upload == null) {
            return;
        }
        em.remove(upload);
        afterCompletion(committed -> {
            if (committed) {
                onCommit.accept(upload);
            }
        });
    }

    private void afterCompletion(Consumer<Boolean> action) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                action.accept(status == Status.STATUS_COMMITTED);
            }
        });
    }
}
