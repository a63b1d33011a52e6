package io.ehc.demo;

import io.ehc.card.CardLookup;
import io.ehc.card.application.ApplyForCard;
import io.ehc.identity.MasterIndex;
import io.ehc.identity.application.ManageFamily;
import io.ehc.identity.application.RegisterResident;
import io.ehc.institution.application.ManageInstitutions;
import io.ehc.scan.application.ManageLegacyCards;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads the demo region once: Hunan (430000) with 长沙, 株洲 and 湘潭, seven institutions of grades 3, 2 and 1 (and a
 * pharmacy) with departments and terminals, and 60 residents with cards, some with spouses, children and newborns.
 * The demo counter terminal's credentials are kept in {@code data/demo/terminal.properties}.
 */
@Component
@ConditionalOnProperty(name = "ehc.demo.enabled", havingValue = "true")
class DemoRegion {
    private static final Logger log = LoggerFactory.getLogger(DemoRegion.class);
    static final String ACTOR = "demo-loader";

    record Inst(String code, String name, int grade, String type, String region) {}

    static final List<Inst> INSTITUTIONS = List.of(
            new Inst("43010000001", "中南大学湘雅医院", 3, "HOSPITAL", "430105"),
            new Inst("43010000002", "湖南省人民医院", 3, "HOSPITAL", "430102"),
            new Inst("43020000001", "株洲市中心医院", 3, "HOSPITAL", "430202"),
            new Inst("43020000002", "株洲市第二医院", 2, "HOSPITAL", "430203"),
            new Inst("43030000001", "湘潭市第一人民医院", 2, "HOSPITAL", "430302"),
            new Inst("43030000002", "湘潭市雨湖区社区卫生服务中心", 1, "CLINIC", "430302"),
            new Inst("43010000003", "长沙市天心区坡子街社区卫生服务中心", 1, "CLINIC", "430103"),
            new Inst("43010000004", "老百姓大药房(五一店)", 0, "PHARMACY", "430102"));

    static final String[][] DEPARTMENTS = {{"0101", "门诊挂号收费"}, {"0201", "内科"}, {"0301", "检验科"}, {"0401", "药房"}};
    static final String[] COUNTIES = {
        "430102", "430103", "430105", "430111", "430202", "430203", "430211", "430302", "430304"
    };
    static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴", "徐", "孙", "朱", "胡", "欧阳"};
    static final String[] GIVEN = {
        "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "洋", "艳", "勇", "军", "杰", "娟", "涛", "明", "超", "秀英", "华", "慧"
    };

    private final ManageInstitutions institutions;
    private final RegisterResident registration;
    private final ManageFamily family;
    private final ApplyForCard cards;
    private final ManageLegacyCards legacyCards;
    private final CardLookup cardLookup;
    private final Path credentialsFile;
    private final java.util.Map<MasterIndex, String[]> documents = new java.util.HashMap<>();

    DemoRegion(
            ManageInstitutions institutions,
            RegisterResident registration,
            ManageFamily family,
            ApplyForCard cards,
            ManageLegacyCards legacyCards,
            CardLookup cardLookup,
            @Value("${ehc.demo.credentials-file:data/demo/terminal.properties}") Path credentialsFile) {
        this.institutions = institutions;
        this.registration = registration;
        this.family = family;
        this.cards = cards;
        this.legacyCards = legacyCards;
        this.cardLookup = cardLookup;
        this.credentialsFile = credentialsFile;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(1)
    void loadOnce() throws IOException {
        if (institutions.find(INSTITUTIONS.get(0).code()).isPresent()) return;
        log.info("loading the demo region (first start)");
        Properties credentials = new Properties();
        for (Inst i : INSTITUTIONS) {
            institutions.addInstitution(i.code(), i.name(), i.grade(), i.type(), i.region());
            for (String[] d : DEPARTMENTS) institutions.addDepartment(i.code(), d[0], d[1]);
            ManageInstitutions.NewTerminal counter = institutions.addTerminal(i.code(), "0101", "0100", "挂号收费窗口1");
            institutions.addTerminal(i.code(), "0101", "0200", "自助机1");
            institutions.addTerminal(i.code(), "0201", "0300", "内科医生工作站");
            if (i == INSTITUTIONS.get(0)) {
                credentials.setProperty("keyId", counter.terminal().keyId());
                credentials.setProperty("secret", counter.secret());
                credentials.setProperty("terminalId", i.code() + "0101");
            }
        }
        ManageInstitutions.NewTerminal app =
                institutions.addTerminal(INSTITUTIONS.get(1).code(), "0101", "0402", "健康湖南小程序");
        credentials.setProperty("miniProgramKeyId", app.terminal().keyId());
        credentials.setProperty("miniProgramSecret", app.secret());
        String[] sample = loadResidents(new Random(20261125L));
        // The first hospital's own patient cards (就诊卡) are "ZY" + 8 digits; the first resident holds ZY00000001.
        String hospital = INSTITUTIONS.get(0).code();
        legacyCards.setScheme(hospital, "ZY[0-9]{8}", "院内就诊卡", ACTOR);
        legacyCards.bind(hospital, "ZY00000001", sample[1], ACTOR);
        credentials.setProperty("sampleResidentIdNumber", sample[0]);
        credentials.setProperty("sampleEhcId", sample[1]);
        credentials.setProperty("sampleLegacyCard", "ZY00000001");
        // The first resident signs in to the resident pages (/h5/) with this number and a code from /h5/sms-outbox.
        credentials.setProperty("sampleResidentPhone", sample[2]);
        Files.createDirectories(credentialsFile.toAbsolutePath().getParent());
        try (var out = Files.newBufferedWriter(credentialsFile)) {
            credentials.store(
                    out,
                    "EHC Platform demo terminals and a sample resident (synthetic data, generated at first start)");
        }
    }

    /** Registers the demo residents; answers the first adult's ID number and EHC ID (a sample for the README). */
    private String[] loadResidents(Random rnd) {
        List<MasterIndex> adults = new ArrayList<>();
        String[] sample = null;
        for (int n = 0; n < 60; n++) {
            String county = COUNTIES[n % COUNTIES.length];
            LocalDate birth = LocalDate.of(1950 + rnd.nextInt(55), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28));
            boolean male = rnd.nextBoolean();
            String id = idNumber(county, birth, 100 + n * 2 + (male ? 1 : 0));
            String name = SURNAMES[rnd.nextInt(SURNAMES.length)]
                    + GIVEN[rnd.nextInt(GIVEN.length)]
                    + (rnd.nextBoolean() ? GIVEN[rnd.nextInt(GIVEN.length)] : "");
            String phone = "13" + (7 + n % 3) + String.format("%08d", rnd.nextInt(100_000_000));
            io.ehc.identity.RegistrationForm form = new io.ehc.identity.RegistrationForm(
                    name,
                    male ? "1" : "2",
                    n % 7 == 0 ? "02" : "01",
                    birth,
                    "01",
                    id,
                    phone,
                    "湖南省" + county + "示范路" + (n + 1) + "号",
                    county);
            MasterIndex mi = registration.register(form, ACTOR).masterIndex();
            documents.put(mi, new String[] {id, name});
            cards.apply(
                    mi,
                    n % 3 == 0 ? "0100" : "0402",
                    n % 3 == 0 ? INSTITUTIONS.get(n % 5).code() : null,
                    ACTOR);
            if (sample == null)
                sample = new String[] {
                    id,
                    cardLookup
                            .findByMasterIndex(mi.value())
                            .orElseThrow()
                            .ehcId()
                            .value(),
                    phone
                };
            adults.add(mi);
        }
        // Spouses and children bound to the first residents; newborns by birth certificate.
        for (int n = 0; n < 10; n++) {
            MasterIndex owner = adults.get(n);
            MasterIndex spouse = adults.get(59 - n);
            family.bind(owner, "01", documents.get(spouse)[0], documents.get(spouse)[1], "1", ACTOR);
        }
        for (int n = 0; n < 6; n++) {
            MasterIndex parent = adults.get(n);
            boolean girl = n % 2 == 0;
            var child = family.registerNewborn(
                    parent,
                    "小" + GIVEN[n] + (girl ? "妹" : "宝"),
                    girl ? "2" : "1",
                    LocalDate.of(2026, 1 + n, 10 + n),
                    "N" + String.format("%09d", 430100000 + n),
                    null,
                    null,
                    ACTOR);
            cards.apply(child.masterIndex(), "0402", null, ACTOR);
        }
        log.info(
                "demo region loaded: {} institutions, {} residents, 10 couples, 6 newborns",
                INSTITUTIONS.size(),
                adults.size() + 6);
        return java.util.Objects.requireNonNull(sample);
    }

    /** A valid GB 11643 number for a county, birth date and sequence (odd male, even female). */
    static String idNumber(String county, LocalDate birth, int sequence) {
        String first17 = county
                + String.format("%04d%02d%02d", birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth())
                + String.format("%03d", sequence % 1000);
        return first17 + io.ehc.identity.GbIdChecksum.checkCharacter(first17);
    }
}
