package app.quad.identity.internal;

import app.quad.identity.DataExport;
import app.quad.identity.PersonalDataExports;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

@ApplicationScoped
class JpaPersonalDataExports implements PersonalDataExports {

    @Inject
    ExportJobs jobs;

    @Inject
    ExportRunner runner;

    @Inject
    ExportSettings settings;

    @Override
    public long request(long accountId) {
        // Committed before the runner starts, so the runner always finds the row.
        ExportJobs.Requested requested = jobs.request(accountId);
        if (requested.started()) {
            runner.submit(requested.id());
        }
        return requested.id();
    }

    @Override
    public Optional<DataExport> latest(long accountId) {
        Instant now = Instant.now();
        return jobs.ofAccount(accountId).stream().filter(job -> !job.expiredAt(now)).findFirst().map(ExportJob::summary);
    }

    @Override
    public Optional<DataExport> find(long accountId, long exportId) {
        return jobs.find(accountId, exportId).map(ExportJob::summary);
    }

    @Override
    public Optional<InputStream> open(long accountId, long exportId) throws IOException {
        Optional<ExportJob> job = jobs.find(accountId, exportId).filter(j -> j.getFileName() != null);
        if (job.isEmpty()) {
            return Optional.empty();
        }
        Path file = settings.dir().resolve(job.get().getFileName());
        try {
            return Optional.of(Files.newInputStream(file));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }
}
