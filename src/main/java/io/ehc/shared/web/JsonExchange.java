package io.ehc.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import java.io.IOException;
import java.lang.reflect.Method;
import java.util.List;
import org.springframework.core.MethodParameter;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON body and answer of an endpoint on the scan path, read and written with a reader and writer prepared once.
 * Spring MVC's {@code @RequestBody} and return-value handling look up and negotiate a message converter on every
 * request (measured: about 32 µs of the verify endpoint's 157 per request, docs/benchmarks.md); this does the same work
 * directly.
 * The errors are those of {@code @Valid @RequestBody}, so clients see the same problem details: a body that is not
 * JSON, is empty or has the wrong shape raises {@link HttpMessageNotReadableException}, a content type other than
 * JSON {@link HttpMediaTypeNotSupportedException}, and a constraint violation {@link MethodArgumentNotValidException}
 * with the same field errors. The body is the one {@link RequestBodyGuard} already read; the answer is always JSON.
 *
 * @param <I> the request record, with Bean Validation constraints
 * @param <O> the answer record
 */
public final class JsonExchange<I, O> {
    private static final MediaType ANY_JSON = new MediaType("application", "*+json");
    private static final MethodParameter BODY = bodyParameter();

    private final ObjectReader reader;
    private final ObjectWriter writer;
    private final SpringValidatorAdapter validator;
    private final String objectName;

    public JsonExchange(JsonMapper mapper, Validator validator, Class<I> requestType, Class<O> answerType) {
        this.reader = mapper.readerFor(requestType);
        this.writer = mapper.writerFor(answerType);
        this.validator = new SpringValidatorAdapter(validator);
        String simple = requestType.getSimpleName();
        this.objectName = Character.toLowerCase(simple.charAt(0)) + simple.substring(1);
    }

    /** The request's body as {@code I}, validated. */
    public I read(HttpServletRequest request)
            throws HttpMediaTypeNotSupportedException, MethodArgumentNotValidException {
        byte[] body = CachedBodyRequest.bodyOf(request);
        if (body.length == 0)
            throw new HttpMessageNotReadableException(
                    "a request body is required", new ServletServerHttpRequest(request));
        String contentType = request.getContentType();
        MediaType type;
        try {
            type = contentType == null ? MediaType.APPLICATION_OCTET_STREAM : MediaType.parseMediaType(contentType);
        } catch (InvalidMediaTypeException e) {
            throw new HttpMediaTypeNotSupportedException("the content type is not valid");
        }
        if (!MediaType.APPLICATION_JSON.includes(type) && !ANY_JSON.includes(type))
            throw new HttpMediaTypeNotSupportedException(type, List.of(MediaType.APPLICATION_JSON, ANY_JSON));
        I value;
        try {
            value = reader.readValue(body);
        } catch (JacksonException e) {
            throw new HttpMessageNotReadableException(
                    "the body is not JSON of the expected shape", e, new ServletServerHttpRequest(request));
        }
        if (value == null)
            throw new HttpMessageNotReadableException(
                    "a request body is required", new ServletServerHttpRequest(request));
        BeanPropertyBindingResult errors = new BeanPropertyBindingResult(value, objectName);
        validator.validate(value, errors);
        if (errors.hasErrors()) throw new MethodArgumentNotValidException(BODY, errors);
        return value;
    }

    /** Writes {@code answer} as the answer, with the response's status (200 unless the caller set another). */
    public void write(HttpServletResponse response, O answer) throws IOException {
        byte[] json = writer.writeValueAsBytes(answer);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setContentLength(json.length);
        response.getOutputStream().write(json);
    }

    /** Stands for the body in {@link MethodArgumentNotValidException}, which needs a method parameter. */
    @SuppressWarnings("unused")
    private static void body(Object body) {}

    private static MethodParameter bodyParameter() {
        try {
            Method m = JsonExchange.class.getDeclaredMethod("body", Object.class);
            return new MethodParameter(m, 0);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }
}
