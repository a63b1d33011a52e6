package io.ehc.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.ehc.identity.application.ImportResidents;
import io.ehc.identity.domain.GbIdNumber;
import io.ehc.support.PlatformIT;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class ImportResidentsIT extends PlatformIT {
    private static final int VALID = 2_000;
    private static final String BY = "it:import-residents";

    @Autowired
    ImportResidents importResidents;

    @Autowired
    ResidentLookup lookup;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path dir;

    @Test
    void importsValidRowsOnceAndReportsRejectedRowsByLineAndFieldOnly() throws IOException {
        Path csv = dir.resolve("residents.csv");
        List<String> lines = new ArrayList<>();
        lines.add(ImportResidents.HEADER);
        for (int i = 0; i < VALID; i++) lines.add(row(i)); // lines 2..2001
        lines.add(row(0)); // 2002: repeats line 2
        String first17 = idNumber(VALID + 1).substring(0, 17);
        char wrong = GbIdNumber.checkCharacter(first17) == '0' ? '1' : '0';
        lines.add(row(VALID + 1).replace(idNumber(VALID + 1), first17 + wrong)); // 2003: check character
        int withX = firstIndexWithCheckX(VALID + 2);
        lines.add(row(withX).replace(idNumber(withX), idNumber(withX).replace('X', 'x'))); // 2004: lower-case x
        lines.add(row(VALID + 3).replace(birthDate(VALID + 3).toString(), "1990-02-30")); // 2005: impossible date
        lines.add(row(VALID + 4).replaceFirst(",430102$", ",439999")); // 2006: unknown region
        lines.add(row(VALID + 5).replace(phone(VALID + 5), "1234567")); // 2007: bad phone
        Files.write(csv, lines, StandardCharsets.UTF_8);

        ImportResidents.Summary first = importResidents.importFile(csv, BY);

        assertThat(first.rowsRead()).isEqualTo(VALID + 6);
        assertThat(first.accepted()).isEqualTo(VALID + 1);
        assertThat(first.added()).isEqualTo(VALID);
        assertThat(first.alreadyRegistered()).isEqualTo(1);
        assertThat(first.rejected()).isEqualTo(5);
        assertThat(jdbc.queryForObject("select count(*) from resident where registered_by = ?", Long.class, BY))
                .isEqualTo(VALID);

        List<String> rejects = Files.readAllLines(csv.resolveSibling("residents.csv.rejects.csv"));
        assertThat(rejects).hasSize(6);
        assertThat(rejects.get(0)).isEqualTo("line,field,rule");
        assertThat(rejects.subList(1, 6))
                .extracting(l -> l.substring(0, l.indexOf(',', l.indexOf(',') + 1)))
                .containsExactly(
                        "2003,document_number",
                        "2004,document_number",
                        "2005,birth_date",
                        "2006,home_region",
                        "2007,phone");
        assertThat(rejects.get(2)).contains("upper case");
        String everything = String.join("\n", rejects);
        assertThat(everything).doesNotContain(first17).doesNotContain("1234567").doesNotContain(name(VALID + 1));

        MasterIndex found = lookup.findByDocument("01", idNumber(17)).orElseThrow();
        ResidentSummary summary = lookup.summary(found).orElseThrow();
        assertThat(summary.name()).isEqualTo(name(17));
        assertThat(summary.birthDate()).isEqualTo(birthDate(17));
        assertThat(summary.homeRegion()).isEqualTo("430102");
        assertThat(lookup.findByPhone(phone(17))).contains(found);

        ImportResidents.Summary again = importResidents.importFile(csv, BY);

        assertThat(again.added()).isZero();
        assertThat(again.alreadyRegistered()).isEqualTo(VALID + 1);
        assertThat(again.rejected()).isEqualTo(5);
        assertThat(jdbc.queryForObject("select count(*) from resident where registered_by = ?", Long.class, BY))
                .isEqualTo(VALID);
    }

    @Test
    void refusesAFileWithoutTheResidentsHeader() throws IOException {
        Path csv = dir.resolve("other.csv");
        Files.writeString(csv, "a,b,c\n1,2,3\n");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> importResidents.importFile(csv, BY))
                .isInstanceOf(ImportResidents.UnreadableFile.class);
    }

    private static String row(int i) {
        return String.join(
                ",",
                name(i),
                sequence(i) % 2 == 1 ? "1" : "2",
                "01",
                birthDate(i).toString(),
                "01",
                idNumber(i),
                phone(i),
                "湖南省长沙市芙蓉区五一大道" + (i + 1) + "号",
                "430102");
    }

    private static LocalDate birthDate(int i) {
        return LocalDate.of(1950, 1, 1).plusDays(i * 7L);
    }

    private static int sequence(int i) {
        return 100 + i % 800;
    }

    private static String idNumber(int i) {
        String first17 = "430102" + birthDate(i).toString().replace("-", "") + sequence(i);
        return first17 + GbIdNumber.checkCharacter(first17);
    }

    private static String phone(int i) {
        return "139" + String.format("%08d", 40_000_000 + i);
    }

    private static String name(int i) {
        String given = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰";
        return "李" + given.charAt(i % given.length()) + given.charAt(i / given.length() % given.length());
    }

    private static int firstIndexWithCheckX(int from) {
        int i = from;
        while (!idNumber(i).endsWith("X")) i++;
        return i;
    }
}
