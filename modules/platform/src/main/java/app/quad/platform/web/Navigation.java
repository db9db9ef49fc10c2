package app.quad.platform.web;

import app.quad.platform.NavigationContributor;
import app.quad.platform.NavigationItem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import java.util.Comparator;
import java.util.List;

/** The main navigation of the shared layout, gathered from every module in the WAR. */
@Named
@ApplicationScoped
public class Navigation {

    @Inject
    @Any
    Instance<NavigationContributor> contributors;

    @Inject
    HttpServletRequest request;

    /** The entries the caller may use. */
    public List<NavigationItem> getItems() {
        boolean signedIn = request.getUserPrincipal() != null;
        return contributors.stream()
                .flatMap(contributor -> contributor.navigation().stream())
                .filter(item -> item.audience().admits(signedIn, request::isUserInRole))
                .sorted(Comparator.comparingInt(NavigationItem::order).thenComparing(NavigationItem::label))
                .toList();
    }
}
