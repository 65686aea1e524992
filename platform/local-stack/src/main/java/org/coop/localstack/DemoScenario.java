package org.coop.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * A small world to look at on first start, created through the gateway by the demo users
 * themselves (so it travels every real path: tokens, validation, outbox, Kafka, matching):
 * enterprise and institution subscriptions and offers, college needs that match them, a trip
 * request waiting at the college's international office, and a forum open for registration with
 * the college's delegation registered. Runs once per data directory.
 */
final class DemoScenario {

    private final GatewayClient gateway;
    private final Path marker;

    DemoScenario(GatewayClient gateway, Path dataDir) {
        this.gateway = gateway;
        this.marker = dataDir.resolve("demo-scenario.done");
    }

    boolean alreadyPlayed() {
        return Files.exists(marker);
    }

    /** Plays the parts of the services that are running; returns what it created, for the console. */
    List<String> play(boolean matchmaking, boolean approvals, boolean forums) {
        List<String> done = new java.util.ArrayList<>();
        if (matchmaking) {
            subscriptions();
            offers();
            needs();
            done.add("4 subscriptions, 2 offers and 3 needs (matches follow within seconds)");
        }
        if (approvals) {
            trip();
            done.add("1 trip request waiting for km.intl (international office)");
        }
        if (forums) {
            forum();
            done.add("1 forum open for registration (forum.org), km's delegation registered");
        }
        try {
            Files.writeString(marker, Instant.now().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return done;
    }

    private void subscriptions() {
        gateway.post("vn.bacninh", "/api/matchmaking/subscriptions", body(
                "name", "Mechatronics talent for the Bac Ninh plant",
                "modes", List.of("internship", "order-class"), "sectors", List.of("mechatronics"),
                "countries", List.of("VN"), "languages", List.of("vi", "zh", "en"),
                "keywords", List.of("PLC", "CNC"), "minimumScore", 0.3,
                "channels", Map.of("sse", true), "contact", contact("Nguyen Thi Mai", "mai@bacninh-precision.example")));
        gateway.post("la.hotels", "/api/matchmaking/subscriptions", body(
                "name", "Hospitality interns for Luang Prabang",
                "modes", List.of("internship"), "sectors", List.of("hotel-management", "culinary-arts"),
                "countries", List.of("LA"), "languages", List.of("lo", "en", "zh"),
                "channels", Map.of("sse", true),
                "contact", contact("Souksavanh Phommachanh", "souksavanh@lp-heritage.example")));
        gateway.post("th.rail", "/api/matchmaking/subscriptions", body(
                "name", "Rail transit training partners",
                "modes", List.of("overseas-campus", "teacher-training", "order-class"), "sectors", List.of("rail-transit"),
                "countries", List.of("TH"), "channels", Map.of("sse", true),
                "contact", contact("Somchai Wongsakul", "somchai@esrs.example")));
        gateway.post("la.poly", "/api/matchmaking/subscriptions", body(
                "name", "Teacher training and curriculum partners",
                "modes", List.of("teacher-training", "curriculum-standards"), "countries", List.of("LA"),
                "channels", Map.of("sse", true), "contact", contact("Keo Sengdara", "keo@vtp.example")));
    }

    private void offers() {
        LocalDate start = today().plusMonths(3).withDayOfMonth(1);
        gateway.post("vn.bacninh", "/api/matchmaking/offers", body(
                "title", Map.of("en", "30 mechatronics technicians for our plant in Bac Ninh",
                        "vi", "30 kỹ thuật viên cơ điện tử cho nhà máy Bắc Ninh", "zh", "北宁工厂招收30名机电一体化技术员"),
                "modes", List.of("internship", "order-class"), "sectors", List.of("mechatronics"),
                "countries", List.of("VN"), "languages", List.of("vi", "zh"), "keywords", List.of("PLC", "CNC"),
                "students", 30, "periodStart", start.toString(), "periodEnd", start.plusMonths(6).toString(),
                "funding", "PARTNER", "contact", contact("Nguyen Thi Mai", "mai@bacninh-precision.example")));
        gateway.post("la.hotels", "/api/matchmaking/offers", body(
                "title", Map.of("en", "Host 10 hotel-management interns in Luang Prabang",
                        "lo", "ຮັບນັກສຶກສາຝຶກງານການຄຸ້ມຄອງໂຮງແຮມ 10 ຄົນ", "zh", "在琅勃拉邦接收10名酒店管理实习生"),
                "modes", List.of("internship"), "sectors", List.of("hotel-management"), "countries", List.of("LA"),
                "languages", List.of("lo", "en"), "students", 10, "funding", "SHARED",
                "contact", contact("Souksavanh Phommachanh", "souksavanh@lp-heritage.example")));
    }

    private void needs() {
        LocalDate start = today().plusMonths(3).withDayOfMonth(1);
        gateway.post("km.staff", "/api/matchmaking/needs", body(
                "title", Map.of("zh", "越南机电一体化专业实习岗位", "en", "Mechatronics internships in Viet Nam"),
                "description", Map.of("en", "Second-year mechatronics students (PLC, CNC) for a six-month "
                        + "internship with a manufacturer; Vietnamese classes before departure."),
                "modes", List.of("internship"), "sectors", List.of("mechatronics"),
                "countries", List.of("VN"), "languages", List.of("zh", "vi"),
                "partnerKinds", List.of("ENTERPRISE"), "students", 24,
                "periodStart", start.toString(), "periodEnd", start.plusMonths(6).toString(),
                "funding", "SHARED", "intermediaryWelcome", true,
                "contact", contact("Li Wei", "liwei@kmvtc.example")));
        gateway.post("km.staff", "/api/matchmaking/needs", body(
                "title", Map.of("zh", "泰国轨道交通鲁班工坊", "en", "Luban Workshop for rail transit in Thailand"),
                "modes", List.of("overseas-campus", "teacher-training"), "sectors", List.of("rail-transit"),
                "countries", List.of("TH"), "languages", List.of("zh", "th", "en"),
                "partnerKinds", List.of("ENTERPRISE", "INSTITUTION"), "teachers", 6, "funding", "GOVERNMENT",
                "contact", contact("Li Wei", "liwei@kmvtc.example")));
        gateway.post("nn.staff", "/api/matchmaking/needs", body(
                "title", Map.of("zh", "老挝酒店管理专业实习", "en", "Hotel-management internships in Laos"),
                "modes", List.of("internship"), "sectors", List.of("hotel-management"), "countries", List.of("LA"),
                "languages", List.of("zh", "en"), "partnerKinds", List.of("ENTERPRISE"), "students", 12,
                "funding", "COLLEGE", "contact", contact("Huang Lan", "huanglan@nncvt.example")));
    }

    private void trip() {
        LocalDate departure = today().plusDays(70);
        gateway.post("km.staff", "/api/approvals/trips", body(
                "travellers", List.of(
                        Map.of("userId", "km.teacher", "name", "Zhou Yan", "rank", "STAFF"),
                        Map.of("userId", "km.staff", "name", "Li Wei", "rank", "STAFF")),
                "destinations", List.of("VN"),
                "departureDate", departure.toString(), "returnDate", departure.plusDays(4).toString(),
                "purpose", "Visit the Bac Ninh plant to prepare the mechatronics internship and meet the mentors",
                "budget", Map.of("amount", 18000, "currency", "CNY", "fundingSource", "college international budget"),
                "inPlan", true, "planReference", "KMVTC-2027-07"));
    }

    private void forum() {
        LocalDate opens = today().plusDays(45);
        String forumId = gateway.post("forum.org", "/api/forums", body(
                "title", Map.of("zh", "南亚东南亚职业教育合作论坛", "en", "South and Southeast Asia Vocational Education Forum",
                        "vi", "Diễn đàn hợp tác giáo dục nghề nghiệp Nam Á và Đông Nam Á"),
                "city", "Kunming", "country", "CN", "languages", List.of("zh", "en", "vi", "lo", "th"),
                "startsOn", opens.toString(), "endsOn", opens.plusDays(1).toString(),
                "registrationOpensAt", Instant.now().minusSeconds(3600).toString(),
                "registrationClosesAt", opens.minusDays(7).atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant().toString(),
                "capacity", 120,
                "sessions", List.of(body(
                        "title", Map.of("zh", "校企合作签约仪式", "en", "School-enterprise agreement signing"),
                        "startsAt", opens + "T09:30", "endsAt", opens + "T11:30", "room", "Hall A", "capacity", 120))))
                .get("id").asString();
        gateway.post("forum.org", "/api/forums/" + forumId + "/publish", null);
        gateway.post("km.staff", "/api/forums/" + forumId + "/registrations", body(
                "kind", "DELEGATION", "lead", Map.of("userId", "km.staff", "name", "Li Wei"),
                "members", List.of(Map.of("userId", "km.teacher", "name", "Zhou Yan"))));
    }

    /** A request body from alternating names and values, in order. */
    private static Map<String, Object> body(Object... namesAndValues) {
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            body.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return body;
    }

    private static Map<String, String> contact(String name, String email) {
        return Map.of("name", name, "email", email);
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }
}
