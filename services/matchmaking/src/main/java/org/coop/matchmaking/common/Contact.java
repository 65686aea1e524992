package org.coop.matchmaking.common;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Who to reach about a need, offer or subscription; shown to the other side only once both accept a match. */
public record Contact(
        @NotBlank @Size(max = 100) String name,
        @NotBlank @Email @Size(max = 200) String email,
        @Pattern(regexp = "\\+?[0-9 ()-]{5,30}", message = "must be a phone number") String phone) {
}
