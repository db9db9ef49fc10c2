package app.quad.moderation;

import app.quad.identity.OrganisationSummary;

import java.util.List;

/** What staff should look at before verifying an employer organisation. */
public interface OrganisationChecks {

    /** Warning signs in words, empty when none: a website elsewhere than the e-mail domain, free mail, similar names. */
    List<String> signals(OrganisationSummary organisation);
}
