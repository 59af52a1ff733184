package io.outloud.preview.rest;

import com.atlassian.annotations.security.AnonymousSiteAccess;
import com.atlassian.annotations.security.LicensedOnly;
import com.atlassian.annotations.security.UnrestrictedAccess;
import com.atlassian.confluence.user.ConfluenceUser;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.util.Set;

/**
 * Platform 7's access rules for endpoints (REST resources and servlets), secure by default: the first element's
 * annotation decides (a method before its class), none means licensed users only. Matched by simple name, so the
 * REST v2 variants ({@code com.atlassian.plugins.rest.api.security.annotation.*}) behave the same.
 */
public final class AccessRules {
    private static final Set<String> ADMIN_ONLY = Set.of("AdminOnly", "SystemAdminOnly");

    private AccessRules() {
    }

    /** The rule's simple name: the first annotated element's, else LicensedOnly. */
    public static String rule(AnnotatedElement... elements) {
        for (AnnotatedElement element : elements) {
            for (Annotation annotation : element.getAnnotations()) {
                String name = annotation.annotationType().getSimpleName();
                if (name.equals(UnrestrictedAccess.class.getSimpleName()) || name.equals(AnonymousSiteAccess.class.getSimpleName())
                        || name.equals(LicensedOnly.class.getSimpleName()) || name.equals("UnlicensedSiteAccess") || ADMIN_ONLY.contains(name)) {
                    return name;
                }
            }
        }
        return LicensedOnly.class.getSimpleName();
    }

    public static boolean allowed(String rule, ConfluenceUser user, AccessPolicy policy) {
        return switch (rule) {
            case "UnrestrictedAccess" -> true;
            case "AnonymousSiteAccess" -> user != null || policy.anonymousAccessEnabled();
            case "UnlicensedSiteAccess" -> user != null;
            case "AdminOnly", "SystemAdminOnly" -> user != null && policy.isSiteAdmin(user);
            default -> user != null && policy.isLicensed(user);
        };
    }
}
