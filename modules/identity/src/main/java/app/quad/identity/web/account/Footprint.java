package app.quad.identity.web.account;

import app.quad.identity.CurrentUser;
import app.quad.identity.ProfileSection;
import app.quad.identity.ProfileView;
import app.quad.identity.Profiles;
import app.quad.identity.Visibility;
import app.quad.platform.faces.FieldMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Backs identity/account/footprint.xhtml: everything about the person that someone else can see,
 * grouped by who can see it, each with a button that narrows it in one click.
 */
@Named
@RequestScoped
public class Footprint {

    /** Audiences from the widest; ONLY_ME is where narrowed parts end up. */
    private static final List<Visibility> ORDER = List.of(Visibility.PUBLIC, Visibility.CAMPUS, Visibility.EMPLOYERS,
            Visibility.CONNECTIONS, Visibility.ONLY_ME);

    @Inject
    Profiles profiles;

    @Inject
    CurrentUser currentUser;

    private Map<Visibility, List<Item>> groups;

    /** One part of the profile with content, what it says and who may see it. */
    public record Item(ProfileSection section, String label, String content, Visibility visibility) {

        public boolean isPublic() {
            return visibility == Visibility.PUBLIC;
        }

        public String id() {
            return section.name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** One audience and the parts it can see. */
    public record Group(Visibility visibility, List<Item> items) {

        public String heading() {
            return switch (visibility) {
                case PUBLIC -> "Anyone, even signed out";
                case CAMPUS -> "People on campus";
                case CONNECTIONS -> "Your connections";
                case EMPLOYERS -> "Verified employers";
                case ONLY_ME -> "Only me";
            };
        }

        public String id() {
            return visibility.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    public List<Group> getGroups() {
        Map<Visibility, List<Item>> all = items();
        return ORDER.stream().map(v -> new Group(v, all.getOrDefault(v, List.of()))).toList();
    }

    public Visibility getProfileVisibility() {
        return profiles.visibility(currentUser.id()).get(ProfileSection.PROFILE);
    }

    public boolean isDirectoryOptOut() {
        return profiles.isDirectoryOptOut(currentUser.id());
    }

    public void onlyMe(String section) {
        narrow(section, Visibility.ONLY_ME);
    }

    public void toCampus(String section) {
        narrow(section, Visibility.CAMPUS);
    }

    private void narrow(String section, Visibility to) {
        ProfileSection part;
        try {
            part = ProfileSection.valueOf(section);
        } catch (IllegalArgumentException | NullPointerException e) {
            return;
        }
        profiles.setVisibility(currentUser.id(), part, to);
        groups = null;
        FieldMessages.info(label(part) + ": now visible to " + to.label().toLowerCase(java.util.Locale.ROOT) + ".");
    }

    private Map<Visibility, List<Item>> items() {
        if (groups != null) {
            return groups;
        }
        long me = currentUser.id();
        ProfileView own = profiles.view(me, me).orElseThrow();
        Map<ProfileSection, Visibility> settings = profiles.visibility(me);
        Map<Visibility, List<Item>> byAudience = new EnumMap<>(Visibility.class);
        for (ProfileSection section : ProfileSection.values()) {
            String content = content(section, own);
            if (content == null || content.isBlank()) {
                continue;
            }
            Visibility visibility = settings.get(section);
            byAudience.computeIfAbsent(visibility, v -> new ArrayList<>())
                    .add(new Item(section, label(section), content, visibility));
        }
        groups = byAudience;
        return groups;
    }

    static String label(ProfileSection section) {
        return switch (section) {
            case PROFILE -> "Your profile and name";
            case HEADLINE -> "Headline";
            case PHOTO -> "Photo";
            case ABOUT -> "About";
            case LOCATION -> "Location";
            case PRONOUNS -> "Pronouns";
            case EDUCATION -> "Education";
            case EXPERIENCE -> "Experience";
            case SKILLS -> "Skills";
            case PROJECTS -> "Projects";
            case RESUME -> "Résumé";
            case CONTACT -> "E-mail address";
        };
    }

    private static String content(ProfileSection section, ProfileView own) {
        return switch (section) {
            case PROFILE -> own.displayName();
            case HEADLINE -> own.headline();
            case PHOTO -> own.photoUploadId() == null ? null : "Your photo";
            case ABOUT -> own.aboutHtml() == null ? null : shorten(plainText(own.aboutHtml()));
            case LOCATION -> own.location();
            case PRONOUNS -> own.pronouns();
            case EDUCATION -> own.education().stream().map(e -> e.school()).collect(Collectors.joining("; "));
            case EXPERIENCE -> own.experience().stream().map(e -> e.title() + " at " + e.organisation()).collect(Collectors.joining("; "));
            case SKILLS -> String.join(", ", own.skills());
            case PROJECTS -> own.projects().stream().map(p -> p.title()).collect(Collectors.joining("; "));
            case RESUME -> own.resumeUploadId() == null ? null : "Your résumé file";
            case CONTACT -> own.email();
        };
    }

    /** The words of the (already sanitised) HTML, for a one-line summary; the page escapes it again. */
    static String plainText(String html) {
        return html.replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ").strip()
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&nbsp;", " ").replace("&amp;", "&");
    }

    private static String shorten(String text) {
        return text.length() <= 120 ? text : text.substring(0, 119) + "…";
    }
}
