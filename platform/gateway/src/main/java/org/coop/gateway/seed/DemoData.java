package org.coop.gateway.seed;

import java.util.List;
import java.util.Map;
import org.coop.gateway.account.Organization;

/**
 * The demo world of the local stack: colleges in Yunnan and Guangxi, the provincial departments
 * that approve their trips, enterprises in Viet Nam, Laos and Thailand, a Lao polytechnic, a forum
 * secretariat and the platform operator. Invented organizations with realistic shapes.
 */
public final class DemoData {

    private DemoData() {
    }

    /** A demo login: username, display name, organization, roles, positions inside it. */
    public record DemoAccount(String username, String displayName, String organizationId, List<String> roles,
                              List<String> positions) {
    }

    public static final List<Organization> ORGANIZATIONS = List.of(
            org("org-yn-kmvtc", "COLLEGE", "CN", "YN", "Kunming",
                    "昆明职业技术学院", "Kunming Vocational and Technical College"),
            org("org-gx-nncvt", "COLLEGE", "CN", "GX", "Nanning",
                    "南宁职业技术学院", "Nanning College for Vocational Technology"),
            org("org-yn-edu", "EDUCATION_DEPARTMENT", "CN", "YN", "Kunming",
                    "云南省教育厅", "Yunnan Provincial Department of Education"),
            org("org-yn-fao", "FOREIGN_AFFAIRS_OFFICE", "CN", "YN", "Kunming",
                    "云南省人民政府外事办公室", "Yunnan Provincial Foreign Affairs Office"),
            org("org-gx-edu", "EDUCATION_DEPARTMENT", "CN", "GX", "Nanning",
                    "广西壮族自治区教育厅", "Guangxi Education Department"),
            org("org-gx-fao", "FOREIGN_AFFAIRS_OFFICE", "CN", "GX", "Nanning",
                    "广西壮族自治区外事办公室", "Guangxi Foreign Affairs Office"),
            new Organization("org-vn-bnpm", Map.of("en", "Bac Ninh Precision Manufacturing JSC",
                    "vi", "Công ty Cổ phần Cơ khí Chính xác Bắc Ninh", "zh", "北宁精密制造股份公司"),
                    "ENTERPRISE", "VN", null, "Bac Ninh"),
            new Organization("org-la-lphh", Map.of("en", "Luang Prabang Heritage Hospitality Group",
                    "lo", "ກຸ່ມບໍລິສັດໂຮງແຮມມໍລະດົກຫຼວງພະບາງ", "zh", "琅勃拉邦遗产酒店集团"),
                    "ENTERPRISE", "LA", null, "Luang Prabang"),
            new Organization("org-th-esrs", Map.of("en", "Eastern Seaboard Rail Systems Co., Ltd.",
                    "th", "บริษัท อีสเทิร์นซีบอร์ด เรล ซิสเต็มส์ จำกัด", "zh", "东部海岸轨道系统有限公司"),
                    "ENTERPRISE", "TH", null, "Rayong"),
            new Organization("org-la-vtp", Map.of("en", "Vientiane Technical Polytechnic",
                    "lo", "ວິທະຍາໄລເຕັກນິກວຽງຈັນ", "zh", "万象技术理工学院"),
                    "INSTITUTION", "LA", null, "Vientiane"),
            org("org-yn-forum", "FORUM_ORGANIZER", "CN", "YN", "Kunming",
                    "南亚东南亚职业教育合作论坛秘书处", "South and Southeast Asia Vocational Education Forum Secretariat"),
            org("org-platform", "PLATFORM_OPERATOR", "CN", "YN", "Kunming",
                    "合作平台运营中心", "Cooperation Platform Operations"));

    public static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("km.staff", "Li Wei", "org-yn-kmvtc", List.of("COLLEGE"), List.of()),
            new DemoAccount("km.intl", "Zhang Min", "org-yn-kmvtc", List.of("COLLEGE"), List.of("INTERNATIONAL_OFFICE")),
            new DemoAccount("km.leader", "Wang Jun", "org-yn-kmvtc", List.of("COLLEGE"), List.of("COLLEGE_LEADER")),
            new DemoAccount("km.teacher", "Zhou Yan", "org-yn-kmvtc", List.of("COLLEGE"), List.of()),
            new DemoAccount("nn.staff", "Huang Lan", "org-gx-nncvt", List.of("COLLEGE"), List.of()),
            new DemoAccount("nn.intl", "Wei Hong", "org-gx-nncvt", List.of("COLLEGE"), List.of("INTERNATIONAL_OFFICE")),
            new DemoAccount("nn.leader", "Lu Qiang", "org-gx-nncvt", List.of("COLLEGE"), List.of("COLLEGE_LEADER")),
            new DemoAccount("yn.edu", "Chen Jing", "org-yn-edu", List.of("GOV_OFFICER"), List.of()),
            new DemoAccount("yn.edu.head", "Sun Li", "org-yn-edu", List.of("GOV_OFFICER"), List.of("DIVISION_HEAD")),
            new DemoAccount("yn.fao", "Yang Fan", "org-yn-fao", List.of("GOV_OFFICER"), List.of()),
            new DemoAccount("yn.fao.head", "Duan Hui", "org-yn-fao", List.of("GOV_OFFICER"), List.of("DIVISION_HEAD")),
            new DemoAccount("gx.edu", "Mo Ling", "org-gx-edu", List.of("GOV_OFFICER"), List.of()),
            new DemoAccount("gx.fao", "Qin Tao", "org-gx-fao", List.of("GOV_OFFICER"), List.of()),
            new DemoAccount("vn.bacninh", "Nguyen Thi Mai", "org-vn-bnpm", List.of("ENTERPRISE"), List.of()),
            new DemoAccount("la.hotels", "Souksavanh Phommachanh", "org-la-lphh", List.of("ENTERPRISE"), List.of()),
            new DemoAccount("th.rail", "Somchai Wongsakul", "org-th-esrs", List.of("ENTERPRISE"), List.of()),
            new DemoAccount("la.poly", "Keo Sengdara", "org-la-vtp", List.of("INSTITUTION"), List.of()),
            new DemoAccount("forum.org", "Zhao Ning", "org-yn-forum", List.of("FORUM_ORGANIZER"), List.of()),
            new DemoAccount("admin", "Platform Operator", "org-platform", List.of("PLATFORM_ADMIN"), List.of()));

    private static Organization org(String id, String kind, String country, String province, String city,
                                    String chinese, String english) {
        return new Organization(id, Map.of("zh", chinese, "en", english), kind, country, province, city);
    }
}
