package ru.orientir.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The request's {@link Caller} from the verified token: provenance comes from the token, never from the client. */
@RequestScoped
public class CurrentCaller {

    static final String SPA_CLIENT = "orientir-spa";

    @Inject
    SecurityIdentity identity;

    private Caller caller;

    /** The caller of the current request (computed once per request). */
    public Caller get() {
        if (caller == null) {
            caller = compute();
        }
        return caller;
    }

    private Caller compute() {
        if (identity.isAnonymous()) {
            return new Caller("anonymous", "anonymous", Caller.CHANNEL_API, Set.of());
        }
        String username = identity.getPrincipal().getName();
        String display = username;
        String channel = Caller.CHANNEL_API;
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            String preferred = jwt.getClaim("preferred_username");
            String name = jwt.getClaim("name");
            username = preferred != null ? preferred : jwt.getSubject();
            display = name != null ? name : username;
            if (SPA_CLIENT.equals(jwt.getClaim("azp"))) {
                channel = Caller.CHANNEL_UI;
            }
        }
        return new Caller(username, display, channel, Set.copyOf(identity.getRoles()));
    }
}
