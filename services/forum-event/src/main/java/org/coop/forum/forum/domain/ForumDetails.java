package org.coop.forum.forum.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.coop.forum.common.domain.FieldProblem;
import org.coop.forum.common.domain.Vocabulary;

/**
 * What an organizer says about a forum, checked as a whole: a bilingual title, the venue (city
 * and ISO 3166 country), working languages, dates, the registration window (it closes by the last
 * day), capacity and sessions that fit in the dates and the capacity.
 */
public record ForumDetails(Map<String, String> title, String city, String country, List<String> languages,
                           LocalDate startsOn, LocalDate endsOn, Instant registrationOpensAt,
                           Instant registrationClosesAt, int capacity, List<Session> sessions) {

    public static final int MAX_TITLE = 200;
    public static final int MAX_SESSIONS = 100;

    /** Instants are kept to the millisecond, as the store keeps them, so a revision compares like with like. */
    public ForumDetails {
        title = title == null ? null : Map.copyOf(title);
        registrationOpensAt = registrationOpensAt == null ? null : registrationOpensAt.truncatedTo(ChronoUnit.MILLIS);
        registrationClosesAt = registrationClosesAt == null ? null
                : registrationClosesAt.truncatedTo(ChronoUnit.MILLIS);
        languages = languages == null ? List.of() : List.copyOf(languages);
        sessions = sessions == null ? List.of() : List.copyOf(sessions);
    }

    /** Every problem of these details, with the field it is about; empty when they are fine. */
    public List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        Vocabulary.checkBilingual("title", title, MAX_TITLE, problems);
        if (city == null || city.isBlank()) {
            problems.add(new FieldProblem("city", "is required", "required"));
        }
        if (!Vocabulary.isCountry(country)) {
            problems.add(new FieldProblem("country", "must be an ISO 3166-1 alpha-2 code", "iso-3166"));
        }
        if (languages.isEmpty()) {
            problems.add(new FieldProblem("languages", "at least one working language is required", "required"));
        }
        for (int i = 0; i < languages.size(); i++) {
            if (!Vocabulary.isLanguage(languages.get(i))) {
                problems.add(new FieldProblem("languages[" + i + "]", "is not a platform language "
                        + Vocabulary.LANGUAGES, "unknown-language"));
            }
        }
        if (startsOn == null || endsOn == null) {
            problems.add(new FieldProblem(startsOn == null ? "startsOn" : "endsOn", "is required", "required"));
        } else if (endsOn.isBefore(startsOn)) {
            problems.add(new FieldProblem("endsOn", "must not be before startsOn", "order"));
        }
        if (registrationOpensAt == null || registrationClosesAt == null) {
            problems.add(new FieldProblem(registrationOpensAt == null ? "registrationOpensAt"
                    : "registrationClosesAt", "is required", "required"));
        } else if (!registrationClosesAt.isAfter(registrationOpensAt)) {
            problems.add(new FieldProblem("registrationClosesAt", "must be after registrationOpensAt", "order"));
        } else if (endsOn != null
                && registrationClosesAt.isAfter(endsOn.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC))) {
            problems.add(new FieldProblem("registrationClosesAt", "must be on or before the forum's last day",
                    "order"));
        }
        if (capacity < 1) {
            problems.add(new FieldProblem("capacity", "must be at least 1", "min"));
        }
        if (sessions.size() > MAX_SESSIONS) {
            problems.add(new FieldProblem("sessions", "at most " + MAX_SESSIONS + " sessions", "size"));
        }
        for (int i = 0; i < sessions.size(); i++) {
            sessionProblems("sessions[" + i + "]", sessions.get(i), problems);
        }
        return problems;
    }

    private void sessionProblems(String field, Session session, List<FieldProblem> problems) {
        if (session == null) {
            problems.add(new FieldProblem(field, "is required", "required"));
            return;
        }
        Vocabulary.checkBilingual(field + ".title", session.title(), MAX_TITLE, problems);
        if (session.startsAt() == null || session.endsAt() == null || !session.endsAt().isAfter(session.startsAt())) {
            problems.add(new FieldProblem(field + ".endsAt", "a session needs a start and a later end", "order"));
        } else if (startsOn != null && endsOn != null && (session.startsAt().toLocalDate().isBefore(startsOn)
                || session.endsAt().toLocalDate().isAfter(endsOn))) {
            problems.add(new FieldProblem(field + ".startsAt", "must lie within the forum's dates", "range"));
        }
        if (session.room() == null || session.room().isBlank()) {
            problems.add(new FieldProblem(field + ".room", "is required", "required"));
        }
        if (session.capacity() < 1 || session.capacity() > capacity) {
            problems.add(new FieldProblem(field + ".capacity", "must be between 1 and the forum's capacity",
                    "range"));
        }
    }

    /** The names of the fields that differ from {@code before}, in a stable order. */
    public List<String> changedFrom(ForumDetails before) {
        List<String> changed = new ArrayList<>();
        compare(changed, "title", before.title, title);
        compare(changed, "city", before.city, city);
        compare(changed, "country", before.country, country);
        compare(changed, "languages", Set.copyOf(before.languages), new HashSet<>(languages));
        compare(changed, "startsOn", before.startsOn, startsOn);
        compare(changed, "endsOn", before.endsOn, endsOn);
        compare(changed, "registrationOpensAt", before.registrationOpensAt, registrationOpensAt);
        compare(changed, "registrationClosesAt", before.registrationClosesAt, registrationClosesAt);
        compare(changed, "capacity", before.capacity, capacity);
        compare(changed, "sessions", before.sessions, sessions);
        return changed;
    }

    private static void compare(List<String> changed, String name, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changed.add(name);
        }
    }

    /** The title in Chinese with the second language after it, for events that carry one line. */
    public String displayTitle() {
        String second = Vocabulary.LANGUAGES.stream().filter(l -> !l.equals("zh") && title.containsKey(l))
                .findFirst().map(title::get).orElse(null);
        return second == null ? title.get("zh") : title.get("zh") + " / " + second;
    }
}
