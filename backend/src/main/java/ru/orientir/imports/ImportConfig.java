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

    /** A job whose replica has not beaten its heartbeat for this many seconds is marked failed. */
    @WithDefault("90")
    int staleAfterSeconds();
}
