package app.quad.jobs.internal;

import app.quad.platform.ModuleSchema;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
class JobsSchema implements ModuleSchema {

    @Override
    public String module() {
        return "jobs";
    }
}
