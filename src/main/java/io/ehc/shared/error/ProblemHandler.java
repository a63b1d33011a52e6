package io.ehc.shared.error;

import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns every error into {@code application/problem+json} with a stable {@code code}. Rejected values are never
 * echoed (they may be personal data); unexpected failures are logged with their type only and answered with 9999.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    @ExceptionHandler(PlatformException.class)
    ResponseEntity<ProblemDetail> platform(PlatformException e) {
        ProblemDetail problem = Problems.of(e.status(), e.code(), e.getMessage());
        e.details().forEach(problem::setProperty);
        return respond(problem);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> constraint(ConstraintViolationException e) {
        List<Map<String, String>> errors = e.getConstraintViolations().stream()
                .map(v -> Map.of("field", leaf(v.getPropertyPath().toString()), "message", v.getMessage()))
                .toList();
        ProblemDetail p = Problems.of(400, ErrorCodes.INVALID_PARAMETER, "request parameters are not valid");
        p.setProperty("errors", errors);
        return respond(p);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(AccessDeniedException e) {
        return respond(Problems.of(403, ErrorCodes.FORBIDDEN, "not allowed for this caller"));
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<ProblemDetail> unauthenticated(AuthenticationException e) {
        return respond(Problems.of(401, ErrorCodes.BAD_CREDENTIALS, "authentication required"));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        log.error("unexpected failure: {}", e.getClass().getName());
        log.debug("unexpected failure", e);
        return respond(Problems.of(500, ErrorCodes.INTERNAL, "internal error"));
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleExceptionInternal(
            Exception ex, @Nullable Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = Problems.of(status.value(), codeFor(ex, status), messageFor(ex, status));
        if (ex instanceof MethodArgumentNotValidException invalid) {
            List<Map<String, String>> errors = invalid.getBindingResult().getFieldErrors().stream()
                    .sorted(java.util.Comparator.comparing(FieldError::getField))
                    .map(f -> Map.of("field", f.getField(), "message", String.valueOf(f.getDefaultMessage())))
                    .toList();
            problem.setProperty("errors", errors);
            problem.setDetail(String.join(
                    "; ",
                    errors.stream()
                            .map(e -> e.get("field") + ": " + e.get("message"))
                            .toList()));
        }
        HttpHeaders out = new HttpHeaders();
        out.addAll(headers);
        out.setContentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON);
        return ResponseEntity.status(status).headers(out).body(problem);
    }

    private static String codeFor(Exception ex, HttpStatusCode status) {
        if (ex instanceof MethodArgumentNotValidException invalid) {
            boolean missing = invalid.getBindingResult().getFieldErrors().stream()
                    .map(FieldError::getCode)
                    .anyMatch(c -> "NotNull".equals(c) || "NotBlank".equals(c) || "NotEmpty".equals(c));
            return missing ? ErrorCodes.EMPTY_PARAMETER : ErrorCodes.INVALID_PARAMETER;
        }
        if (ex instanceof MissingServletRequestParameterException) return ErrorCodes.EMPTY_PARAMETER;
        if (ex instanceof HttpMessageNotReadableException) return ErrorCodes.MALFORMED_BODY;
        if (ex instanceof HttpRequestMethodNotSupportedException) return ErrorCodes.METHOD_NOT_ALLOWED;
        if (ex instanceof HttpMediaTypeNotSupportedException) return ErrorCodes.UNSUPPORTED_MEDIA_TYPE;
        if (ex instanceof NoResourceFoundException) return ErrorCodes.NOT_FOUND;
        if (status.value() == 413) return ErrorCodes.BODY_TOO_LARGE;
        if (status.value() == 404) return ErrorCodes.NOT_FOUND;
        if (status.is4xxClientError()) return ErrorCodes.INVALID_PARAMETER;
        return ErrorCodes.INTERNAL;
    }

    private static String messageFor(Exception ex, HttpStatusCode status) {
        if (ex instanceof MethodArgumentNotValidException) return "request fields are not valid";
        if (ex instanceof HandlerMethodValidationException) return "request parameters are not valid";
        if (ex instanceof HttpMessageNotReadableException)
            return "request body is not well-formed JSON of the expected shape";
        if (ex instanceof MissingServletRequestParameterException m) return m.getParameterName() + ": is required";
        if (ex instanceof MethodArgumentTypeMismatchException m) return m.getName() + ": has the wrong type";
        if (ex instanceof NoResourceFoundException) return "no such resource";
        if (status.is5xxServerError()) return "internal error";
        String reason = status instanceof org.springframework.http.HttpStatus s ? s.getReasonPhrase() : "error";
        return reason.toLowerCase(java.util.Locale.ROOT);
    }

    private static String leaf(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail p) {
        return ResponseEntity.status(p.getStatus())
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(p);
    }
}
