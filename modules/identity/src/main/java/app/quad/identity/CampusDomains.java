package app.quad.identity;

import app.quad.platform.Rejection;

import java.util.List;

/** The e-mail domains whose addresses may sign up as students, configured by staff. */
public interface CampusDomains {

    /** Sorted by name. */
    List<String> list();

    /**
     * @throws Rejection (field {@code domain}) if it is not a plausible domain name
     */
    void add(String domain);

    void remove(String domain);

    /** Whether the address is on a listed domain or one of its subdomains. */
    boolean admits(String email);
}
