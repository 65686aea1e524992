package org.coop.matchmaking.it;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Request bodies, valid by default; tests change what they are about. */
final class Bodies {

    private Bodies() {
    }

    static Map<String, Object> contact(String name) {
        return Map.of("name", name, "email", name.toLowerCase().replace(' ', '.') + "@example.org",
                "phone", "+86 871 6512 3456");
    }

    /** A college's need for mechatronics interns in Vietnam. */
    static Map<String, Object> need(String title) {
        Map<String, Object> need = new HashMap<>();
        need.put("title", Map.of("en", title, "zh", "机电一体化专业顶岗实习"));
        need.put("description", Map.of("en", "Students of mechatronics need internships with PLC and robot work"));
        need.put("modes", List.of("internship"));
        need.put("sectors", List.of("mechatronics"));
        need.put("countries", List.of("VN"));
        need.put("languages", List.of("zh", "en"));
        need.put("partnerKinds", List.of("ENTERPRISE"));
        need.put("students", 30);
        need.put("teachers", 2);
        need.put("periodStart", LocalDate.now().plusMonths(3).toString());
        need.put("periodEnd", LocalDate.now().plusMonths(9).toString());
        need.put("funding", "SHARED");
        need.put("intermediaryWelcome", true);
        need.put("expiresOn", LocalDate.now().plusMonths(2).toString());
        need.put("contact", contact("Li Wei"));
        return need;
    }

    /** An enterprise's standing subscription for manufacturing interns in Vietnam. */
    static Map<String, Object> subscription(String name, List<String> keywords) {
        Map<String, Object> subscription = new HashMap<>();
        subscription.put("name", name);
        subscription.put("modes", List.of("internship"));
        subscription.put("sectors", List.of("manufacturing"));
        subscription.put("countries", List.of("VN"));
        subscription.put("languages", List.of("vi", "en"));
        subscription.put("keywords", keywords);
        subscription.put("minimumScore", 0.3);
        subscription.put("channels", Map.of("sse", true));
        subscription.put("contact", contact("Nguyen Van An"));
        return subscription;
    }

    static Map<String, Object> withWebhook(Map<String, Object> subscription, String url, String secret) {
        Map<String, Object> copy = new HashMap<>(subscription);
        copy.put("channels", Map.of("sse", true, "webhook", Map.of("url", url, "secret", secret)));
        return copy;
    }

    static Map<String, Object> offer(String title) {
        Map<String, Object> offer = new HashMap<>();
        offer.put("title", Map.of("en", title));
        offer.put("modes", List.of("internship"));
        offer.put("sectors", List.of("industrial-robotics"));
        offer.put("countries", List.of("VN"));
        offer.put("languages", List.of("vi", "zh"));
        offer.put("keywords", List.of("robot"));
        offer.put("students", 20);
        offer.put("contact", contact("Tran Thi Mai"));
        return offer;
    }

    static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> copy = new HashMap<>(body);
        if (value == null) {
            copy.remove(key);
        } else {
            copy.put(key, value);
        }
        return copy;
    }
}
