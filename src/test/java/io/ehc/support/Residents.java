package io.ehc.support;

import io.ehc.identity.GbIdChecksum;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/** Registration requests of residents of the test region, each with a fresh valid ID number. */
public final class Residents {
    private static final AtomicInteger SEQUENCE =
            new AtomicInteger(ThreadLocalRandom.current().nextInt(400));
    private static final String[] NAMES = {"张伟", "王芳", "李娜", "刘洋", "陈静", "欧阳娜娜", "阿卜杜拉·买买提"};

    private Residents() {}

    public static Map<String, Object> aResidentOfChangsha() {
        return aResident("430102", ThreadLocalRandom.current().nextBoolean());
    }

    public static Map<String, Object> aResident(String county, boolean male) {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        LocalDate birth = LocalDate.of(1950 + r.nextInt(50), 1 + r.nextInt(12), 1 + r.nextInt(28));
        int seq = (SEQUENCE.incrementAndGet() % 499) * 2 + (male ? 1 : 0);
        String id = idNumber(county, birth, seq);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", NAMES[r.nextInt(NAMES.length)]);
        m.put("sex", male ? "1" : "2");
        m.put("nationality", "01");
        m.put("birthDate", birth.toString());
        m.put("documentType", "01");
        m.put("documentNumber", id);
        m.put("phone", "139" + String.format("%08d", r.nextInt(100_000_000)));
        m.put("address", "湖南省长沙市芙蓉区五一大道" + r.nextInt(1, 999) + "号");
        m.put("homeRegion", county);
        return m;
    }

    public static String idNumber(String county, LocalDate birth, int sequence) {
        String first17 = county
                + String.format(
                        "%04d%02d%02d%03d",
                        birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth(), sequence % 1000);
        return first17 + GbIdChecksum.checkCharacter(first17);
    }

    public static Map<String, Object> with(Map<String, Object> m, String key, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(m);
        copy.put(key, value);
        return copy;
    }
}
