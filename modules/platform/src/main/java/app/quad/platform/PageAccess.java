package app.quad.platform;

import java.util.List;

/**
 * Implemented by each module (as a bean) to declare who may open its views. A view that no module
 * declares is refused to everyone, so a forgotten declaration fails closed.
 */
public interface PageAccess {

    List<PageRule> pages();
}
