package org.coop.platform.test.input;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Request bodies that must be refused, made from one valid body by one mutation each, at a
 * random place: a value of the wrong JSON type, extra nesting, a null inside a list or a map,
 * broken text (control characters, unpaired surrogates) in a value or a key, an oversized string
 * or list, a number no field takes (huge, negative, a fraction for a whole number, beyond any
 * Java type), a date no calendar or policy takes, a required field missing or null, or a body
 * that is not an object at all.
 *
 * <p>Every mutation is wrong under the platform's input rules whatever the field
 * (docs/problems.md, "Input rules"); the few that depend on the field are declared by the test:
 * {@link #required} fields, {@link #dictionaries} (maps keyed by a code, whose values may not be
 * null) and {@link #decimals} (numbers that may be fractions). Two facts of the platform's API are
 * relied on and fail loudly if a new field breaks them: no numeric field takes a negative number,
 * and no text field takes 100,000 characters.
 *
 * <p>Paths are written as the validators name fields, with {@code []} for any list element:
 * {@code sessions[].title}.
 */
public final class WrongBodies {

    /** Longer than any text field of the API; big enough to hit the smallest body limit (64 KB) too. */
    static final int OVERSIZED = 100_001;
    /** Deeper than the JSON parser's nesting limit. */
    static final int TOO_DEEP = 2_000;

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?");
    private static final Pattern INSTANT = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})");

    private static final List<String> BROKEN_TEXT = List.of("\u0000", "\u001b[2J", "\u0007", "\u007f", "\u0085",
            "\ud800", "\udfff", "x\ud83d", "\ude00x");
    private static final List<String> ABSURD_DAYS = List.of("-999999999-01-01", "+999999999-12-31", "0000-01-01",
            "9999-12-31", "1999-12-31", "2100-01-01", "2026-02-30", "2026-13-01", "2026-00-10");

    private final Object valid;
    private final Set<String> required = new HashSet<>();
    private final Set<String> dictionaries = new HashSet<>();
    private final Set<String> decimals = new HashSet<>();
    private boolean bodyOptional;

    private WrongBodies(Object valid) {
        this.valid = Json.copy(valid);
    }

    /** Wrong bodies made from {@code valid}, a body the endpoint accepts (the test should show it does). */
    public static WrongBodies from(Map<String, ?> valid) {
        return new WrongBodies(valid);
    }

    /** Fields whose absence (or null) is wrong. */
    public WrongBodies required(String... paths) {
        Collections.addAll(required, paths);
        return this;
    }

    /** Maps keyed by codes (e.g. a text by language): a null value or a broken key is wrong. */
    public WrongBodies dictionaries(String... paths) {
        Collections.addAll(dictionaries, paths);
        return this;
    }

    /** Numbers that may be fractions (the rest are whole numbers, so {@code 2.5} is wrong for them). */
    public WrongBodies decimals(String... paths) {
        Collections.addAll(decimals, paths);
        return this;
    }

    /** The endpoint also accepts no body (or {@code null}), so those are not generated as wrong. */
    public WrongBodies bodyOptional() {
        this.bodyOptional = true;
        return this;
    }

    /** The next wrong body. */
    public WrongBody next(Random random) {
        if (random.nextInt(12) == 0) {
            return notAnObject(random);
        }
        Object body = Json.copy(valid);
        List<Node> nodes = new ArrayList<>();
        collect(body, "", "", null, null, nodes);
        Node node = nodes.get(random.nextInt(nodes.size()));
        List<Mutation> mutations = mutationsOf(node, random);
        Mutation mutation = mutations.get(random.nextInt(mutations.size()));
        mutation.change().run();
        return new WrongBody(node.path + ": " + mutation.what, Json.write(body));
    }

    private WrongBody notAnObject(Random random) {
        List<WrongBody> wrong = new ArrayList<>(List.of(
                new WrongBody("body: an array instead of an object", "[" + Json.write(valid) + "]"),
                new WrongBody("body: text instead of an object", "\"body\""),
                new WrongBody("body: a number instead of an object", "42"),
                new WrongBody("body: a boolean instead of an object", "true"),
                new WrongBody("body: cut short", Json.write(valid).substring(0, Json.write(valid).length() / 2)),
                new WrongBody("body: trailing junk", Json.write(valid) + " x"),
                new WrongBody("body: not JSON", "title=x&city=y"),
                new WrongBody("body: nested too deep", "[".repeat(TOO_DEEP) + "]".repeat(TOO_DEEP))));
        if (valid instanceof Map<?, ?> map && !map.isEmpty()) {
            String first = String.valueOf(map.keySet().iterator().next());
            String json = Json.write(valid);
            wrong.add(new WrongBody("body: a property named twice (" + first + ")",
                    json.substring(0, json.length() - 1) + "," + Json.write(Map.of(first, map.get(first))).substring(1)));
        }
        if (!bodyOptional) {
            wrong.add(new WrongBody("body: null", "null"));
            wrong.add(new WrongBody("body: empty", ""));
        }
        if (!bodyOptional && required.stream().anyMatch(path -> !path.contains(".") && !path.contains("["))) {
            wrong.add(new WrongBody("body: an empty object", "{}"));
        }
        return wrong.get(random.nextInt(wrong.size()));
    }

    /** A place in the body: its path, the pattern declarations use, its value and how to replace or remove it. */
    private record Node(String path, String pattern, Object value, Object parent, Object key) {

        void set(Object replacement) {
            if (parent instanceof Map<?, ?> map) {
                @SuppressWarnings("unchecked")
                Map<String, Object> m = (Map<String, Object>) map;
                m.put((String) key, replacement);
            } else {
                @SuppressWarnings("unchecked")
                List<Object> l = (List<Object>) parent;
                l.set((Integer) key, replacement);
            }
        }

        void remove() {
            ((Map<?, ?>) parent).remove(key);
        }
    }

    private record Mutation(String what, Runnable change) {

        static Mutation of(String what, Runnable change) {
            return new Mutation(what, change);
        }
    }

    private static void collect(Object value, String path, String pattern, Object parent, Object key,
                                List<Node> nodes) {
        if (parent != null) {
            nodes.add(new Node(path, pattern, value, parent, key));
        }
        if (value instanceof Map<?, ?> map) {
            for (Object k : new ArrayList<>(map.keySet())) {
                String sep = path.isEmpty() ? "" : ".";
                collect(map.get(k), path + sep + k, pattern + sep + k, value, k, nodes);
            }
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                collect(list.get(i), path + "[" + i + "]", pattern + "[]", value, i, nodes);
            }
        }
    }

    private List<Mutation> mutationsOf(Node node, Random random) {
        List<Mutation> m = new ArrayList<>();
        Object value = node.value;
        m.add(Mutation.of("nested too deep", () -> node.set(new Json.Raw("[".repeat(TOO_DEEP) + "]".repeat(TOO_DEEP)))));
        if (required.contains(node.pattern) && node.parent instanceof Map) {
            m.add(Mutation.of("a required field is missing", node::remove));
            m.add(Mutation.of("a required field is null", () -> node.set(null)));
        }
        if (node.parent instanceof List) {
            m.add(Mutation.of("null inside a list", () -> node.set(null)));
        }
        if (node.parent instanceof Map && dictionaries.contains(parentPattern(node))) {
            m.add(Mutation.of("null inside a map", () -> node.set(null)));
        }
        if (value instanceof String text) {
            m.addAll(textMutations(node, text, random));
        } else if (value instanceof Boolean) {
            m.add(Mutation.of("1 for a boolean", () -> node.set(1)));
            m.add(Mutation.of("\"true\" for a boolean", () -> node.set("true")));
            m.add(Mutation.of("\"yes\" for a boolean", () -> node.set("yes")));
            m.add(Mutation.of("a list for a boolean", () -> node.set(List.of(value))));
        } else if (value instanceof Number number) {
            m.addAll(numberMutations(node, number));
        } else if (value instanceof List<?> list) {
            m.addAll(listMutations(node, list, random));
        } else if (value instanceof Map<?, ?> map) {
            m.addAll(objectMutations(node, map, random));
        }
        return m;
    }

    private List<Mutation> textMutations(Node node, String text, Random random) {
        List<Mutation> m = new ArrayList<>();
        m.add(Mutation.of("a number for text", () -> node.set(random.nextBoolean() ? (Object) 7 : (Object) 12.5)));
        m.add(Mutation.of("a boolean for text", () -> node.set(random.nextBoolean())));
        m.add(Mutation.of("text wrapped in a list", () -> node.set(List.of(text))));
        m.add(Mutation.of("text wrapped in an object", () -> node.set(Map.of("value", text))));
        String junk = BROKEN_TEXT.get(random.nextInt(BROKEN_TEXT.size()));
        int at = random.nextInt(text.length() + 1);
        m.add(Mutation.of("broken text " + escaped(junk),
                () -> node.set(text.substring(0, at) + junk + text.substring(at))));
        m.add(Mutation.of("oversized text", () -> node.set("x".repeat(OVERSIZED))));
        if (INSTANT.matcher(text).matches()) {
            m.addAll(dateMutations(node, random, "T00:00:00Z", "an instant"));
        } else if (DATE_TIME.matcher(text).matches()) {
            m.addAll(dateMutations(node, random, "T09:30", "a local date-time"));
            m.add(Mutation.of("an offset on a local date-time", () -> node.set(text + "Z")));
        } else if (DATE.matcher(text).matches()) {
            m.addAll(dateMutations(node, random, "", "a date"));
        }
        return m;
    }

    private static List<Mutation> dateMutations(Node node, Random random, String timeOfDay, String kind) {
        String day = ABSURD_DAYS.get(random.nextInt(ABSURD_DAYS.size()));
        return List.of(
                Mutation.of("an absurd " + kind + " " + day + timeOfDay, () -> node.set(day + timeOfDay)),
                Mutation.of("a number for " + kind, () -> node.set(random.nextBoolean() ? 20260101 : 1_767_225_600)),
                Mutation.of("an array for " + kind, () -> node.set(List.of(2026, 1, 1, 9, 30))),
                Mutation.of("empty text for " + kind, () -> node.set("")),
                Mutation.of("words for " + kind, () -> node.set("next Tuesday")));
    }

    private List<Mutation> numberMutations(Node node, Number number) {
        List<Mutation> m = new ArrayList<>();
        m.add(Mutation.of("a number as text", () -> node.set(String.valueOf(number))));
        m.add(Mutation.of("a boolean for a number", () -> node.set(true)));
        m.add(Mutation.of("a number wrapped in a list", () -> node.set(List.of(number))));
        m.add(Mutation.of("a negative number", () -> node.set(-1)));
        m.add(Mutation.of("the smallest int", () -> node.set(Integer.MIN_VALUE)));
        m.add(Mutation.of("a huge number", () -> node.set(new Json.Raw("1e30"))));
        m.add(Mutation.of("a number beyond a long", () -> node.set(new Json.Raw("9223372036854775808"))));
        m.add(Mutation.of("a number beyond a double", () -> node.set(new Json.Raw("1e400"))));
        m.add(Mutation.of("a negative number beyond a double", () -> node.set(new Json.Raw("-1e400"))));
        if (!decimals.contains(node.pattern)) {
            m.add(Mutation.of("a fraction for a whole number", () -> node.set(number.doubleValue() + 0.5)));
        }
        return m;
    }

    private List<Mutation> listMutations(Node node, List<?> list, Random random) {
        List<Mutation> m = new ArrayList<>();
        m.add(Mutation.of("text for a list", () -> node.set("x")));
        m.add(Mutation.of("an object for a list", () -> node.set(Map.of("0", "x"))));
        int at = random.nextInt(list.size() + 1);
        m.add(Mutation.of("null inside a list", () -> {
            List<Object> more = new ArrayList<>(list);
            more.add(at, null);
            node.set(more);
        }));
        Object sample = list.isEmpty() ? "x" : list.get(0);
        Object wrongElement = sample instanceof String ? (Object) 7 : "x";
        m.add(Mutation.of("an element of the wrong type", () -> {
            List<Object> more = new ArrayList<>(list);
            more.add(at, wrongElement);
            node.set(more);
        }));
        m.add(Mutation.of("every element wrapped in a list", () -> node.set(list.stream().map(List::of).toList())));
        m.add(Mutation.of("an oversized list", () -> node.set(Collections.nCopies(1_001, sample))));
        return m;
    }

    private List<Mutation> objectMutations(Node node, Map<?, ?> map, Random random) {
        List<Mutation> m = new ArrayList<>();
        m.add(Mutation.of("an object wrapped in a list", () -> node.set(List.of(map))));
        m.add(Mutation.of("text for an object", () -> node.set("x")));
        m.add(Mutation.of("a number for an object", () -> node.set(3)));
        if (dictionaries.contains(node.pattern)) {
            String junk = BROKEN_TEXT.get(random.nextInt(BROKEN_TEXT.size()));
            m.add(Mutation.of("broken key " + escaped(junk), () -> {
                Map<String, Object> more = new LinkedHashMap<>();
                map.forEach((k, v) -> more.put(String.valueOf(k), v));
                Object firstValue = map.isEmpty() ? "x" : map.values().iterator().next();
                more.put("e" + junk + "n", firstValue);
                node.set(more);
            }));
            m.add(Mutation.of("null inside a map", () -> {
                Map<String, Object> more = new LinkedHashMap<>();
                map.forEach((k, v) -> more.put(String.valueOf(k), v));
                more.put(map.isEmpty() ? "en" : String.valueOf(map.keySet().iterator().next()), null);
                node.set(more);
            }));
        }
        return m;
    }

    private static String parentPattern(Node node) {
        int dot = node.pattern.lastIndexOf('.');
        return dot < 0 ? "" : node.pattern.substring(0, dot);
    }

    private static String escaped(String text) {
        StringBuilder out = new StringBuilder();
        text.chars().forEach(c -> out.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", c) : String.valueOf((char) c)));
        return out.toString();
    }
}
