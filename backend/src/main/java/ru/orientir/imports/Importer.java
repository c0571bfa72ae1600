package ru.orientir.imports;

import ru.orientir.files.RowSource;

/** Checks and writes the rows of one type. */
public interface Importer {

    /**
     * Reads every row, reports the bad ones to {@code job.errors()}, and writes the good ones unless the
     * job is a dry run or an atomic job with errors (then nothing is written).
     *
     * @return the number of good rows (written, or that would be written in a dry run)
     */
    long run(JobContext job, RowSource rows) throws Exception;
}
