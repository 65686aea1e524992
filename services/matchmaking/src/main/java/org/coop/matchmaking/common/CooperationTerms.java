package org.coop.matchmaking.common;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What a need and an offer both say about a cooperation, as their requests carry it. The
 * requests stay separate records (each validates its own wire shape); this lets one piece of code
 * copy the shared terms into either document.
 */
public interface CooperationTerms {

    Map<String, String> title();

    Map<String, String> description();

    List<String> modes();

    List<String> sectors();

    List<String> countries();

    List<String> languages();

    Integer students();

    Integer teachers();

    LocalDate periodStart();

    LocalDate periodEnd();

    String funding();

    LocalDate expiresOn();

    Contact contact();
}
