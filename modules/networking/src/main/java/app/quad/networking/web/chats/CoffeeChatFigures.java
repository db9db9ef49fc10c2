package app.quad.networking.web.chats;

import app.quad.identity.CurrentUser;
import app.quad.networking.CoffeeChats;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Backs networking/chats/staff.xhtml: how many coffee chats were agreed and how many pairs met in
 * person, per month over the last year. Counts only, never who.
 */
@Named
@RequestScoped
public class CoffeeChatFigures {

    static final int MONTHS = 12;

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    @Inject
    CoffeeChats coffeeChats;

    @Inject
    CurrentUser currentUser;

    private List<CoffeeChats.Month> months;

    @PostConstruct
    void load() {
        months = coffeeChats.byMonth(currentUser.id(), MONTHS);
    }

    public List<CoffeeChats.Month> getMonths() {
        return months;
    }

    public String label(CoffeeChats.Month month) {
        return MONTH.format(month.month());
    }

    public long getAgreedTotal() {
        return months.stream().mapToLong(CoffeeChats.Month::agreed).sum();
    }

    public long getMetTotal() {
        return months.stream().mapToLong(CoffeeChats.Month::met).sum();
    }

    public long getMetEver() {
        return coffeeChats.metInPersonSince(currentUser.id(), Instant.EPOCH);
    }
}
