package org.coop.approval.it;

import org.coop.approval.Fixtures;
import org.coop.approval.InMemoryDirectory;
import org.coop.platform.security.PlatformRole;
import org.coop.platform.test.TestTokens;
import org.coop.platform.test.TokenBuilder;

/**
 * Tokens of the people in the tests: a Yunnan college, its province's offices, and outsiders.
 * The college's people are also its accounts in the test's directory: the requester, the
 * international office, the leader, a traveller (user-lin-wei) and a colleague (user-zhou-li);
 * {@link #member} adds others.
 */
public final class People {

    private final TestTokens tokens;
    private final InMemoryDirectory directory;
    private final String college;

    /** People of {@code college} (each test takes a fresh college, so quotas and task lists do not mix). */
    public People(TestTokens tokens, InMemoryDirectory directory, String college) {
        this.tokens = tokens;
        this.directory = directory;
        this.college = college;
        member("user-he-jing");
        member("user-wang-fang", "INTERNATIONAL_OFFICE");
        member("user-chen-hao", "COLLEGE_LEADER");
        member("user-lin-wei");
        member("user-zhou-li");
    }

    public String collegeId() {
        return college;
    }

    /** Makes {@code accountId} an account of the college (its username the same), with positions. */
    public People member(String accountId, String... positions) {
        directory.add(college, accountId, accountId, positions);
        return this;
    }

    /** Makes {@code accountId} an account of the college signing in as {@code username}, with positions. */
    public People member(String accountId, String username, String[] positions) {
        directory.add(college, accountId, username, positions);
        return this;
    }

    public String collegeStaff(String userId) {
        return college(userId).build();
    }

    public TokenBuilder college(String userId) {
        return tokens.token(PlatformRole.COLLEGE, college).subject(userId).username(userId)
                .organizationKind("COLLEGE").province(Fixtures.PROVINCE).country("CN");
    }

    public String requester() {
        return collegeStaff("user-he-jing");
    }

    public String internationalOffice() {
        return college("user-wang-fang").position("INTERNATIONAL_OFFICE").build();
    }

    public String collegeLeader() {
        return college("user-chen-hao").position("COLLEGE_LEADER").build();
    }

    public String education() {
        return officer("user-xu-lan", "EDUCATION_DEPARTMENT", Fixtures.PROVINCE);
    }

    public String foreignAffairs() {
        return officer("user-li-ming", "FOREIGN_AFFAIRS_OFFICE", Fixtures.PROVINCE);
    }

    public String officer(String userId, String kind, String province) {
        return tokens.token(PlatformRole.GOV_OFFICER, "org-" + kind.toLowerCase() + "-" + province).subject(userId)
                .username(userId).organizationKind(kind).province(province).country("CN").build();
    }

    public String otherProvinceOfficer() {
        return officer("user-gx-officer", "EDUCATION_DEPARTMENT", "GX");
    }

    public String otherCollegeStaff() {
        return tokens.token(PlatformRole.COLLEGE, Fixtures.OTHER_COLLEGE).subject("user-nn-staff")
                .username("user-nn-staff").organizationKind("COLLEGE").province(Fixtures.PROVINCE)
                .position("INTERNATIONAL_OFFICE").build();
    }

    public String enterprise() {
        return tokens.token(PlatformRole.ENTERPRISE, "org-vinfast").subject("user-ent").country("VN").build();
    }

    public String admin() {
        return tokens.token(PlatformRole.PLATFORM_ADMIN, "platform").subject("user-ops").username("ops-admin").build();
    }
}
