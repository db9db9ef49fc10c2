package app.quad.platform.web;

import app.quad.platform.PageFragment;
import app.quad.platform.PageFragmentContributor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Comparator;
import java.util.List;

/**
 * The fragments contributed to a slot, for a page to include with
 * {@code <c:forEach items="#{pageFragments.in('profile.actions')}" var="f"><ui:include src="#{f}"/></c:forEach>}.
 * A fragment checks for itself whether the viewer may see it.
 */
@Named
@ApplicationScoped
public class PageFragments {

    @Inject
    @Any
    Instance<PageFragmentContributor> contributors;

    public List<String> in(String slot) {
        return contributors.stream()
                .flatMap(contributor -> contributor.fragments().stream())
                .filter(fragment -> fragment.slot().equals(slot))
                .sorted(Comparator.comparingInt(PageFragment::order).thenComparing(PageFragment::path))
                .map(PageFragment::path)
                .toList();
    }
}
