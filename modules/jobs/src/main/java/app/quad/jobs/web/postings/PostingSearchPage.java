package app.quad.jobs.web.postings;

import app.quad.identity.CurrentUser;
import app.quad.identity.Role;
import app.quad.jobs.JobType;
import app.quad.jobs.PayPeriod;
import app.quad.jobs.Posting;
import app.quad.jobs.PostingSearch;
import app.quad.jobs.Postings;
import app.quad.jobs.Remote;
import app.quad.jobs.SavedSearch;
import app.quad.platform.Rejection;
import app.quad.platform.faces.FieldMessages;
import app.quad.platform.faces.PagedModel;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/** Backs jobs/postings/search.xhtml: live postings, searched, filtered and sorted. */
@Named
@ViewScoped
public class PostingSearchPage implements Serializable {

    @Inject
    Postings postings;

    @Inject
    CurrentUser currentUser;

    private String text;
    private JobType type;
    private String location;
    private Remote remote;
    private String major;
    private PayPeriod payPeriod;
    private Integer minPay;
    private boolean paidOnly;
    private PostingSearch.Sort sort = PostingSearch.Sort.RELEVANCE;

    private final PagedModel<Posting> found = new PagedModel<>(
            (first, max) -> postings.search(criteria(), first, max),
            posting -> Long.toString(posting.id()));

    private String searchName;

    public void find() {
        // The lazy model reads the criteria when the table renders.
    }

    private PostingSearch criteria() {
        return new PostingSearch(text, type, location, remote, major, payPeriod == PayPeriod.UNPAID ? null : payPeriod, minPay, paidOnly,
                null, sort);
    }

    public void save() {
        try {
            postings.saveSearch(currentUser.id(), searchName, criteria());
            FieldMessages.info("Search kept as \u201c" + searchName.strip() + "\u201d: new postings that match it reach you"
                    + " in your notifications (a daily digest unless you choose otherwise).");
            searchName = null;
        } catch (Rejection rejection) {
            FieldMessages.show("search", rejection);
        }
    }

    public void use(SavedSearch saved) {
        PostingSearch search = saved.search();
        text = search.text();
        type = search.type();
        location = search.location();
        remote = search.remote();
        major = search.major();
        payPeriod = search.payPeriod();
        minPay = search.minPay();
        paidOnly = search.paidOnly();
        sort = search.sort();
    }

    public void delete(SavedSearch saved) {
        postings.deleteSearch(currentUser.id(), saved.id());
        FieldMessages.info("The search \u201c" + saved.name() + "\u201d is deleted.");
    }

    public List<SavedSearch> getSaved() {
        return postings.savedSearches(currentUser.id(), 0, Postings.SAVED_SEARCHES_MAX).items();
    }

    public String getSearchName() { return searchName; }
    public void setSearchName(String searchName) { this.searchName = searchName; }

    public boolean isWriter() {
        return currentUser.holds(Role.EMPLOYER) || currentUser.holds(Role.STAFF) || currentUser.holds(Role.ADMIN);
    }

    public boolean isStaff() {
        return currentUser.holds(Role.STAFF) || currentUser.holds(Role.ADMIN);
    }

    public JobType[] getTypes() { return JobType.values(); }
    public Remote[] getRemotes() { return Remote.values(); }
    public PayPeriod[] getPeriods() { return new PayPeriod[] {PayPeriod.HOUR, PayPeriod.MONTH, PayPeriod.YEAR}; }
    public PostingSearch.Sort[] getSorts() { return PostingSearch.Sort.values(); }
    public PagedModel<Posting> getFound() { return found; }

    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public JobType getType() { return type; }
    public void setType(JobType type) { this.type = type; }
    public String getLocation() { return location; }
    public void setLocation(String location) { this.location = location; }
    public Remote getRemote() { return remote; }
    public void setRemote(Remote remote) { this.remote = remote; }
    public String getMajor() { return major; }
    public void setMajor(String major) { this.major = major; }
    public PayPeriod getPayPeriod() { return payPeriod; }
    public void setPayPeriod(PayPeriod payPeriod) { this.payPeriod = payPeriod; }
    public Integer getMinPay() { return minPay; }
    public void setMinPay(Integer minPay) { this.minPay = minPay; }
    public boolean isPaidOnly() { return paidOnly; }
    public void setPaidOnly(boolean paidOnly) { this.paidOnly = paidOnly; }
    public PostingSearch.Sort getSort() { return sort; }
    public void setSort(PostingSearch.Sort sort) { this.sort = sort == null ? PostingSearch.Sort.RELEVANCE : sort; }
}
