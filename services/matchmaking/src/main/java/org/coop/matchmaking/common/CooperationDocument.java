package org.coop.matchmaking.common;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.coop.platform.events.matchmaking.MatchCriteria;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

/**
 * The stored fields a need and an offer share: who wrote it, the cooperation's terms, revision
 * and times. Written only through AggregateWriter (the outbox rides in the same document). Fields
 * are public: this is a storage shape, the views decide what is shown.
 */
public abstract class CooperationDocument {
    @Id
    public String id;
    public String organizationId;
    public String createdBy;
    public Map<String, String> title;
    public Map<String, String> description;
    public List<String> modes;
    public List<String> sectors;
    public List<String> countries;
    public List<String> languages;
    public Integer students;
    public Integer teachers;
    public LocalDate periodStart;
    public LocalDate periodEnd;
    public String funding;
    public LocalDate expiresOn;
    public Contact contact;
    public int revision;
    public Instant createdAt;
    public Instant updatedAt;
    @Version
    public Long version;

    /** Copies the shared terms of a create or revise request (lists without repeats). */
    protected void applyTerms(CooperationTerms terms, Instant now) {
        title = terms.title();
        description = terms.description();
        modes = distinct(terms.modes());
        sectors = distinct(terms.sectors());
        countries = distinct(terms.countries());
        languages = distinct(terms.languages());
        students = terms.students();
        teachers = terms.teachers();
        periodStart = terms.periodStart();
        periodEnd = terms.periodEnd();
        funding = terms.funding();
        expiresOn = terms.expiresOn();
        contact = terms.contact();
        updatedAt = now;
    }

    /** The structured criteria the engine matches on, as events carry them. */
    public MatchCriteria criteria() {
        return new MatchCriteria(modes, sectors, countries, languages);
    }

    protected static List<String> distinct(List<String> values) {
        return values == null ? List.of() : values.stream().distinct().toList();
    }
}
