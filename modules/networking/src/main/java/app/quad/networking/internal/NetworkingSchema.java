package app.quad.networking.internal;

import app.quad.platform.ModuleSchema;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
class NetworkingSchema implements ModuleSchema {

    @Override
    public String module() {
        return "networking";
    }
}
