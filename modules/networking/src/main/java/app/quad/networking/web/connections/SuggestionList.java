package app.quad.networking.web.connections;

import app.quad.identity.CurrentUser;
import app.quad.networking.Suggestions;
import app.quad.platform.faces.FieldMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/**
 * Backs networking/connections/suggestions.xhtml: a short list of people you may know, each with
 * why. Short on purpose: a few good suggestions, not an endless list to click through.
 */
@Named
@ViewScoped
public class SuggestionList implements Serializable {

    static final int SHOWN = 12;

    @Inject
    Suggestions suggestions;

    @Inject
    CurrentUser currentUser;

    private List<Suggestions.Suggestion> items;

    @PostConstruct
    void load() {
        items = suggestions.forMember(currentUser.id(), SHOWN);
    }

    public void dismiss(Suggestions.Suggestion suggestion) {
        suggestions.dismiss(currentUser.id(), suggestion.accountId());
        load();
        FieldMessages.info(suggestion.displayName() + " will not be suggested again.");
    }

    public List<Suggestions.Suggestion> getItems() {
        return items;
    }
}
