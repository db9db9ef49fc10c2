package app.quad.identity.internal;

import java.io.Serializable;
import java.util.Objects;

/** The key of {@link ImportRowResult}: the import and the row number. */
public class ImportRowKey implements Serializable {

    private long jobId;
    private int fileRow;

    public ImportRowKey() {
    }

    ImportRowKey(long jobId, int fileRow) {
        this.jobId = jobId;
        this.fileRow = fileRow;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ImportRowKey key && key.jobId == jobId && key.fileRow == fileRow;
    }

    @Override
    public int hashCode() {
        return Objects.hash(jobId, fileRow);
    }
}
