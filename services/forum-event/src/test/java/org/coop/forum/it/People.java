package org.coop.forum.it;

import java.util.UUID;
import org.coop.platform.security.PlatformRole;
import org.coop.platform.test.TestTokens;

/** Tokens of the people in a test; organization ids are fresh per test so tests stay apart. */
public final class People {

    private final TestTokens tokens;
    private final String suffix = UUID.randomUUID().toString().substring(0, 8);

    public People(TestTokens tokens) {
        this.tokens = tokens;
    }

    /** The organization id {@code name} within this test. */
    public String org(String name) {
        return "org-" + name + "-" + suffix;
    }

    /** The lead user of an organization (the one its registrations name). */
    public String user(String name) {
        return "user-" + name + "-" + suffix;
    }

    public String organizer(String name) {
        return token(PlatformRole.FORUM_ORGANIZER, name, "FORUM_ORGANIZER");
    }

    public String college(String name) {
        return token(PlatformRole.COLLEGE, name, "COLLEGE");
    }

    public String enterprise(String name) {
        return token(PlatformRole.ENTERPRISE, name, "ENTERPRISE");
    }

    private String token(PlatformRole role, String name, String kind) {
        return tokens.token(role, org(name)).subject(user(name)).username(user(name)).organizationKind(kind).build();
    }
}
