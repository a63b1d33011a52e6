package io.ehc.demo;

import io.ehc.card.CardStatus;
import io.ehc.card.application.IssueCardsInBulk;
import io.ehc.healthcode.CodeDisplayStatistics;
import io.ehc.identity.GbIdChecksum;
import io.ehc.identity.MasterIndex;
import io.ehc.identity.RegistrationForm;
import io.ehc.identity.application.ImportResidents;
import io.ehc.institution.application.ManageInstitutions;
import io.ehc.usage.CardUseLoader;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Fills the database with a synthetic region for demonstrations and benchmarks: Hunan's three demo cities (长沙,
 * 株洲, 湘潭) with their 17 counties; about 15 institutions per county (grade 3 and 2 hospitals in the districts,
 * clinics, pharmacies), some of which never adopt the card; residents with synthetic names, valid ID numbers and
 * phone numbers, each with a card issued over the last three years (a few later lost, frozen or cancelled); card uses
 * over the last days with daily and weekly rhythms (weekday mornings busy, nights and weekends quiet, slow growth),
 * 90 % in the card's home city; and code displays per use. Nothing is a real person or institution.
 *
 * <p>Everything goes through the modules' bulk paths (the same validation, derivation and rollup code as single
 * requests, COPY and one transaction per batch), never through HTTP, so the rollups are consistent by construction.
 */
@Component
class RegionGenerator {
    static final String ACTOR = "generator";
    private static final int BATCH = 20_000;
    private static final int USE_BATCH = 50_000;

    /** County, its city, a population weight, and whether it is an urban district (where big hospitals are). */
    record County(String code, String city, String cityName, String name, double weight, boolean urban) {}

    static final List<County> COUNTIES = List.of(
            new County("430102", "430100", "长沙市", "芙蓉区", 5.6, true),
            new County("430103", "430100", "长沙市", "天心区", 6.5, true),
            new County("430104", "430100", "长沙市", "岳麓区", 15.3, true),
            new County("430105", "430100", "长沙市", "开福区", 8.1, true),
            new County("430111", "430100", "长沙市", "雨花区", 12.5, true),
            new County("430112", "430100", "长沙市", "望城区", 8.8, false),
            new County("430121", "430100", "长沙市", "长沙县", 13.8, false),
            new County("430181", "430100", "长沙市", "浏阳市", 14.3, false),
            new County("430202", "430200", "株洲市", "荷塘区", 3.6, true),
            new County("430203", "430200", "株洲市", "芦淞区", 3.2, true),
            new County("430204", "430200", "株洲市", "石峰区", 2.9, true),
            new County("430211", "430200", "株洲市", "天元区", 5.2, true),
            new County("430281", "430200", "株洲市", "醴陵市", 9.2, false),
            new County("430302", "430300", "湘潭市", "雨湖区", 5.3, true),
            new County("430304", "430300", "湘潭市", "岳塘区", 4.9, true),
            new County("430321", "430300", "湘潭市", "湘潭县", 8.2, false),
            new County("430382", "430300", "湘潭市", "韶山市", 1.0, false));

    /** Services a city offers, as the activities recorded there (the statistics mapping reads them back). */
    static final Map<String, Set<String>> SERVICES = Map.of(
            "430100", Set.of("appointment", "triage", "online-payment", "point-of-care", "exam-appointment", "queue"),
            "430200", Set.of("appointment", "online-payment", "exam-appointment"),
            "430300", Set.of("appointment", "online-payment"));

    /** An institution as the generator knows it: code, county, grade, type and whether it records card uses. */
    record Inst(String code, County county, int grade, String type, boolean adopting) {}

    /** A recordable activity: care step, scene (or null), channel, the service it belongs to (or null), weight. */
    record Activity(
            String step,
            @Nullable String scene,
            String channel,
            @Nullable String service,
            double weight) {}

    static final List<Activity> HOSPITAL = List.of(
            new Activity("010101", "0101012", "0100", null, 10),
            new Activity("010101", "0101012", "0200", null, 8),
            new Activity("010101", "0101011", "0402", "appointment", 8),
            new Activity("010101", "0101011", "0401", "appointment", 4),
            new Activity("010101", "0101013", "0402", null, 2),
            new Activity("010101", "0101014", "0402", "triage", 3),
            new Activity("010102", null, "0300", "queue", 15),
            new Activity("010103", null, "0100", null, 6),
            new Activity("010103", null, "0200", null, 4),
            new Activity("010104", null, "0100", null, 6),
            new Activity("010104", null, "0402", "exam-appointment", 3),
            new Activity("010104", null, "0200", "exam-appointment", 2),
            new Activity("010104", "0101081", "0200", null, 3),
            new Activity("010104", "0101082", "0402", null, 3),
            new Activity("010105", "0101052", "0100", null, 8),
            new Activity("010105", "0101052", "0200", null, 5),
            new Activity("010105", "0101051", "0402", "online-payment", 6),
            new Activity("010105", "0101051", "0401", "online-payment", 2),
            new Activity("010105", null, "0300", "point-of-care", 5),
            new Activity("010105", "0101053", "0100", null, 1),
            new Activity("010106", null, "0300", null, 5),
            new Activity("010107", null, "0100", null, 0.3),
            new Activity("010109", null, "0100", null, 1.5),
            new Activity("000000", null, "0100", null, 1));
    static final List<Activity> CLINIC = List.of(
            new Activity("010101", "0101012", "0100", null, 10),
            new Activity("010102", null, "0300", null, 8),
            new Activity("010103", null, "0100", null, 6),
            new Activity("010105", "0101052", "0100", null, 6),
            new Activity("010106", null, "0300", null, 4));
    static final List<Activity> PHARMACY =
            List.of(new Activity("010103", null, "0100", null, 8), new Activity("010105", "0101052", "0100", null, 4));

    /** Share of the day's uses in each local hour: busy mornings, a lunch dip, a second peak, quiet nights. */
    static final double[] HOURS = {
        0.2, 0.1, 0.1, 0.1, 0.1, 0.3, 0.8, 2.5, 6.0, 7.5, 7.0, 5.5, 2.5, 2.0, 4.5, 5.0, 4.5, 3.0, 1.5, 1.2, 1.0, 0.8,
        0.5, 0.3
    };

    static final double HOURS_TOTAL = java.util.Arrays.stream(HOURS).sum();

    static final String[] SURNAMES =
            "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
                    .split("");
    static final String[] GIVEN =
            "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华玉萍红文辉力永健世广志义兴良海山仁波宁贵福生龙元全国胜学祥才发武新利清飞彬富顺信子昌成康星光天达安岩中茂进林有坚和博诚先敬震振壮会思群豪心邦承乐绍功松善厚庆民友裕河哲江浩亮政谦奇固之翰朗伯宏言若鸣朋斌梁栋维启克伦翔旭鹏泽晨辰士以建家致树炎德行时泰盛雄琛钧冠策腾楠榕风航弘"
                    .split("");
    static final String[] ROADS = {"人民路", "解放路", "建设路", "中山路", "新华路", "长江路", "湘江路", "韶山路", "书院路", "枫林路"};

    /** Counters of a running generation, safe to read from another thread (the progress display). */
    static final class Progress {
        final long started = System.nanoTime();
        volatile String phase = "institutions";
        final AtomicLong institutions = new AtomicLong();
        final AtomicLong residents = new AtomicLong();
        final AtomicLong cards = new AtomicLong();
        final AtomicLong uses = new AtomicLong();
        final AtomicLong displays = new AtomicLong();
        volatile long targetResidents;
        volatile long targetUses;

        Duration elapsed() {
            return Duration.ofNanos(System.nanoTime() - started);
        }
    }

    /** What a generation added. */
    record Summary(
            long institutions,
            long residents,
            long cards,
            long uses,
            long displays,
            Duration elapsed,
            Duration residentsTime,
            Duration usesTime) {}

    private final ManageInstitutions institutions;
    private final ImportResidents residents;
    private final IssueCardsInBulk cards;
    private final CardUseLoader uses;
    private final CodeDisplayStatistics displays;
    private final Clock clock;
    private final ZoneId zone;

    RegionGenerator(
            ManageInstitutions institutions,
            ImportResidents residents,
            IssueCardsInBulk cards,
            CardUseLoader uses,
            CodeDisplayStatistics displays,
            Clock clock,
            io.ehc.shared.Node node) {
        this.institutions = institutions;
        this.residents = residents;
        this.cards = cards;
        this.uses = uses;
        this.displays = displays;
        this.clock = clock;
        this.zone = node.zone();
    }

    /** Issued cards kept for drawing uses: EHC ID, home county, issue time and, for changed cards, until when usable. */
    private record Holders(List<String> ehcIds, List<String> homes, long[] issuedAt, long[] usableUntil) {}

    Summary generate(GeneratorSettings s, Progress p) {
        SplittableRandom rnd = new SplittableRandom(s.seed());
        Instant now = clock.instant();
        p.targetResidents = s.residents();
        p.targetUses = s.uses();
        List<Inst> insts = institutions(rnd, p);
        long t0 = System.nanoTime();
        p.phase = "residents and cards";
        Holders holders = residentsAndCards(s, rnd, now, insts, p);
        Duration residentsTime = Duration.ofNanos(System.nanoTime() - t0);
        long t1 = System.nanoTime();
        p.phase = "card uses and code displays";
        if (!holders.ehcIds().isEmpty()) uses(s, rnd, now, insts, holders, p);
        Duration usesTime = Duration.ofNanos(System.nanoTime() - t1);
        p.phase = "done";
        return new Summary(
                p.institutions.get(),
                p.residents.get(),
                p.cards.get(),
                p.uses.get(),
                p.displays.get(),
                p.elapsed(),
                residentsTime,
                usesTime);
    }

    // ---- institutions -------------------------------------------------------------------------------------------

    private List<Inst> institutions(SplittableRandom rnd, Progress p) {
        List<Inst> out = new ArrayList<>();
        for (County c : COUNTIES) {
            int n = 0;
            int tertiary = c.urban() ? (c.city().equals("430100") ? 2 : 1) : 0;
            for (int i = 0; i < tertiary; i++) out.add(inst(c, ++n, 3, "HOSPITAL", rnd.nextDouble() < 0.95, p));
            for (int i = 0; i < (c.urban() ? 2 : 3); i++)
                out.add(inst(c, ++n, 2, "HOSPITAL", rnd.nextDouble() < 0.8, p));
            for (int i = 0; i < 7; i++) out.add(inst(c, ++n, 1, "CLINIC", rnd.nextDouble() < 0.6, p));
            for (int i = 0; i < 3; i++) out.add(inst(c, ++n, 0, "PHARMACY", rnd.nextDouble() < 0.4, p));
        }
        return out;
    }

    private Inst inst(County c, int n, int grade, String type, boolean adopting, Progress p) {
        String code = c.code() + "G" + String.format("%04d", n);
        if (institutions.find(code).isEmpty()) {
            String kind = switch (grade) {
                case 3 -> "模拟三级医院";
                case 2 -> "模拟二级医院";
                case 1 -> "模拟社区卫生服务中心";
                default -> "模拟药房";
            };
            institutions.addInstitution(code, c.name() + kind + n + "号", grade, type, c.code());
            institutions.addDepartment(code, "0101", "门诊");
            p.institutions.incrementAndGet();
        }
        return new Inst(code, c, grade, type, adopting);
    }

    // ---- residents and cards ------------------------------------------------------------------------------------

    private Holders residentsAndCards(
            GeneratorSettings s, SplittableRandom rnd, Instant now, List<Inst> insts, Progress p) {
        double totalWeight = COUNTIES.stream().mapToDouble(County::weight).sum();
        List<String> ehcIds = new ArrayList<>(s.residents());
        List<String> homes = new ArrayList<>(s.residents());
        long[] issued = new long[s.residents()];
        long[] until = new long[s.residents()];
        Set<String> ids = new HashSet<>(s.residents() * 2);
        LocalDate today = LocalDate.ofInstant(now, zone);
        int remaining = s.residents();
        for (int ci = 0; ci < COUNTIES.size(); ci++) {
            County c = COUNTIES.get(ci);
            int n = ci == COUNTIES.size() - 1 ? remaining : (int) Math.round(s.residents() * c.weight() / totalWeight);
            n = Math.min(n, remaining);
            remaining -= n;
            List<Inst> counters = insts.stream()
                    .filter(i -> i.county().city().equals(c.city()) && i.grade() >= 1)
                    .toList();
            for (int done = 0; done < n; done += BATCH) {
                int size = Math.min(BATCH, n - done);
                List<RegistrationForm> forms = new ArrayList<>(size);
                for (int i = 0; i < size; i++) forms.add(form(c, today, rnd, ids));
                List<MasterIndex> added = residents.registerAll(forms, ACTOR);
                p.residents.addAndGet(added.size());
                List<IssueCardsInBulk.Request> requests = new ArrayList<>(added.size());
                for (MasterIndex mi : added) requests.add(cardRequest(mi, rnd, now, counters));
                for (IssueCardsInBulk.Issued card : cards.issue(requests, ACTOR)) {
                    int k = ehcIds.size();
                    ehcIds.add(card.ehcId().value());
                    homes.add(card.homeRegion());
                    issued[k] = card.issuedAt().toEpochMilli();
                    until[k] = card.changedAt() == null
                            ? Long.MAX_VALUE
                            : card.changedAt().toEpochMilli();
                    if (card.status() == CardStatus.PENDING_REVIEW) until[k] = Long.MIN_VALUE;
                }
                p.cards.set(ehcIds.size());
            }
        }
        int k = ehcIds.size();
        return new Holders(ehcIds, homes, java.util.Arrays.copyOf(issued, k), java.util.Arrays.copyOf(until, k));
    }

    private RegistrationForm form(County c, LocalDate today, SplittableRandom rnd, Set<String> ids) {
        while (true) {
            int age = rnd.nextDouble() < 0.15 ? rnd.nextInt(0, 16) : rnd.nextInt(16, 90);
            LocalDate birth = today.minusYears(age).minusDays(rnd.nextInt(1, 365));
            boolean male = rnd.nextBoolean();
            int seq = rnd.nextInt(0, 500) * 2 + (male ? 1 : 0);
            String first17 = c.code()
                    + String.format(
                            "%04d%02d%02d%03d", birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth(), seq);
            String id = first17 + GbIdChecksum.checkCharacter(first17);
            if (!ids.add(id)) continue;
            String name = SURNAMES[rnd.nextInt(SURNAMES.length)]
                    + GIVEN[rnd.nextInt(GIVEN.length)]
                    + (rnd.nextInt(3) > 0 ? GIVEN[rnd.nextInt(GIVEN.length)] : "");
            String phone = "1" + (3 + rnd.nextInt(7)) + String.format("%09d", rnd.nextLong(1_000_000_000L));
            String address = "湖南省" + c.cityName() + c.name() + ROADS[rnd.nextInt(ROADS.length)] + (1 + rnd.nextInt(999))
                    + "号(模拟)";
            return new RegistrationForm(
                    name, male ? "1" : "2", "01", birth, age < 16 ? "02" : "01", id, phone, address, c.code());
        }
    }

    private IssueCardsInBulk.Request cardRequest(
            MasterIndex mi, SplittableRandom rnd, Instant now, List<Inst> counters) {
        double ch = rnd.nextDouble();
        String channel = ch < 0.45 ? "0402" : ch < 0.65 ? "0401" : ch < 0.9 ? "0100" : "0200";
        String institution = null;
        if (channel.equals("0100") || channel.equals("0200"))
            institution = counters.get(rnd.nextInt(counters.size())).code();
        // Three years of issuance, more of it early (the enrolment campaigns), none in the future.
        double u = Math.pow(rnd.nextDouble(), 1.4);
        Instant issuedAt = now.minus(Duration.ofMinutes((long) ((1 - u) * 3 * 365 * 24 * 60) + 1));
        CardStatus later = null;
        Instant changedAt = null;
        double x = rnd.nextDouble();
        if (x < 0.02) {
            later = x < 0.012 ? CardStatus.LOST : x < 0.015 ? CardStatus.FROZEN : CardStatus.CANCELLED;
            long span = Duration.between(issuedAt, now).toMinutes();
            changedAt = issuedAt.plus(Duration.ofMinutes(1 + (long) (rnd.nextDouble() * Math.max(1, span - 1))));
        }
        return new IssueCardsInBulk.Request(mi, channel, institution, issuedAt, later, changedAt);
    }

    // ---- card uses and code displays ----------------------------------------------------------------------------

    /** Per city: adopting institutions with cumulative weights (bigger hospitals see more patients). */
    private record Choice(List<Inst> insts, double[] cumulative) {
        Inst pick(SplittableRandom rnd) {
            double x = rnd.nextDouble() * cumulative[cumulative.length - 1];
            int i = java.util.Arrays.binarySearch(cumulative, x);
            return insts.get(i >= 0 ? i : -i - 1);
        }
    }

    private void uses(GeneratorSettings s, SplittableRandom rnd, Instant now, List<Inst> insts, Holders h, Progress p) {
        Map<String, Choice> byCity = new HashMap<>();
        Map<String, double[]> activityWeights = new HashMap<>();
        Map<String, List<Activity>> activities = new HashMap<>();
        for (String city : SERVICES.keySet()) {
            List<Inst> local = insts.stream()
                    .filter(i -> i.adopting() && i.county().city().equals(city))
                    .toList();
            double[] cum = new double[local.size()];
            double sum = 0;
            for (int i = 0; i < local.size(); i++) {
                sum += switch (local.get(i).grade()) {
                    case 3 -> 40;
                    case 2 -> 12;
                    case 1 -> 3;
                    default -> 1;
                };
                cum[i] = sum;
            }
            byCity.put(city, new Choice(local, cum));
        }
        for (Inst i : insts) {
            List<Activity> base = switch (i.type()) {
                case "PHARMACY" -> PHARMACY;
                case "CLINIC" -> CLINIC;
                default -> HOSPITAL;
            };
            Set<String> offered = SERVICES.get(i.county().city());
            List<Activity> list = base.stream()
                    .filter(a -> a.service() == null || offered.contains(a.service()))
                    .toList();
            double[] cum = new double[list.size()];
            double sum = 0;
            for (int k = 0; k < list.size(); k++) cum[k] = sum += list.get(k).weight();
            activities.put(i.code(), list);
            activityWeights.put(i.code(), cum);
        }

        LocalDate today = LocalDate.ofInstant(now, zone);
        LocalDate first = today.minusDays(s.days() - 1L);
        uses.preparePeriod(first.atStartOfDay(zone).toInstant(), now);
        double[] dayWeights = new double[s.days()];
        double totalWeight = 0;
        for (int d = 0; d < s.days(); d++) {
            LocalDate day = first.plusDays(d);
            double w =
                    day.getDayOfWeek() == DayOfWeek.SATURDAY ? 0.6 : day.getDayOfWeek() == DayOfWeek.SUNDAY ? 0.5 : 1.0;
            w *= 0.8 + 0.4 * d / Math.max(1, s.days() - 1); // adoption grows over the period
            w *= 0.9 + 0.2 * rnd.nextDouble();
            if (day.equals(today)) w *= elapsedShare(now);
            dayWeights[d] = w;
            totalWeight += w;
        }
        ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "generator-write");
            t.setDaemon(true);
            return t;
        });
        List<String> cities = new ArrayList<>(SERVICES.keySet());
        java.util.Collections.sort(cities);
        Future<?> inFlight = null;
        try {
            long planned = 0;
            double carried = 0;
            List<CardUseLoader.Use> batch = new ArrayList<>(USE_BATCH);
            for (int d = 0; d < s.days(); d++) {
                LocalDate day = first.plusDays(d);
                double exact = s.uses() * dayWeights[d] / totalWeight + carried;
                long n = d == s.days() - 1 ? s.uses() - planned : (long) Math.floor(exact);
                carried = exact - n;
                planned += n;
                Map<String, long[]> dayDisplays = new HashMap<>();
                for (long u = 0; u < n; u++) {
                    Instant at = timeOfUse(day, now, rnd);
                    int k = holder(h, at.toEpochMilli(), rnd);
                    if (k < 0) continue;
                    String home = h.homes().get(k);
                    String homeCity = home.substring(0, 4) + "00";
                    String city = rnd.nextDouble() < 0.9 || !SERVICES.containsKey(homeCity)
                            ? homeCity
                            : rnd.nextDouble() < 0.7 ? "430100" : cities.get(rnd.nextInt(cities.size()));
                    Choice choice = byCity.get(SERVICES.containsKey(city) ? city : "430100");
                    Inst inst = choice.pick(rnd);
                    List<Activity> list = activities.get(inst.code());
                    double[] cum = activityWeights.get(inst.code());
                    int ai = java.util.Arrays.binarySearch(cum, rnd.nextDouble() * cum[cum.length - 1]);
                    Activity a = list.get(ai >= 0 ? ai : -ai - 1);
                    String codeType = a.channel().startsWith("04") || rnd.nextDouble() < 0.7 ? "0" : "1";
                    batch.add(new CardUseLoader.Use(
                            at,
                            h.ehcIds().get(k),
                            inst.code(),
                            inst.grade(),
                            department(a.step()),
                            inst.county().code(),
                            home,
                            a.channel(),
                            a.step(),
                            a.scene(),
                            codeType));
                    countDisplays(dayDisplays, at, home, s.displaysPerUse(), rnd);
                    if (batch.size() == USE_BATCH) {
                        inFlight = submit(writer, inFlight, batch, p);
                        batch = new ArrayList<>(USE_BATCH);
                    }
                }
                List<CodeDisplayStatistics.Displays> shown = new ArrayList<>(dayDisplays.size() * 2);
                dayDisplays.forEach((key, counts) -> {
                    String[] parts = key.split("\\|");
                    Instant hour = Instant.parse(parts[0]);
                    if (counts[0] > 0) shown.add(new CodeDisplayStatistics.Displays(hour, parts[1], "0", counts[0]));
                    if (counts[1] > 0) shown.add(new CodeDisplayStatistics.Displays(hour, parts[1], "1", counts[1]));
                });
                if (!shown.isEmpty()) {
                    displays.load(shown);
                    p.displays.addAndGet(shown.stream()
                            .mapToLong(CodeDisplayStatistics.Displays::displays)
                            .sum());
                }
            }
            inFlight = submit(writer, inFlight, batch, p);
            await(inFlight);
        } finally {
            writer.shutdownNow();
        }
    }

    private Future<?> submit(
            ExecutorService writer, @Nullable Future<?> inFlight, List<CardUseLoader.Use> batch, Progress p) {
        await(inFlight);
        if (batch.isEmpty()) return null;
        return writer.submit(() -> p.uses.addAndGet(uses.load(batch)));
    }

    private static void await(@Nullable Future<?> f) {
        if (f == null) return;
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("generation interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new IllegalStateException("writing failed", e.getCause());
        }
    }

    private double elapsedShare(Instant now) {
        ZonedDateTime t = now.atZone(zone);
        double total = 0;
        double elapsed = 0;
        for (int h = 0; h < 24; h++) {
            total += HOURS[h];
            if (h < t.getHour()) elapsed += HOURS[h];
            else if (h == t.getHour()) elapsed += HOURS[h] * t.getMinute() / 60.0;
        }
        return elapsed / total;
    }

    private Instant timeOfUse(LocalDate day, Instant now, SplittableRandom rnd) {
        while (true) {
            double x = rnd.nextDouble() * HOURS_TOTAL;
            int hour = 0;
            double sum = HOURS[0];
            while (sum < x && hour < 23) sum += HOURS[++hour];
            Instant at = day.atStartOfDay(zone).plusHours(hour).toInstant().plusMillis(rnd.nextInt(3_600_000));
            if (!at.isAfter(now)) return at;
        }
    }

    /** A card usable at the time: issued before and not yet lost, frozen or cancelled; heavy users more often. */
    private static int holder(Holders h, long at, SplittableRandom rnd) {
        int n = h.ehcIds().size();
        for (int attempt = 0; attempt < 20; attempt++) {
            // Heavy users more often; multiplying by a prime (greater than n) modulo n spreads them over the counties.
            int k = (int) ((long) (n * Math.pow(rnd.nextDouble(), 1.5)) * 2_654_435_761L % n);
            if (h.issuedAt()[k] < at && at < h.usableUntil()[k]) return k;
        }
        return -1;
    }

    private void countDisplays(
            Map<String, long[]> counts, Instant at, String home, double perUse, SplittableRandom rnd) {
        double n = perUse * (0.5 + rnd.nextDouble());
        long dynamic = Math.round(n * 0.75);
        long statik = Math.round(n * 0.25);
        String key = io.ehc.shared.rollup.Tiers.hourOf(at, zone) + "|" + home;
        long[] c = counts.computeIfAbsent(key, k -> new long[2]);
        c[0] += dynamic;
        c[1] += statik;
    }

    private static String department(String step) {
        return switch (step) {
            case "010102", "010106" -> "0201";
            case "010104" -> "0301";
            case "010103" -> "0401";
            default -> "0101";
        };
    }
}
