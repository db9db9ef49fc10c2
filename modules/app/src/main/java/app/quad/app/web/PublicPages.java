package app.quad.app.web;

import app.quad.platform.NavigationContributor;
import app.quad.platform.NavigationItem;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

@ApplicationScoped
class PublicPages implements NavigationContributor {

    @Override
    public List<NavigationItem> navigation() {
        return List.of(
                new NavigationItem("Home", "/index.xhtml", 0),
                new NavigationItem("How Quad works", "/about.xhtml", 900));
    }
}
