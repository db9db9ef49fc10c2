package app.quad.groups.internal;

/** Paths of groups' pages, for notices and moderators. */
final class GroupLinks {

    private GroupLinks() {
    }

    static String group(String slug) {
        return "/groups/group/view.xhtml?slug=" + slug;
    }

    static String post(long postId) {
        return "/groups/post/view.xhtml?id=" + postId;
    }

    static String manage(String slug) {
        return "/groups/group/manage.xhtml?slug=" + slug;
    }
}
