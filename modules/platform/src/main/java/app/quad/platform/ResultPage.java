package app.quad.platform;

import java.util.List;

/** One page of a longer list, with the length of the whole list for the pager. */
public record ResultPage<T>(List<T> items, long total) {

    public ResultPage {
        items = List.copyOf(items);
    }
}
