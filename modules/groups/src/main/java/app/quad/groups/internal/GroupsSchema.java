package app.quad.groups.internal;

import app.quad.platform.ModuleSchema;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
class GroupsSchema implements ModuleSchema {

    @Override
    public String module() {
        return "groups";
    }
}
