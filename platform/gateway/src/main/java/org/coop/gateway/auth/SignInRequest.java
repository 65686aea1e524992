package org.coop.gateway.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record SignInRequest(@NotBlank @Size(max = 100) String username,
                            @NotBlank @Size(max = 200) String password) {
}
