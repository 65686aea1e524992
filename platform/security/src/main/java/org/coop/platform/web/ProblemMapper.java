package org.coop.platform.web;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.ratelimiter.RequestNotPermitted;
import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.codec.DecodingException;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedException;
import org.springframework.validation.FieldError;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.server.ContentTooLargeException;
import org.springframework.web.server.MethodNotAllowedException;
import org.springframework.web.server.NotAcceptableStatusException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.server.UnsupportedMediaTypeStatusException;
import tools.jackson.core.JacksonException;

/**
 * The single place where a failure becomes a Problem Details answer, for controllers, filters
 * and the security chain alike. What it writes is meant for callers: no stack traces, no class
 * names; unexpected failures are logged with the request id the caller sees.
 */
public class ProblemMapper {

    private static final Logger log = LoggerFactory.getLogger(ProblemMapper.class);

    public Problem map(Throwable failure, String requestId) {
        Throwable error = unwrap(failure);
        if (error instanceof ApiException api) {
            return fromApiException(api);
        }
        if (error instanceof WebExchangeBindException bind) {
            return validation(bind.getFieldErrors().stream().map(ProblemMapper::fieldError).toList(),
                    bind.getGlobalErrors().stream().map(MessageSourceResolvable::getDefaultMessage).toList());
        }
        if (error instanceof HandlerMethodValidationException methodValidation) {
            return validation(parameterErrors(methodValidation), List.of());
        }
        if (error instanceof ConstraintViolationException violations) {
            return validation(violations.getConstraintViolations().stream()
                    .map(v -> new BadRequestException.FieldError(leaf(v.getPropertyPath().toString()), v.getMessage(),
                            v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName()))
                    .toList(), List.of());
        }
        if (error instanceof ContentTooLargeException || hasCause(error, DataBufferLimitException.class)) {
            return Problem.of(HttpStatus.CONTENT_TOO_LARGE, ProblemTypes.PAYLOAD_TOO_LARGE, "Payload too large",
                    "The request body is larger than this endpoint accepts");
        }
        if (error instanceof UnsupportedMediaTypeStatusException unsupported) {
            return Problem.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, ProblemTypes.UNSUPPORTED_MEDIA_TYPE,
                    "Unsupported media type", "Send the body as one of: " + unsupported.getSupportedMediaTypes());
        }
        if (error instanceof MethodNotAllowedException notAllowed) {
            String allowed = notAllowed.getSupportedMethods().stream().map(Object::toString).sorted()
                    .collect(Collectors.joining(", "));
            return Problem.of(HttpStatus.METHOD_NOT_ALLOWED, ProblemTypes.METHOD_NOT_ALLOWED, "Method not allowed",
                    notAllowed.getHttpMethod() + " is not allowed here; allowed: " + allowed)
                    .withHeader(HttpHeaders.ALLOW, allowed);
        }
        if (error instanceof NotAcceptableStatusException) {
            return Problem.of(HttpStatus.NOT_ACCEPTABLE, ProblemTypes.NOT_ACCEPTABLE, "Not acceptable",
                    "None of the requested media types can be produced");
        }
        if (error instanceof ServerExchangeRejectedException rejected) {
            return rejected(rejected);
        }
        if (error instanceof ServerWebInputException input) {
            return malformed(input);
        }
        if (error instanceof ResponseStatusException status) {
            return fromStatus(status);
        }
        if (error instanceof OptimisticLockingFailureException) {
            return Problem.of(HttpStatus.CONFLICT, ProblemTypes.CONCURRENT_MODIFICATION, "Concurrent modification",
                    "Someone else changed this object in the meantime; reload it and try again");
        }
        if (error instanceof DuplicateKeyException) {
            return Problem.of(HttpStatus.CONFLICT, ProblemTypes.CONFLICT, "Conflict", "This object already exists");
        }
        if (error instanceof AuthenticationException authentication) {
            return unauthenticated(authentication.getMessage());
        }
        if (error instanceof AccessDeniedException denied) {
            return forbidden(denied.getMessage());
        }
        if (error instanceof CallNotPermittedException) {
            return Problem.of(HttpStatus.SERVICE_UNAVAILABLE, ProblemTypes.SERVICE_UNAVAILABLE, "Service unavailable",
                    "A service this request needs is failing; try again shortly")
                    .withHeader(HttpHeaders.RETRY_AFTER, "5");
        }
        if (error instanceof RequestNotPermitted) {
            return Problem.of(HttpStatus.TOO_MANY_REQUESTS, ProblemTypes.RATE_LIMITED, "Too many requests",
                    "Too many requests; slow down").withHeader(HttpHeaders.RETRY_AFTER, "1");
        }
        if (error instanceof TimeoutException) {
            return Problem.of(HttpStatus.SERVICE_UNAVAILABLE, ProblemTypes.SERVICE_UNAVAILABLE, "Service unavailable",
                    "A service this request needs did not answer in time; try again shortly");
        }
        log.error("Unexpected failure of request {}", requestId, failure);
        return Problem.of(HttpStatus.INTERNAL_SERVER_ERROR, ProblemTypes.INTERNAL, "Internal error",
                "An unexpected error occurred; it was logged under request id " + requestId);
    }

    public Problem unauthenticated(String reason) {
        return Problem.of(HttpStatus.UNAUTHORIZED, ProblemTypes.UNAUTHENTICATED, "Unauthenticated",
                        "A valid access token is required" + (reason == null ? "" : ": " + reason))
                .withHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
    }

    /**
     * A request Spring Security's firewall refused before any filter or handler saw it: an
     * encoded slash, dot or percent, {@code //}, {@code ;}, a path that is not normalized
     * ({@code /../}), a method outside the usual ones, control characters in a header.
     */
    public Problem rejected(ServerExchangeRejectedException rejected) {
        return Problem.of(HttpStatus.BAD_REQUEST, ProblemTypes.MALFORMED_REQUEST, "Malformed request",
                "The request was refused before it reached the application: " + rejected.getMessage());
    }

    /**
     * The answer for an error status that something set without a body (an actuator endpoint,
     * a filter): the same Problem Details a handler's own failure with that status would get.
     */
    public Problem forStatus(org.springframework.http.HttpStatusCode status) {
        return fromStatus(new ResponseStatusException(status));
    }

    public Problem forbidden(String reason) {
        return Problem.of(HttpStatus.FORBIDDEN, ProblemTypes.FORBIDDEN, "Forbidden",
                reason == null || reason.isBlank() || "Access Denied".equals(reason)
                        ? "Your role does not allow this action" : reason);
    }

    private static Problem fromApiException(ApiException api) {
        Problem problem = new Problem(api.status(), api.type(), api.title(), api.getMessage(), api.properties(),
                new HttpHeaders());
        if (api.retryAfter() != null) {
            problem = problem.withHeader(HttpHeaders.RETRY_AFTER,
                    Long.toString(Math.max(1, (api.retryAfter().toMillis() + 999) / 1000)));
        }
        return problem;
    }

    private static Problem validation(List<BadRequestException.FieldError> fieldErrors, List<String> globalErrors) {
        List<String> parts = new ArrayList<>();
        fieldErrors.forEach(e -> parts.add(e.field() + ": " + e.message()));
        parts.addAll(globalErrors);
        return Problem.of(HttpStatus.BAD_REQUEST, ProblemTypes.VALIDATION, "Validation failed",
                        parts.isEmpty() ? "The request is invalid" : String.join("; ", parts))
                .with("errors", fieldErrors);
    }

    private static List<BadRequestException.FieldError> parameterErrors(HandlerMethodValidationException e) {
        List<BadRequestException.FieldError> errors = new ArrayList<>();
        for (ParameterValidationResult result : e.getParameterValidationResults()) {
            String parameter = result.getMethodParameter().getParameterName();
            for (MessageSourceResolvable resolvable : result.getResolvableErrors()) {
                if (resolvable instanceof FieldError fieldError) {
                    errors.add(fieldError(fieldError));
                } else {
                    errors.add(new BadRequestException.FieldError(parameter, resolvable.getDefaultMessage(),
                            code(resolvable)));
                }
            }
        }
        return errors;
    }

    private static BadRequestException.FieldError fieldError(FieldError error) {
        return new BadRequestException.FieldError(error.getField(), error.getDefaultMessage(), code(error));
    }

    private static String code(MessageSourceResolvable resolvable) {
        String[] codes = resolvable.getCodes();
        return codes == null || codes.length == 0 ? "Invalid" : codes[codes.length - 1];
    }

    private static String leaf(String propertyPath) {
        int dot = propertyPath.indexOf('.');
        return dot < 0 ? propertyPath : propertyPath.substring(dot + 1);
    }

    private static Problem malformed(ServerWebInputException input) {
        var refusedField = InputErrors.fieldError(input);
        if (refusedField.isPresent()) {
            return validation(List.of(refusedField.get()), List.of());
        }
        JacksonException json = findCause(input, JacksonException.class);
        if (json != null || hasCause(input, DecodingException.class)) {
            String where = json != null && json.getLocation() != null
                    ? " (line " + json.getLocation().getLineNr() + ", column " + json.getLocation().getColumnNr() + ")"
                    : "";
            return Problem.of(HttpStatus.BAD_REQUEST, ProblemTypes.MALFORMED_REQUEST, "Malformed request",
                    "The request body is not valid JSON" + where);
        }
        String reason = input.getReason() == null ? "The request could not be read" : input.getReason();
        return Problem.of(HttpStatus.BAD_REQUEST, ProblemTypes.MALFORMED_REQUEST, "Malformed request", reason);
    }

    private static Problem fromStatus(ResponseStatusException status) {
        HttpStatus resolved = HttpStatus.resolve(status.getStatusCode().value());
        if (resolved == HttpStatus.NOT_FOUND) {
            return Problem.of(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, "Not found",
                    "Nothing is found at this address");
        }
        if (resolved == HttpStatus.UNAUTHORIZED) {
            return Problem.of(HttpStatus.UNAUTHORIZED, ProblemTypes.UNAUTHENTICATED, "Unauthenticated",
                    "A valid access token is required");
        }
        if (resolved == HttpStatus.FORBIDDEN) {
            return Problem.of(HttpStatus.FORBIDDEN, ProblemTypes.FORBIDDEN, "Forbidden",
                    "Your role does not allow this action");
        }
        String title = resolved != null ? resolved.getReasonPhrase() : "Error";
        String detail = status.getReason() != null ? status.getReason() : title;
        return Problem.of(status.getStatusCode(), ProblemTypes.of(slug(title)), title, detail);
    }

    private static String slug(String title) {
        return title.toLowerCase().replaceAll("[^a-z0-9]+", "-");
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable current = reactor.core.Exceptions.unwrap(failure);
        for (int depth = 0; depth < 10; depth++) {
            if (reactor.core.Exceptions.isMultiple(current)) {
                current = reactor.core.Exceptions.unwrapMultiple(current).get(0);
            } else if ((current instanceof java.util.concurrent.CompletionException
                    || current instanceof java.util.concurrent.ExecutionException) && current.getCause() != null) {
                current = current.getCause();
            } else {
                break;
            }
        }
        return current;
    }

    private static boolean hasCause(Throwable error, Class<? extends Throwable> type) {
        return findCause(error, type) != null;
    }

    private static <T extends Throwable> T findCause(Throwable error, Class<T> type) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
