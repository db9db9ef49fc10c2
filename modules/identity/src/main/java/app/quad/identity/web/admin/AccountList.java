package app.quad.identity.web.admin;

import app.quad.identity.AccountAdministration;
import app.quad.identity.AccountQuery;
import app.quad.identity.AccountStatus;
import app.quad.identity.AccountSummary;
import app.quad.identity.Role;
import app.quad.platform.ResultPage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** Backs identity/admin/accounts.xhtml: find accounts by the start of a name or e-mail address. */
@Named
@ViewScoped
public class AccountList implements Serializable {

    @Inject
    AccountAdministration administration;

    @Size(max = 100, message = "Use at most 100 characters.")
    private String text = "";

    private AccountStatus status;

    private Role role;

    private final LazyDataModel<AccountSummary> accounts = new LazyDataModel<>() {

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) Math.min(Integer.MAX_VALUE, administration.search(query(), 0, 1).total());
        }

        @Override
        public List<AccountSummary> load(int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
            ResultPage<AccountSummary> page = administration.search(query(), first, pageSize);
            setRowCount((int) Math.min(Integer.MAX_VALUE, page.total()));
            return page.items();
        }

        @Override
        public String getRowKey(AccountSummary account) {
            return Long.toString(account.id());
        }
    };

    private AccountQuery query() {
        return new AccountQuery(text, status, role);
    }

    public LazyDataModel<AccountSummary> getAccounts() {
        return accounts;
    }

    public List<AccountStatus> getStatuses() {
        return List.of(AccountStatus.values());
    }

    public List<Role> getRoles() {
        return List.of(Role.values());
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text == null ? "" : text;
    }

    public AccountStatus getStatus() {
        return status;
    }

    public void setStatus(AccountStatus status) {
        this.status = status;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }
}
