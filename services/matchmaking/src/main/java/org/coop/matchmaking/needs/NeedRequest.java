package org.coop.matchmaking.needs;

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
import org.coop.matchmaking.vocabulary.domain.PartnerKind;

/**
 * A need as a college writes it. Codes are checked against the vocabulary after these checks.
 *
 * @param title the title by language (ISO 639-1), at least one
 * @param funding who pays: COLLEGE, GOVERNMENT, PARTNER, SHARED, SCHOLARSHIP or TO_BE_AGREED
 * @param draft true to keep it as a draft (not matched until published)
 */
public record NeedRequest(
        @NotEmpty @Size(max = 7) Map<@Pattern(regexp = "[a-z]{2}") String, @NotBlank @Size(max = 200) String> title,
        @Size(max = 7) Map<@Pattern(regexp = "[a-z]{2}") String, @NotBlank @Size(max = 5000) String> description,
        @NotEmpty @Size(max = 5) List<@NotBlank String> modes,
        @NotEmpty @Size(max = 5) List<@NotBlank String> sectors,
        @NotEmpty @Size(max = 10) List<@NotBlank String> countries,
        @NotEmpty @Size(max = 7) List<@NotBlank String> languages,
        @NotEmpty @Size(max = 2) List<@NotNull PartnerKind> partnerKinds,
        @Positive @Max(10_000) Integer students,
        @Positive @Max(1_000) Integer teachers,
        LocalDate periodStart,
        LocalDate periodEnd,
        @Pattern(regexp = "COLLEGE|GOVERNMENT|PARTNER|SHARED|SCHOLARSHIP|TO_BE_AGREED") String funding,
        Boolean intermediaryWelcome,
        LocalDate expiresOn,
        @NotNull @Valid Contact contact,
        Boolean draft) implements CooperationTerms {
}
