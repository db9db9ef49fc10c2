package app.quad.networking.web.chats;

import app.quad.identity.Role;
import app.quad.platform.Audience;
import app.quad.platform.PageAccess;
import app.quad.platform.PageRule;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** Who may open the coffee chat pages: every signed-in member; the figures only staff and administrators. */
@ApplicationScoped
class ChatPages implements PageAccess {

    @Override
    public List<PageRule> pages() {
        return List.of(PageRule.page("/networking/chats/*", Audience.SIGNED_IN),
                PageRule.page("/networking/chats/staff.xhtml", Audience.holdersOf(Role.STAFF, Role.ADMIN)));
    }
}
