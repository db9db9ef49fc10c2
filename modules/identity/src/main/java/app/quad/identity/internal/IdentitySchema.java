package app.quad.identity.internal;

import app.quad.platform.ModuleSchema;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
class IdentitySchema implements ModuleSchema {

    @Override
    public String module() {
        return "identity";
    }
}
