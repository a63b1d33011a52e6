package io.ehc.payment;

import static io.ehc.support.Simulators.alipayCode;
import static io.ehc.support.Simulators.unionpayCode;
import static io.ehc.support.Simulators.wechatCode;
import static org.assertj.core.api.Assertions.assertThat;

import io.ehc.payment.application.ReconcilePayments;
import io.ehc.support.Api;
import io.ehc.support.PlatformIT;
import io.ehc.support.Region;
import io.ehc.support.Simulators;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Payment codes end to end: a signed terminal, the platform, and the payment channel simulators over HTTP, through
 * every failure mode of the simulators; nothing is ever charged twice and codes stay secret.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class PaymentIT extends PlatformIT {
    @LocalServerPort
    int port;

    @Value("${local.simulator.port}")
    int simulatorPort;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ReconcilePayments reconciler;

    Api api;
    Simulators simulators;
    Api.TerminalClient cashier;
    Api.TerminalClient elsewhere;

    @BeforeAll
    void setUp() {
        api = new Api(port);
        simulators = new Simulators(simulatorPort);
        cashier = Region.aHospitalWithCounter(api, "430105", 3, "0100");
        elsewhere = Region.aHospitalWithCounter(api, "430102", 2, "0100");
    }

    Api.Response pay(Api.TerminalClient terminal, String code, long fen, String key) {
        return terminal.post(
                "/api/terminal/v1/payments",
                Map.of("paymentCode", code, "amountFen", fen, "idempotencyKey", key, "subject", "门诊缴费"));
    }

    Api.Response pay(String code, long fen, String key) {
        return pay(cashier, code, fen, key);
    }

    static Api.Response get(Api.TerminalClient terminal, String path) {
        return terminal.signed("GET", path, new byte[0], System.currentTimeMillis(), Api.nonce(), terminal.secret());
    }

    Api.Response refund(Api.TerminalClient terminal, UUID paymentId, long fen, String key) {
        return terminal.post(
                "/api/terminal/v1/payments/" + paymentId + "/refunds", Map.of("amountFen", fen, "refundKey", key));
    }

    static String key() {
        return "bill-" + UUID.randomUUID();
    }

    static UUID id(Api.Response r) {
        return UUID.fromString(r.json().path("paymentId").asString());
    }

    static String status(Api.Response r) {
        return r.json().path("status").asString();
    }

    @Test
    void chargesAWeChatCodeOnceAndKeepsOnlyItsLastFourDigits() {
        String code = wechatCode("00");
        Api.Response r = pay(code, 1250, key());
        assertThat(r.status()).as(r.text()).isEqualTo(201);
        JsonNode p = r.json();
        assertThat(p.path("status").asString()).isEqualTo("SUCCEEDED");
        assertThat(p.path("channel").asString()).isEqualTo("WECHAT");
        assertThat(p.path("amountFen").asLong()).isEqualTo(1250);
        assertThat(p.path("codeLast4").asString()).isEqualTo(code.substring(14));
        assertThat(p.path("channelTradeNo").asString()).startsWith("4200");
        assertThat(p.path("replayed").asBoolean()).isFalse();
        assertThat(simulators.order("wechat", id(r)).path("charges").asInt()).isEqualTo(1);
    }

    @Test
    void recognisesAlipayAndUnionPayCodesByTheirFormat() {
        Api.Response ali = pay(alipayCode("00"), 100, key());
        Api.Response union = pay(unionpayCode("00"), 200, key());
        assertThat(status(ali)).isEqualTo("SUCCEEDED");
        assertThat(ali.json().path("channel").asString()).isEqualTo("ALIPAY");
        assertThat(status(union)).isEqualTo("SUCCEEDED");
        assertThat(union.json().path("channel").asString()).isEqualTo("UNIONPAY");
        assertThat(simulators.order("alipay", id(ali)).path("charges").asInt()).isEqualTo(1);
        assertThat(simulators.order("unionpay", id(union)).path("charges").asInt())
                .isEqualTo(1);
    }

    @Test
    void answersADeclinedCodeAsDeclined() {
        Api.Response r = pay(wechatCode("01"), 500, key());
        assertThat(r.status()).isEqualTo(201);
        assertThat(status(r)).isEqualTo("DECLINED");
        assertThat(r.json().path("failureReason").asString()).contains("TRADE_ERROR");
        assertThat(simulators.order("wechat", id(r)).path("charges").asInt()).isZero();
    }

    @Test
    void answersInsufficientFundsAsSuch() {
        Api.Response r = pay(alipayCode("02"), 500, key());
        assertThat(status(r)).isEqualTo("INSUFFICIENT_FUNDS");
        assertThat(r.json().path("failureReason").asString()).contains("ACQ.BUYER_BALANCE_NOT_ENOUGH");
    }

    @Test
    void aPaymentCodeCanBeUsedOnlyOnce() {
        String code = unionpayCode("00");
        assertThat(status(pay(code, 300, key()))).isEqualTo("SUCCEEDED");
        Api.Response again = pay(code, 300, key());
        assertThat(status(again)).isEqualTo("DECLINED");
        assertThat(simulators.order("unionpay", id(again)).path("charges").asInt())
                .isZero();
    }

    @Test
    void refusesACodeOfNoChannelWithoutStoringAnything() {
        String key = key();
        Api.Response r = pay("99" + "1234567890123456", 100, key);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.code()).isEqualTo("5001");
        Api.Response wrongChannel = cashier.post(
                "/api/terminal/v1/payments",
                Map.of("channel", "ALIPAY", "paymentCode", wechatCode("00"), "amountFen", 100, "idempotencyKey", key));
        assertThat(wrongChannel.code()).isEqualTo("5001");
        assertThat(jdbc.queryForObject("select count(*) from payment where idempotency_key = ?", Long.class, key))
                .isZero();
    }

    @Test
    void aTimeoutAfterTheChargeIsUnknownAndTheRetryFindsTheChargeWithoutChargingAgain() {
        String code = wechatCode("03");
        String key = key();
        Api.Response first = pay(code, 880, key);
        assertThat(first.status()).as(first.text()).isEqualTo(202);
        assertThat(status(first)).isEqualTo("UNKNOWN");
        UUID id = id(first);
        assertThat(simulators.order("wechat", id).path("charges").asInt()).isEqualTo(1);

        Api.Response retry = pay(code, 880, key);
        assertThat(retry.status()).isEqualTo(200);
        assertThat(id(retry)).isEqualTo(id);
        assertThat(status(retry)).isEqualTo("SUCCEEDED");
        assertThat(retry.json().path("replayed").asBoolean()).isTrue();
        assertThat(retry.json().path("channelTradeNo").asString()).isNotBlank();

        Api.Response third = pay(code, 880, key);
        assertThat(status(third)).isEqualTo("SUCCEEDED");
        JsonNode order = simulators.order("wechat", id);
        assertThat(order.path("charges").asInt()).isEqualTo(1);
        assertThat(order.path("chargedFen").asLong()).isEqualTo(880);
        assertThat(order.path("duplicates").asInt()).isZero(); // settled by query, never re-sent
    }

    @Test
    void aTimeoutBeforeTheChargeIsUnknownAndTheRetryChargesOnceWithTheSameOrderNumber() {
        String code = alipayCode("04");
        String key = key();
        Api.Response first = pay(code, 660, key);
        assertThat(first.status()).isEqualTo(202);
        assertThat(status(first)).isEqualTo("UNKNOWN");
        UUID id = id(first);
        JsonNode before = simulators.order("alipay", id);
        assertThat(before.path("exists").asBoolean()).isFalse();
        assertThat(before.path("droppedAttempts").asInt()).isEqualTo(1);

        Api.Response retry = pay(code, 660, key);
        assertThat(id(retry)).isEqualTo(id);
        assertThat(status(retry)).isEqualTo("SUCCEEDED");
        assertThat(simulators.order("alipay", id).path("charges").asInt()).isEqualTo(1);
        assertThat(status(pay(code, 660, key))).isEqualTo("SUCCEEDED");
        assertThat(simulators.order("alipay", id).path("charges").asInt()).isEqualTo(1);
    }

    @Test
    void concurrentRetriesOfAnUnknownPaymentChargeOnce() throws Exception {
        String code = wechatCode("04");
        String key = key();
        UUID id = id(pay(code, 990, key));
        List<Api.Response> answers = all(6, () -> pay(code, 990, key));
        assertThat(answers).allSatisfy(a -> assertThat(id(a)).isEqualTo(id));
        assertThat(answers).extracting(PaymentIT::status).containsOnly("SUCCEEDED", "UNKNOWN");
        assertThat(status(pay(code, 990, key))).isEqualTo("SUCCEEDED");
        assertThat(simulators.order("wechat", id).path("charges").asInt()).isEqualTo(1);
    }

    @Test
    void concurrentFirstCallsWithOneKeyMakeOnePayment() throws Exception {
        String code = wechatCode("00");
        String key = key();
        List<Api.Response> answers = all(6, () -> pay(code, 420, key));
        assertThat(answers).extracting(PaymentIT::id).containsOnly(id(answers.get(0)));
        assertThat(answers).extracting(PaymentIT::status).containsOnly("SUCCEEDED", "PENDING");
        assertThat(jdbc.queryForObject("select count(*) from payment where idempotency_key = ?", Long.class, key))
                .isEqualTo(1);
        assertThat(simulators
                        .order("wechat", id(answers.get(0)))
                        .path("charges")
                        .asInt())
                .isEqualTo(1);
    }

    @Test
    void theReconcilerSettlesAPaymentWhoseOutcomeWasUnknown() {
        Api.Response first = pay(unionpayCode("03"), 1500, key());
        assertThat(status(first)).isEqualTo("UNKNOWN");
        UUID id = id(first);
        reconciler.reconcileNow();
        Api.Response now = get(cashier, "/api/terminal/v1/payments/" + id);
        assertThat(now.status()).isEqualTo(200);
        assertThat(status(now)).isEqualTo("SUCCEEDED");
        assertThat(now.json().path("channelTradeNo").asString()).startsWith("6200");
        assertThat(simulators.order("unionpay", id).path("charges").asInt()).isEqualTo(1);
    }

    @Test
    void aChannelErrorIsUnknownAndAnOrderTheChannelNeverTookIsClosedAndFailedByTheReconciler() {
        String code = wechatCode("05");
        String key = key();
        Api.Response first = pay(code, 700, key);
        assertThat(first.status()).isEqualTo(202);
        assertThat(status(first)).isEqualTo("UNKNOWN");
        UUID id = id(first);
        reconciler.reconcileNow();
        Api.Response now = get(cashier, "/api/terminal/v1/payments/" + id);
        assertThat(status(now)).isEqualTo("FAILED");
        JsonNode order = simulators.order("wechat", id);
        assertThat(order.path("tradeState").asString()).isEqualTo("CLOSED");
        assertThat(order.path("charges").asInt()).isZero();
        Api.Response retry = pay(code, 700, key);
        assertThat(retry.status()).isEqualTo(200);
        assertThat(status(retry)).isEqualTo("FAILED");
        assertThat(retry.json().path("replayed").asBoolean()).isTrue();
    }

    @Test
    void aKeyReusedForADifferentAmountIsAConflictAndChangesNothing() {
        String code = wechatCode("00");
        String key = key();
        Api.Response first = pay(code, 1000, key);
        assertThat(status(first)).isEqualTo("SUCCEEDED");
        Api.Response other = pay(code, 2000, key);
        assertThat(other.status()).isEqualTo(409);
        assertThat(other.code()).isEqualTo("5002");
        assertThat(other.isProblem()).isTrue();
        Api.Response otherCode = pay(wechatCode("00"), 1000, key);
        assertThat(otherCode.code()).isEqualTo("5002");
        Api.Response now = get(cashier, "/api/terminal/v1/payments/" + id(first));
        assertThat(now.json().path("amountFen").asLong()).isEqualTo(1000);
        assertThat(now.json().path("updatedAt").asString())
                .isEqualTo(first.json().path("updatedAt").asString());
        assertThat(jdbc.queryForObject("select count(*) from payment where idempotency_key = ?", Long.class, key))
                .isEqualTo(1);
        assertThat(simulators.order("wechat", id(first)).path("charges").asInt())
                .isEqualTo(1);
        Api.Response same = pay(code, 1000, key);
        assertThat(same.status()).isEqualTo(200);
        assertThat(same.json().path("replayed").asBoolean()).isTrue();
    }

    @Test
    void refundsPartlyAndFullyOncePerKeyAndNeverMoreThanWasPaid() {
        UUID id = id(pay(alipayCode("00"), 1000, key()));
        Api.Response part = refund(cashier, id, 300, "r1");
        assertThat(part.status()).as(part.text()).isEqualTo(201);
        assertThat(status(part)).isEqualTo("PARTIALLY_REFUNDED");
        assertThat(part.json().path("refundedFen").asLong()).isEqualTo(300);

        Api.Response again = refund(cashier, id, 300, "r1");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().path("refundedFen").asLong()).isEqualTo(300);
        assertThat(refund(cashier, id, 400, "r1").code()).isEqualTo("5006");

        Api.Response tooMuch = refund(cashier, id, 701, "r2");
        assertThat(tooMuch.status()).isEqualTo(409);
        assertThat(tooMuch.code()).isEqualTo("5005");

        Api.Response rest = refund(cashier, id, 700, "r2");
        assertThat(status(rest)).isEqualTo("REFUNDED");
        assertThat(rest.json().path("refundedFen").asLong()).isEqualTo(1000);
        assertThat(refund(cashier, id, 1, "r3").code()).isEqualTo("5004");

        JsonNode order = simulators.order("alipay", id);
        assertThat(order.path("refundedFen").asLong()).isEqualTo(1000);
        assertThat(order.path("refunds").asInt()).isEqualTo(2);
    }

    @Test
    void aDeclinedPaymentCannotBeRefunded() {
        UUID id = id(pay(wechatCode("01"), 100, key()));
        Api.Response r = refund(cashier, id, 100, "r1");
        assertThat(r.status()).isEqualTo(409);
        assertThat(r.code()).isEqualTo("5004");
    }

    @Test
    void anotherInstitutionsTerminalNeitherSeesNorRefundsThePayment() {
        UUID id = id(pay(wechatCode("00"), 100, key()));
        Api.Response seen = get(elsewhere, "/api/terminal/v1/payments/" + id);
        assertThat(seen.status()).isEqualTo(404);
        assertThat(seen.code()).isEqualTo("5003");
        Api.Response refunded = refund(elsewhere, id, 100, "r1");
        assertThat(refunded.status()).isEqualTo(404);
        assertThat(refunded.code()).isEqualTo("5003");
        assertThat(get(cashier, "/api/terminal/v1/payments/" + id).status()).isEqualTo(200);
        assertThat(get(cashier, "/api/terminal/v1/payments/" + UUID.randomUUID())
                        .code())
                .isEqualTo("5003");
    }

    @Test
    void paymentCodesAppearNeitherInTheDatabaseNorInTheLogs(CapturedOutput output) {
        List<String> codes = List.of(wechatCode("00"), alipayCode("03"), unionpayCode("01"), wechatCode("05"));
        List<UUID> ids = new ArrayList<>();
        // the most talkative logging a deployment might switch on, including Spring MVC's request-body logging
        LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());
        List<String> loggers = List.of("io.ehc", "org.springframework.web");
        loggers.forEach(l -> logging.setLogLevel(l, LogLevel.DEBUG));
        try {
            for (String code : codes) ids.add(id(pay(code, 100, key())));
            refund(cashier, ids.get(0), 50, "r1");
            reconciler.reconcileNow();
        } finally {
            loggers.forEach(l -> logging.setLogLevel(l, null));
        }

        String rows = String.join("\n", jdbc.queryForList("select row_to_json(p)::text from payment p", String.class));
        rows += String.join("\n", jdbc.queryForList("select row_to_json(r)::text from payment_refund r", String.class));
        rows += String.join(
                "\n", jdbc.queryForList("select row_to_json(e)::text from event_publication e", String.class));
        for (String code : codes) {
            assertThat(rows).doesNotContain(code);
            assertThat(output.getAll()).doesNotContain(code);
            assertThat(output.getAll()).doesNotContain(code.substring(0, 12));
        }
        assertThat(output.getAll()).contains("****" + codes.get(0).substring(14)); // the logs do mention payments
        assertThat(jdbc.queryForObject(
                        "select count(*) from payment where payment_id = ? and length(code_digest) = 32",
                        Long.class,
                        ids.get(0)))
                .isEqualTo(1);
    }

    @Test
    void countsChargeOutcomes() {
        pay(wechatCode("00"), 100, key());
        String metrics = api.anonymous("GET", "/actuator/prometheus", null).text();
        assertThat(metrics).contains("ehc_payment_charges_total{channel=\"WECHAT\",outcome=\"SUCCEEDED\"");
    }

    private static <T> List<T> all(int n, Callable<T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) futures.add(pool.submit(call));
            List<T> out = new ArrayList<>();
            for (Future<T> f : futures) out.add(f.get());
            return out;
        } finally {
            pool.shutdownNow();
        }
    }
}
