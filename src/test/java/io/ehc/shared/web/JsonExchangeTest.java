package io.ehc.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import tools.jackson.databind.json.JsonMapper;

/** The prepared body reader and answer writer raise what {@code @Valid @RequestBody} raises, and write plain JSON. */
class JsonExchangeTest {
    record Ask(
            @NotBlank @Size(max = 8) String code,
            @Nullable @Size(max = 2) String note) {}

    record Answer(String code, @Nullable String note, Instant at) {}

    static final ValidatorFactory FACTORY = Validation.byDefaultProvider()
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory();
    static final Validator VALIDATOR = FACTORY.getValidator();
    static final JsonMapper MAPPER = JsonMapper.builder().build();

    final JsonExchange<Ask, Answer> exchange = new JsonExchange<>(MAPPER, VALIDATOR, Ask.class, Answer.class);

    @AfterAll
    static void close() {
        FACTORY.close();
    }

    static CachedBodyRequest request(@Nullable String contentType, String body) {
        MockHttpServletRequest r = new MockHttpServletRequest("POST", "/api/x");
        if (contentType != null) r.setContentType(contentType);
        return new CachedBodyRequest(r, body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsAValidBodyOfAnyJsonContentType() throws Exception {
        assertThat(exchange.read(request("application/json", "{\"code\":\"A1\"}")))
                .isEqualTo(new Ask("A1", null));
        assertThat(exchange.read(request("application/json;charset=UTF-8", "{\"code\":\"A1\",\"note\":\"n\"}")))
                .isEqualTo(new Ask("A1", "n"));
        assertThat(exchange.read(request("application/vnd.ehc+json", "{\"code\":\"A1\"}")))
                .isEqualTo(new Ask("A1", null));
    }

    @Test
    void aBodyThatIsNotTheRecordIsNotReadable() {
        for (String body : new String[] {"", "null", "[\"A1\"]", "{\"code\":", "not json", "{\"code\":{\"a\":1}}"})
            assertThatThrownBy(() -> exchange.read(request("application/json", body)))
                    .as(body)
                    .isInstanceOf(HttpMessageNotReadableException.class)
                    .hasMessageNotContaining("A1");
    }

    @Test
    void aContentTypeOtherThanJsonIsNotSupported() {
        for (String type : new String[] {"text/plain", "application/xml", "not a type"})
            assertThatThrownBy(() -> exchange.read(request(type, "{\"code\":\"A1\"}")))
                    .as(type)
                    .isInstanceOf(HttpMediaTypeNotSupportedException.class);
        assertThatThrownBy(() -> exchange.read(request(null, "{\"code\":\"A1\"}")))
                .isInstanceOf(HttpMediaTypeNotSupportedException.class);
    }

    @Test
    void constraintViolationsAreFieldErrorsWithTheirConstraintCodes() {
        assertThatThrownBy(() -> exchange.read(request("application/json", "{\"code\":\" \",\"note\":\"long\"}")))
                .isInstanceOfSatisfying(
                        MethodArgumentNotValidException.class,
                        e -> assertThat(e.getBindingResult().getFieldErrors())
                                .extracting(FieldError::getField, FieldError::getCode)
                                .containsExactlyInAnyOrder(
                                        org.assertj.core.groups.Tuple.tuple("code", "NotBlank"),
                                        org.assertj.core.groups.Tuple.tuple("note", "Size")));
    }

    @Test
    void writesTheAnswerAsJsonWithItsLength() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        exchange.write(response, new Answer("A1", null, Instant.parse("2026-12-05T10:00:00Z")));
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo("application/json");
        String json = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(response.getContentLength()).isEqualTo(json.getBytes(StandardCharsets.UTF_8).length);
        assertThat(MAPPER.readTree(json).path("code").asString()).isEqualTo("A1");
        assertThat(MAPPER.readTree(json).path("at").asString()).isEqualTo("2026-12-05T10:00:00Z");
    }
}
