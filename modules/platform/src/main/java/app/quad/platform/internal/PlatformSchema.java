package app.quad.platform.internal;

import app.quad.platform.ModuleSchema;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
class PlatformSchema implements ModuleSchema {

    @Override
    public String module() {
        return "platform";
    }
}
