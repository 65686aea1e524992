package org.coop.proposal.agreement.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.coop.platform.events.CooperationModel;

/** Small fixtures for the domain tests: a Kunming college, a Vietnamese company, an intermediary, an officer. */
final class Agreements {

    static final Instant NOW = Instant.parse("2026-11-23T08:30:00Z");
    static final String COLLEGE = "org-kunming-vocational";
    static final String COMPANY = "org-vinfast-bacninh";
    static final String INTERMEDIARY = "org-asean-education-link";
    static final String PROVINCE = "YN";

    static final Actor COLLEGE_STAFF = new Actor("user-he-jing", "He Jing", COLLEGE, PROVINCE, Set.of("COLLEGE"));
    static final Actor COMPANY_STAFF = new Actor("user-nguyen-lan", "Nguyen Lan", COMPANY, null, Set.of("ENTERPRISE"));
    static final Actor BROKER = new Actor("user-tran-minh", "Tran Minh", INTERMEDIARY, null, Set.of("INSTITUTION"));
    static final Actor OFFICER = new Actor("user-xu-lan", "Xu Lan", "org-education-department-YN", PROVINCE,
            Set.of("GOV_OFFICER"));
    static final Actor OUTSIDER = new Actor("user-other", "Other", "org-other-college", PROVINCE, Set.of("COLLEGE"));

    private Agreements() {
    }

    static Content content(String titleSuffix) {
        return new Content(Map.of("zh", "实习合作备忘录" + titleSuffix, "vi", "Biên bản hợp tác thực tập" + titleSuffix),
                Map.of("zh", "机电一体化专业学生顶岗实习", "vi", "Thực tập cho sinh viên cơ điện tử"),
                Map.of("zh", "每年十二名学生，为期六个月", "en", "Twelve students a year, six months each"));
    }

    static Party college(int position) {
        return new Party(COLLEGE, "Kunming Vocational College", PartyRole.COLLEGE, "CN", position);
    }

    static Party company(int position) {
        return new Party(COMPANY, "VinFast Bac Ninh", PartyRole.COMPANY, "VN", position);
    }

    static Party intermediary(int position) {
        return new Party(INTERMEDIARY, "ASEAN Education Link", PartyRole.INTERMEDIARY, "VN", position);
    }

    static Proposal twoParty() {
        return Proposal.draft("p-1", new Proposal.Draft(CooperationModel.COLLEGE_COMPANY, "match-1", "need-1",
                PROVINCE, List.of(college(1), company(2)), content("")), COLLEGE_STAFF, NOW);
    }

    static Proposal threeParty() {
        return Proposal.draft("p-2", new Proposal.Draft(CooperationModel.COLLEGE_INTERMEDIARY_COMPANY, null, null,
                PROVINCE, List.of(college(1), intermediary(2), company(3)), content("")), COLLEGE_STAFF, NOW);
    }
}
