package app.quad.app.web;

import app.quad.identity.Accounts;
import app.quad.identity.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Backs index.xhtml. */
@Named
@RequestScoped
public class Home {

    @Inject
    Accounts accounts;

    /** A line that tells a visitor who is already here, e.g. "1,204 students and alumni ...". */
    public String getMemberLine() {
        long learners = accounts.countWithRole(Role.STUDENT) + accounts.countWithRole(Role.ALUMNI);
        long employers = accounts.countWithRole(Role.EMPLOYER);
        return MemberLine.of(learners, employers);
    }
}
