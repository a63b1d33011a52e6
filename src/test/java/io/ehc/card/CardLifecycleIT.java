package io.ehc.card;

import static io.ehc.support.Residents.aResidentOfChangsha;
import static org.assertj.core.api.Assertions.assertThat;

import io.ehc.support.Api;
import io.ehc.support.PlatformIT;
import io.ehc.support.Region;
import io.ehc.support.Residents;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

class CardLifecycleIT extends PlatformIT {
    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    Map<String, Object> registered(Map<String, Object> form) {
        Api.Response r = api.admin("POST", "/api/v1/residents", form);
        assertThat(r.status()).as(r.text()).isIn(200, 201);
        return Map.of("mi", r.json().path("masterIndex").asString(), "form", form);
    }

    JsonNode apply(String mi, String channel) {
        Api.Response r = api.admin("POST", "/api/v1/cards", Map.of("masterIndex", mi, "channel", channel));
        assertThat(r.status()).as(r.text()).isIn(200, 201);
        return r.json();
    }

    @Test
    void reApplyingReturnsTheExistingCardAndApplyingAfterCancellationRestoresIt() {
        String mi = (String) registered(aResidentOfChangsha()).get("mi");
        JsonNode first = apply(mi, "0402");
        JsonNode again = apply(mi, "0402");
        assertThat(again.path("ehcId").asString()).isEqualTo(first.path("ehcId").asString());
        assertThat(again.path("alreadyIssued").asBoolean()).isTrue();
        String ehcId = first.path("ehcId").asString();
        api.admin("POST", "/api/v1/cards/" + ehcId + "/cancel", Map.of("reason", "resident request"));
        JsonNode restored = apply(mi, "0402");
        assertThat(restored.path("ehcId").asString()).isEqualTo(ehcId);
        assertThat(restored.path("status").asString()).isEqualTo("ACTIVE");
        assertThat(restored.path("generation").asInt()).isEqualTo(1);
        List<String> types = api.admin("GET", "/api/v1/cards/" + ehcId + "/history", null)
                .json()
                .valueStream()
                .map(e -> e.path("type").asString())
                .toList();
        assertThat(types).containsExactly("ISSUED", "CANCELLED", "RESTORED");
        JsonNode cancel = api.admin("GET", "/api/v1/cards/" + ehcId + "/history", null)
                .json()
                .get(1);
        assertThat(cancel.path("actor").asString()).isEqualTo("admin");
        assertThat(cancel.path("reason").asString()).isEqualTo("resident request");
        assertThat(cancel.path("at").asString()).isNotBlank();
    }

    @Test
    void counterIssuanceOfAPassportWaitsForReview() {
        Map<String, Object> form = Residents.with(
                Residents.with(aResidentOfChangsha(), "documentType", "03"),
                "documentNumber",
                "E" + (10_000_000 + new java.util.Random().nextInt(89_999_999)));
        String mi = (String) registered(form).get("mi");
        JsonNode card = apply(mi, "0100");
        assertThat(card.path("status").asString()).isEqualTo("PENDING_REVIEW");
        String ehcId = card.path("ehcId").asString();
        Api.TerminalClient terminal = Region.aHospitalWithCounter(api, "430102", 2, "0100");
        Api.Response byTerminal = terminal.post("/api/v1/cards/" + ehcId + "/approve", Map.of());
        assertThat(byTerminal.status()).as("only administrators review").isEqualTo(403);
        Api.Response approved =
                api.admin("POST", "/api/v1/cards/" + ehcId + "/approve", Map.of("reason", "passport checked"));
        assertThat(approved.json().path("status").asString()).isEqualTo("ACTIVE");
        Api.Response twice = api.admin("POST", "/api/v1/cards/" + ehcId + "/approve", Map.of());
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.code()).isEqualTo("2006");
    }

    @Test
    void bindsFamilyMembersOnlyWhileTheOwnersCardIsActive() {
        String owner = (String) registered(aResidentOfChangsha()).get("mi");
        Map<String, Object> spouse = aResidentOfChangsha();
        registered(spouse);
        Map<String, Object> bind = Map.of(
                "documentType",
                "01",
                "documentNumber",
                spouse.get("documentNumber"),
                "name",
                spouse.get("name"),
                "relation",
                "1");
        Api.Response noCard = api.admin("POST", "/api/v1/residents/" + owner + "/family", bind);
        assertThat(noCard.status()).isEqualTo(422);
        assertThat(noCard.code()).isEqualTo("7003");
        String ehcId = apply(owner, "0402").path("ehcId").asString();
        assertThat(api.admin("POST", "/api/v1/residents/" + owner + "/family", bind)
                        .status())
                .isEqualTo(201);
        assertThat(api.admin("POST", "/api/v1/residents/" + owner + "/family", bind)
                        .status())
                .as("already bound")
                .isEqualTo(409);
        Api.Response wrongName = api.admin(
                "POST",
                "/api/v1/residents/" + owner + "/family",
                Map.of(
                        "documentType",
                        "01",
                        "documentNumber",
                        spouse.get("documentNumber"),
                        "name",
                        "别人",
                        "relation",
                        "1"));
        assertThat(wrongName.code()).isEqualTo("3003");
        Api.Response self = api.admin(
                "POST",
                "/api/v1/residents/" + owner + "/family",
                Map.of("documentType", "01", "documentNumber", "11010519491231002X", "name", "张三", "relation", "0"));
        assertThat(self.status()).isEqualTo(400);
        JsonNode members =
                api.admin("GET", "/api/v1/residents/" + owner + "/family", null).json();
        assertThat(members.size()).isEqualTo(1);
        String spouseIndex = members.get(0).path("masterIndex").asString();
        api.admin("POST", "/api/v1/cards/" + ehcId + "/freeze", Map.of("reason", "check"));
        Api.Response frozen = api.admin("DELETE", "/api/v1/residents/" + owner + "/family/" + spouseIndex, null);
        assertThat(frozen.code()).isEqualTo("7003");
        api.admin("POST", "/api/v1/cards/" + ehcId + "/unfreeze", Map.of());
        assertThat(api.admin("DELETE", "/api/v1/residents/" + owner + "/family/" + spouseIndex, null)
                        .status())
                .isEqualTo(204);
        assertThat(api.admin("GET", "/api/v1/residents/" + owner + "/family", null)
                        .json()
                        .size())
                .isZero();
    }

    @Test
    void registersANewbornWithABirthCertificateBoundToTheParent() {
        String parent = (String) registered(aResidentOfChangsha()).get("mi");
        apply(parent, "0402");
        String certificate = "N" + (100_000_000 + new java.util.Random().nextInt(899_999_999));
        Map<String, Object> baby = Map.of(
                "name",
                "小明",
                "sex",
                "1",
                "birthDate",
                java.time.LocalDate.now().minusDays(20).toString(),
                "birthCertificateNumber",
                certificate);
        Api.Response r = api.admin("POST", "/api/v1/residents/" + parent + "/newborns", baby);
        assertThat(r.status()).as(r.text()).isEqualTo(201);
        assertThat(r.json().path("documentType").asString()).isEqualTo("08");
        JsonNode members = api.admin("GET", "/api/v1/residents/" + parent + "/family", null)
                .json();
        assertThat(members.get(0).path("relation").asString()).isEqualTo("2");
        assertThat(apply(r.json().path("masterIndex").asString(), "0402")
                        .path("status")
                        .asString())
                .isEqualTo("ACTIVE");
        Api.Response badCert = api.admin(
                "POST",
                "/api/v1/residents/" + parent + "/newborns",
                Map.of("name", "小红", "sex", "2", "birthDate", "2026-01-01", "birthCertificateNumber", "12"));
        assertThat(badCert.status()).isEqualTo(400);
    }

    @Test
    void mergesATemporaryCardWithItsUseHistoryIntoTheFormalCard() {
        Api.TerminalClient counter = Region.aHospitalWithCounter(api, "430103", 1, "0100");
        Api.Response temp = api.admin(
                "POST",
                "/api/v1/cards/temporary",
                Map.of(
                        "name",
                        "无名氏",
                        "sex",
                        "1",
                        "birthDate",
                        "1970-01-01",
                        "homeRegion",
                        "430103",
                        "channel",
                        "0100"));
        assertThat(temp.status()).as(temp.text()).isEqualTo(201);
        assertThat(temp.json().path("kind").asString()).isEqualTo("TEMPORARY");
        String tempId = temp.json().path("ehcId").asString();
        String tempCode = api.admin("GET", "/api/v1/cards/" + tempId + "/codes/static", null)
                .json()
                .path("text")
                .asString();
        assertThat(tempCode).startsWith(tempId + ":9:");
        assertThat(counter.post("/api/terminal/v1/verify", Map.of("code", tempCode, "careStep", "010102"))
                        .status())
                .isEqualTo(200);
        String mi = (String) registered(aResidentOfChangsha()).get("mi");
        String formal = apply(mi, "0100").path("ehcId").asString();
        Api.Response merged = api.admin("POST", "/api/v1/cards/" + tempId + "/merge", Map.of("formalEhcId", formal));
        assertThat(merged.status()).as(merged.text()).isEqualTo(200);
        assertThat(api.admin("GET", "/api/v1/cards/" + tempId, null)
                        .json()
                        .path("status")
                        .asString())
                .isEqualTo("MERGED");
        JsonNode history =
                api.admin("GET", "/api/v1/residents/" + mi + "/card-uses", null).json();
        assertThat(history.size()).isEqualTo(1);
        assertThat(history.get(0).path("ehcId").asString()).isEqualTo(tempId);
        Api.Response after = counter.post("/api/terminal/v1/verify", Map.of("code", tempCode, "careStep", "010102"));
        assertThat(after.code()).isEqualTo("2005");
        List<String> types = api.admin("GET", "/api/v1/cards/" + formal + "/history", null)
                .json()
                .valueStream()
                .map(e -> e.path("type").asString())
                .toList();
        assertThat(types).containsExactly("ISSUED", "MERGED_FROM");
    }

    @Test
    void refusesUnknownCardsAndBadIdentifiers() {
        Api.Response unknown = api.admin("GET", "/api/v1/cards/" + "A".repeat(64), null);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.code()).isEqualTo("2008");
        Api.Response bad = api.admin("GET", "/api/v1/cards/not-an-id", null);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.isProblem()).isTrue();
        Api.Response badChannel =
                api.admin("POST", "/api/v1/cards", Map.of("masterIndex", "A".repeat(64), "channel", "0999"));
        assertThat(badChannel.status()).isEqualTo(400);
    }
}
