package app.quad.platform;

import java.util.List;

/** Implemented by a module (as a bean) to fill slots on other modules' pages. */
public interface PageFragmentContributor {

    List<PageFragment> fragments();
}
