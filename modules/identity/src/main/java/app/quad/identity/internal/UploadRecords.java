package app.quad.identity.internal;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * The upload rows, and keeping the files in step with them: files of an upload whose row is
 * rolled back are removed, and files of a deleted upload are removed only once the deletion has
 * committed.
 */
@ApplicationScoped
class UploadRecords {

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
