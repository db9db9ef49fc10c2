package app.quad.networking.internal;

import app.quad.networking.CommonGround;
import app.quad.networking.Connections;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

@ApplicationScoped
class MutualConnections implements CommonGround {

    @Inject
    Connections connections;

    @Override
    public List<String> between(long viewerId, long otherId) {
        int mutual = connections.mutualCount(viewerId, otherId);
        return switch (mutual) {
            case 0 -> List.of();
            case 1 -> List.of("1 mutual connection");
            default -> List.of(mutual + " mutual connections");
        };
    }
}
