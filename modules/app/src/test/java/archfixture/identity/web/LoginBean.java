package archfixture.identity.web;

/** A backing bean of identity that networking wrongly reaches into. */
public class LoginBean {
}
