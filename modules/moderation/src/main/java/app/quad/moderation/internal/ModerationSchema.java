package app.quad.moderation.internal;

import app.quad.platform.ModuleSchema;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
class ModerationSchema implements ModuleSchema {

    @Override
    public String module() {
        return "moderation";
    }
}
