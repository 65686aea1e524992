package org.coop.gateway.auth;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record RefreshRequest(@JsonProperty("refresh_token") @NotBlank @Size(max = 200) String refreshToken) {
}
