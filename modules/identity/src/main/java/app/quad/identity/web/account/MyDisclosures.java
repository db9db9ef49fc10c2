package app.quad.identity.web.account;

import app.quad.identity.CurrentUser;
import app.quad.identity.DisclosureEntry;
import app.quad.identity.Disclosures;
import app.quad.platform.ResultPage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Backs identity/account/disclosures.xhtml: which employers saw my profile or résumé, and when. */
@Named
@ViewScoped
public class MyDisclosures implements Serializable {

    @Inject
    Disclosures disclosures;

    @Inject
    CurrentUser currentUser;

    private final LazyDataModel<DisclosureEntry> entries = new LazyDataModel<>() {

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) disclosures.ofStudent(currentUser.id(), 0, 1).total();
        }

        @Override
        public List<DisclosureEntry> load(int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
            ResultPage<DisclosureEntry> page = disclosures.ofStudent(currentUser.id(), first, pageSize);
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(DisclosureEntry entry) {
            return entry.at().toString() + entry.employerId();
        }
    };

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    public String when(DisclosureEntry entry) {
        return WHEN.format(entry.at());
    }

    public LazyDataModel<DisclosureEntry> getEntries() {
        return entries;
    }
}
