package app.quad.platform;

import java.util.List;

/** Implemented by a module (as a bean) to add its entries to the main navigation. */
public interface NavigationContributor {

    List<NavigationItem> navigation();
}
