package app.quad.identity.internal;

import app.quad.identity.AccountErased;
import app.quad.platform.PersonalData;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Writes exports of personal data in the background: every module's {@link PersonalData} in turn,
 * into one zip file in {@code quad.exports.dir}, raising the progress after each module. Also
 * deletes archives when they expire and when their owner erases the account.
 *
 * <p>An enterprise bean for the same reason as {@link ImportRunner}: a task submitted from this
 * bean's own call shares no context with the web request that asked for it.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionManagement(TransactionManagementType.BEAN)
public class ExportRunner {

    private static final Logger LOG = Logger.getLogger(ExportRunner.class.getName());

    private static final SecureRandom RANDOM = new SecureRandom();

    @Resource
    ManagedExecutorService executor;

    @Inject
    ExportJobs jobs;

    @Inject
    ExportSettings settings;

    @Inject
    @Any
    Instance<PersonalData> modules;

    public void submit(long jobId) {
        executor.execute(() -> run(jobId));
    }

    private void run(long jobId) {
        Path partial = null;
        try {
            Optional<PersonalData.Subject> subject = jobs.start(jobId);
            if (subject.isEmpty()) {
                return;
            }
            long accountId = subject.get().accountId();
            Path folder = Files.createDirectories(settings.dir().resolve(Long.toString(accountId)));
            String name = accountId + "/" + jobId + "-" + HexFormat.of().formatHex(randomBytes()) + ".zip";
            partial = Files.createTempFile(folder, "export-" + jobId + "-", ".part");
            List<PersonalData> parts = modules.stream().sorted(Comparator.comparing(PersonalData::module)).toList();
            try (OutputStream out = Files.newOutputStream(partial); ZipArchive zip = new ZipArchive(out)) {
                for (int i = 0; i < parts.size(); i++) {
                    PersonalData part = parts.get(i);
                    part.export(subject.get(), zip.module(part.module()));
                    jobs.progress(jobId, (i + 1) * 100 / (parts.size() + 1));
                }
            }
            Path file = settings.dir().resolve(name);
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
            partial = null;
            if (!jobs.finish(jobId, name, Files.size(file))) {
                Files.deleteIfExists(file);
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.SEVERE, e, () -> "Export " + jobId + " failed");
            jobs.fail(jobId);
        } finally {
            if (partial != null) {
                deleteQuietly(partial);
            }
        }
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    /** Deletes expired archives and their rows, hourly. */
    @Schedule(hour = "*", minute = "23", persistent = false)
    public void purge() {
        purge(Instant.now());
    }

    /** @return how many exports were deleted */
    public int purge(Instant now) {
        int deleted = 0;
        for (ExportJob job : jobs.expired(now)) {
            if (job.getFileName() != null) {
                deleteQuietly(settings.dir().resolve(job.getFileName()));
            }
            jobs.delete(job.getId());
            deleted++;
        }
        return deleted;
    }

    /** The archives of an erased account go once the erasure has committed; its rows went with the account. */
    public void erased(@Observes(during = TransactionPhase.AFTER_SUCCESS) AccountErased event) {
        Path folder = settings.dir().resolve(Long.toString(event.accountId()));
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            files.forEach(ExportRunner::deleteQuietly);
        } catch (IOException | UncheckedIOException e) {
            LOG.log(Level.WARNING, e, () -> "Could not list the exports of erased account " + event.accountId());
        }
        deleteQuietly(folder);
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(Level.WARNING, e, () -> "Could not delete " + file);
        }
    }
}
