package archfixture.identity.internal;

/** Implementation detail of identity that networking wrongly reaches into. */
public class HiddenAccount {
}
