package app.quad.platform.web;

import app.quad.platform.NavigationContributor;
import app.quad.platform.NavigationItem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Comparator;
import java.util.List;

/** The main navigation of the shared layout, gathered from every module in the WAR. */
@Named
@ApplicationScoped
public class Navigation {

    @Inject
    @Any
    Instance<NavigationContributor> contributors;

    public List<NavigationItem> getItems() {
        return contributors.stream()
                .flatMap(contributor -> contributor.navigation().stream())
                .sorted(Comparator.comparingInt(NavigationItem::order).thenComparing(NavigationItem::label))
                .toList();
    }
}
