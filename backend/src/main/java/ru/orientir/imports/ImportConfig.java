package ru.orientir.imports;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits of the import feature (application.properties, prefix orientir.imports). */
@ConfigMapping(prefix = "orientir.imports")
public interface ImportConfig {

    /** Larger uploads are refused with 413. */
    @WithDefault("209715200")
    long maxBytes();

    /** Uploads smaller than this are processed during the request (201); larger ones in the background (202). */
    @WithDefault("1048576")
    long syncBytes();

    /** Bad rows stored per job (all are counted; only these are listed and downloadable). */
    @WithDefault("10000")
    int maxStoredErrors();

    /** Background imports running at once on one replica; more wait queued. */
    @WithDefault("2")
    int workers();

    /** XLSX: bytes all parts of a workbook may unpack to (a zip bomb is refused here). */
    @WithDefault("536870912")
    long maxUnpackedBytes();

    /** Data rows (JSON records) of one file. */
    @WithDefault("5000000")
    long maxRows();

    /** Columns of a table (the last column a cell may be in) and fields of a JSON record. */
    @WithDefault("200")
    int maxColumns();

    /** Characters of one cell or field (Excel's own limit is 32,767). */
    @WithDefault("32767")
    int maxCellChars();

    /** Characters of a column name in the header. */
    @WithDefault("100")
    int maxHeaderChars();

    /** XLSX: entries of the shared-strings table. */
    @WithDefault("1000000")
    int maxSharedStrings();

    /** XLSX: characters of all shared strings together. */
    @WithDefault("32000000")
    long maxSharedStringChars();

    /** How often a replica beats the heartbeat of its running jobs and checks everybody's (read by the scheduler). */
    @WithDefault("15s")
    java.time.Duration heartbeatEvery();

    /** A job whose replica has not beaten its heartbeat for this many seconds is marked failed. */
    @WithDefault("90")
    int staleAfterSeconds();
}
