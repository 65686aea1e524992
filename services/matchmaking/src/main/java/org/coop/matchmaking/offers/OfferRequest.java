package org.coop.matchmaking.offers;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.coop.matchmaking.common.Contact;
import org.coop.matchmaking.common.CooperationTerms;

/**
 * An offer as an enterprise or institution writes it.
 *
 * @param countries where the cooperation takes place (ISO 3166-1 alpha-2)
 * @param languages the languages the partner works in
 * @param keywords words looked for in the needs' text
 * @param funding who pays: COLLEGE, GOVERNMENT, PARTNER, SHARED, SCHOLARSHIP or TO_BE_AGREED
 */
public record OfferRequest(
        @NotEmpty @Size(max = 7) Map<@Pattern(regexp = "[a-z]{2}") String, @NotBlank @Size(max = 200) String> title,
        @Size(max = 7) Map<@Pattern(regexp = "[a-z]{2}") String, @NotBlank @Size(max = 5000) String> description,
        @NotEmpty @Size(max = 5) List<@NotBlank String> modes,
        @NotEmpty @Size(max = 5) List<@NotBlank String> sectors,
        @NotEmpty @Size(max = 10) List<@NotBlank String> countries,
        @NotEmpty @Size(max = 7) List<@NotBlank String> languages,
        @Size(max = 20) List<@NotBlank @Size(max = 60) String> keywords,
        @Positive @Max(10_000) Integer students,
        @Positive @Max(1_000) Integer teachers,
        LocalDate periodStart,
        LocalDate periodEnd,
        @Pattern(regexp = "COLLEGE|GOVERNMENT|PARTNER|SHARED|SCHOLARSHIP|TO_BE_AGREED") String funding,
        LocalDate expiresOn,
        @NotNull @Valid Contact contact,
        Boolean draft) implements CooperationTerms {
}
