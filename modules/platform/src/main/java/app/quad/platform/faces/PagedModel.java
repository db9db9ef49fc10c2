package app.quad.platform.faces;

import app.quad.platform.ResultPage;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A lazy p:dataTable model over a service's paged list: the table asks for one page at a time, so
 * no list is loaded whole.
 */
public class PagedModel<T> extends LazyDataModel<T> {

    /** Loads the page starting at {@code first} with at most {@code max} items. */
    @FunctionalInterface
    public interface Pages<T> extends Serializable {
        ResultPage<T> load(int first, int max);
    }

    /** A row's key, unique in the list. */
    @FunctionalInterface
    public interface Keys<T> extends Function<T, String>, Serializable {
    }

    private final Pages<T> pages;
    private final Keys<T> keys;

    public PagedModel(Pages<T> pages, Keys<T> keys) {
        this.pages = pages;
        this.keys = keys;
    }

    @Override
    public int count(Map<String, FilterMeta> filters) {
        return (int) pages.load(0, 1).total();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
        ResultPage<T> page = pages.load(first, pageSize);
        setRowCount((int) page.total());
        return page.items();
    }

    @Override
    public String getRowKey(T item) {
        return keys.apply(item);
    }
}
