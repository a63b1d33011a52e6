import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Types;
import java.util.Random;
import java.util.UUID;

/**
 * What PostgreSQL spends on the group commit's statement form (GroupCommitWriter: INSERT ... SELECT * FROM unnest(one
 * text array per column)) per statement and per row, for card_use as V6/V20 define it (monthly partitions, primary
 * key on the time-ordered use ID, index on EHC ID and time), into the partitioned table, into the month's partition
 * directly, and into a plain table with the same indexes. The arrays are built before the clock runs; the times are
 * the statement's round trip on one connection, commit included, with synchronous_commit as given (off: CPU only).
 *
 * <p>Run (a scratch database "unnest_insert" is dropped and created on the given server):
 * {@code java -cp ~/.m2/repository/org/postgresql/postgresql/42.7.14/postgresql-42.7.14.jar bench/pg/UnnestInsert.java
 * jdbc:postgresql://localhost:5432/postgres postgres off}
 */
public class UnnestInsert {
    private static final String COLUMNS = "use_id, used_at, recorded_at, ehc_id, terminal_id, institution_code,"
            + " department_code, use_region, use_city, home_region, cross_region, channel, care_step, scene, source,"
            + " code_type, client_record_id";
    private static final String[] TYPES = {
        "uuid", "timestamptz", "timestamptz", "bpchar", "varchar", "varchar", "bpchar", "bpchar", "bpchar", "bpchar",
        "bool", "bpchar", "bpchar", "bpchar", "varchar", "bpchar", "varchar"
    };

    public static void main(String[] args) throws Exception {
        String admin = args.length > 0 ? args[0] : "jdbc:postgresql://localhost:5432/postgres";
        String user = args.length > 1 ? args[1] : "postgres";
        String sync = args.length > 2 ? args[2] : "off";
        try (Connection c = DriverManager.getConnection(admin, user, "")) {
            c.createStatement().execute("drop database if exists unnest_insert");
            c.createStatement().execute("create database unnest_insert");
        }
        String url = admin.substring(0, admin.lastIndexOf('/') + 1) + "unnest_insert";
        try (Connection c = DriverManager.getConnection(url, user, "")) {
            schema(c.createStatement());
            c.createStatement().execute("set synchronous_commit = " + sync);
            String[] cards = new String[66];
            Random random = new Random(1);
            for (int i = 0; i < cards.length; i++) {
                StringBuilder b = new StringBuilder();
                for (int j = 0; j < 64; j++) b.append("0123456789ABCDEF".charAt(random.nextInt(16)));
                cards[i] = b.toString();
            }
            long seq = 0;
            for (String table : new String[] {"card_use", "card_use_202612", "plain_use"}) {
                StringBuilder sql = new StringBuilder("insert into " + table + " (" + COLUMNS + ") select * from unnest(");
                for (int i = 0; i < TYPES.length; i++) sql.append(i == 0 ? "" : ", ").append("?::").append(TYPES[i]).append("[]");
                PreparedStatement ps = c.prepareStatement(sql.append(')').toString());
                for (int n : new int[] {1, 8, 32, 64, 128, 1, 8, 32, 64, 128}) {
                    int reps = 40_000 / n;
                    long measured = 0;
                    for (int k = 0; k < reps + reps / 4; k++) {
                        String[] arrays = new String[TYPES.length];
                        String[][] col = new String[TYPES.length][n];
                        for (int i = 0; i < n; i++) {
                            seq++;
                            long ms = 1_796_000_000_000L + seq;
                            col[0][i] = new UUID((ms << 16) | 0x7000L, 0x8000000000000000L | seq).toString();
                            col[1][i] = "\"2026-12-05 18:00:00." + String.format("%06d", seq % 1_000_000) + "+00\"";
                            col[2][i] = col[1][i];
                            col[3][i] = cards[(int) (seq % cards.length)];
                            col[4][i] = "430102000001010001";
                            col[5][i] = "430102000001";
                            col[6][i] = "0101";
                            col[7][i] = "430102";
                            col[8][i] = "430100";
                            col[9][i] = "430103";
                            col[10][i] = "f";
                            col[11][i] = "0101";
                            col[12][i] = "010101";
                            col[13][i] = "NULL";
                            col[14][i] = "SCAN";
                            col[15][i] = "1";
                            col[16][i] = "NULL";
                        }
                        for (int j = 0; j < TYPES.length; j++) arrays[j] = "{" + String.join(",", col[j]) + "}";
                        for (int j = 0; j < TYPES.length; j++) ps.setObject(j + 1, arrays[j], Types.OTHER);
                        long start = System.nanoTime();
                        ps.execute();
                        if (k >= reps / 4) measured += System.nanoTime() - start;
                    }
                    System.out.printf(
                            "%-16s synchronous_commit=%s rows=%3d: %7.1f µs a statement, %6.2f µs a row%n",
                            table, sync, n, measured / 1e3 / reps, measured / 1e3 / reps / n);
                }
            }
        }
    }

    private static void schema(Statement st) throws Exception {
        st.execute("""
                create table card_use (use_id uuid not null, used_at timestamptz not null, recorded_at timestamptz not null,
                  ehc_id char(64) collate "C" not null, terminal_id varchar(40) not null, institution_code varchar(32) not null,
                  department_code char(4) not null, use_region char(6) not null, use_city char(6) not null,
                  home_region char(6) not null, cross_region boolean not null, channel char(4) not null,
                  care_step char(6) not null, scene char(7), source varchar(6) not null check (source in ('SCAN', 'REPORT')),
                  code_type char(1), client_record_id varchar(64), primary key (use_id, used_at)) partition by range (used_at)
                """);
        st.execute("create index card_use_by_card on card_use (ehc_id, used_at)");
        st.execute("create table card_use_default partition of card_use default");
        for (int m = 1; m <= 12; m++)
            st.execute(String.format(
                    "create table card_use_2026%02d partition of card_use for values from ('2026-%02d-01') to ('%s')",
                    m, m, m == 12 ? "2027-01-01" : String.format("2026-%02d-01", m + 1)));
        st.execute("create table plain_use (like card_use including all)");
        st.execute("create index on plain_use (ehc_id, used_at)");
    }
}
