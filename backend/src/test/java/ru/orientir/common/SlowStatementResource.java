package ru.orientir.common;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Test only (not in the packaged service, hidden from the contract): a statement that runs as long as asked, tagged
 * so that a test finds it in pg_stat_activity, and the bound a request's connection holds.
 */
@Path("/api/test-only/statements")
@Produces(MediaType.APPLICATION_JSON)
public class SlowStatementResource {

    @Inject
    EntityManager em;

    @GET
    @Path("sleep")
    @Operation(hidden = true)
    public Map<String, Object> read(@QueryParam("seconds") int seconds, @QueryParam("tag") String tag) {
        return sleep(seconds, tag);
    }

    @POST
    @Path("sleep")
    @Operation(hidden = true)
    public Map<String, Object> write(@QueryParam("seconds") int seconds, @QueryParam("tag") String tag) {
        return sleep(seconds, tag);
    }

    @GET
    @Path("bound")
    @Operation(hidden = true)
    public Map<String, Object> readBound() {
        return Map.of(
                "statementTimeout",
                em.createNativeQuery("SHOW statement_timeout").getSingleResult());
    }

    @POST
    @Path("bound")
    @Operation(hidden = true)
    public Map<String, Object> writeBound() {
        return readBound();
    }

    private Map<String, Object> sleep(int seconds, String tag) {
        if (tag == null || !tag.matches("[a-z0-9]{1,40}")) {
            throw ProblemException.badRequest("tag", "invalid", "tag: латинские буквы и цифры");
        }
        Object n = em.createNativeQuery("SELECT count(*) FROM pg_sleep(?1) /* " + tag + " */")
                .setParameter(1, seconds)
                .getSingleResult();
        return Map.of("slept", n);
    }
}
