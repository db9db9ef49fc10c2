package app.quad.moderation.internal;

import app.quad.platform.moderation.ReportTarget;
import app.quad.platform.moderation.ReportableContent;
import app.quad.platform.moderation.ReportedItem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.util.Optional;

/** Every module's descriptions of its reportable things; a kind no deployed module handles describes nothing. */
@ApplicationScoped
class Contents {

    @Inject
    @Any
    Instance<ReportableContent> contents;

    Optional<ReportedItem> asSeenBy(ReportTarget target, long viewerId) {
        return owner(target.kind()).flatMap(owner -> owner.find(target.id(), viewerId));
    }

    Optional<ReportedItem> forModerator(ReportTarget target) {
        return owner(target.kind()).flatMap(owner -> owner.find(target.id()));
    }

    boolean removable(String kind) {
        return owner(kind).map(owner -> owner.removable(kind)).orElse(true);
    }

    private Optional<ReportableContent> owner(String kind) {
        return contents.stream().filter(content -> content.handles(kind)).findFirst();
    }
}
