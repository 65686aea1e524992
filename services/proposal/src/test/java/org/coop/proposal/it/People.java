package org.coop.proposal.it;

import java.util.UUID;
import org.coop.platform.security.PlatformRole;
import org.coop.platform.test.TestTokens;

/** Tokens of the people in a test: a Yunnan college, a Vietnamese company (fresh ids each test), officers, outsiders. */
final class People {

    static final String PROVINCE = "YN";

    private final TestTokens tokens;
    final String college = "org-college-" + UUID.randomUUID();
    final String company = "org-company-" + UUID.randomUUID();
    final String outsiderOrganization = "org-other-college-" + UUID.randomUUID();

    People(TestTokens tokens) {
        this.tokens = tokens;
    }

    String collegeStaff() {
        return tokens.token(PlatformRole.COLLEGE, college).subject("user-he-jing").username("he.jing")
                .organizationKind("COLLEGE").province(PROVINCE).country("CN").build();
    }

    String companyStaff() {
        return tokens.token(PlatformRole.ENTERPRISE, company).subject("user-nguyen-lan").username("nguyen.lan")
                .organizationKind("ENTERPRISE").country("VN").build();
    }

    /** Staff of another college of the same province: party to nothing here. */
    String outsider() {
        return tokens.token(PlatformRole.COLLEGE, outsiderOrganization).subject("user-outsider")
                .username("outsider").organizationKind("COLLEGE").province(PROVINCE).country("CN").build();
    }

    String officer(String province) {
        return tokens.token(PlatformRole.GOV_OFFICER, "org-education-department-" + province)
                .subject("user-officer-" + province).username("officer." + province)
                .organizationKind("EDUCATION_DEPARTMENT").province(province).country("CN").build();
    }

    String forumOrganizer() {
        return tokens.token(PlatformRole.FORUM_ORGANIZER, "org-forum-secretariat").subject("user-forum").build();
    }
}
