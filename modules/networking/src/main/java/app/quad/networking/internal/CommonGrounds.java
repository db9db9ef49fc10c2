package app.quad.networking.internal;

import app.quad.networking.CommonGround;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.util.List;

/** Everything two members share, from every module that knows something. */
@ApplicationScoped
class CommonGrounds {

    @Inject
    @Any
    Instance<CommonGround> sources;

    List<String> between(long viewerId, long otherId) {
        return sources.stream().flatMap(source -> source.between(viewerId, otherId).stream()).toList();
    }
}
