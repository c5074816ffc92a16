package jp.konbini.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import jp.konbini.ChildOutput;
import jp.konbini.central.CentralFixture;
import jp.konbini.central.LedgerRows;
import jp.konbini.central.TestDatabases;
import jp.konbini.central.store.CentralDatabase;
import jp.konbini.journal.H2Journal;
import jp.konbini.journal.JournalLocation;
import jp.konbini.journal.ReadOnlyJournal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Process crashes in the middle of uploads (SIGKILL, no shutdown hooks): a kiosk killed while
 * selling and uploading, restarted, killed again; and a central server (H2, in its own JVM) killed
 * while kiosks upload to it, restarted on the same database. Afterwards the server's ledger equals
 * the kiosk's journal exactly, and every session the kiosk printed as closed is on the server.
 */
class SyncKillTest {

    private static final long SEED = Long.getLong("konbini.synckill.seed", 20261206L);
    private static final int KILLS = Integer.getInteger("konbini.synckill.iterations", 8);

    @TempDir
    Path dir;

    @Test
    void aKioskKilledMidBatchResendsAndNothingIsLostOrDoubled() throws Exception {
        Random random = new Random(SEED);
        String kioskId = "KSK-KILL-0001";
        Path secretFile = dir.resolve("kiosk.secret");
        Path data = dir.resolve("kiosk");
        Map<Long, UUID> printed = new HashMap<>();
        try (CentralFixture central = CentralFixture.start(TestDatabases.Kind.H2, dir.resolve("central"));
             FaultProxy slowNetwork = new FaultProxy(central.port(), SEED)) {
            // A slow link keeps an upload in flight most of the time, so the kills land mid-batch.
            slowNetwork.faults(new FaultProxy.Faults(0, 0, 0, 1.0, 40, 0));
            URI url = URI.create("http://127.0.0.1:" + slowNetwork.port() + "/");
            Files.writeString(secretFile, Base64.getEncoder().encodeToString(central.register(kioskId)));
            int killedWhileUploading = 0;
            for (int i = 1; i <= KILLS; i++) {
                Process child = startKiosk(data, kioskId, url, secretFile, "sell", random.nextLong(), i);
                // Killed only once it has sold a few, however slow the machine is today; then at a random moment.
                ChildOutput out = ChildOutput.follow(child, "CLOSED ", 6);
                assertTrue(out.awaitReady(120), "kiosk child did not sell: " + out.soFar() + stderr(i));
                Thread.sleep(random.nextInt(1200));
                long before = LedgerRows.count(central.database().dataSource(), "topup");
                child.destroyForcibly();
                assertTrue(child.waitFor(30, TimeUnit.SECONDS));
                collect(out.lines(30), printed);
                if (LedgerRows.count(central.database().dataSource(), "topup") > 0 && before < printed.size()) {
                    killedWhileUploading++;
                }
            }
            Process drain = startKiosk(data, kioskId, url, secretFile, "drain", 1, KILLS + 1);
            ChildOutput out = ChildOutput.follow(drain, "DRAINED");
            assertTrue(drain.waitFor(120, TimeUnit.SECONDS), "drain did not finish" + stderr(KILLS + 1));
            assertEquals(0, drain.exitValue(), stderr(KILLS + 1));
            collect(out.lines(30), printed);
            List<LedgerRows.Row> rows = LedgerRows.rows(central.database().dataSource());
            try (H2Journal journal = H2Journal.open(JournalLocation.in(data), kioskId, "test", java.time.Clock.systemUTC())) {
                LedgerCheck.assertSame(kioskId, journal, journal, rows);
            }
            for (LedgerRows.Row row : rows) {
                if (printed.containsKey(row.seq())) {
                    assertEquals(printed.get(row.seq()), row.uuid(), "printed seq " + row.seq() + " belongs to the same UUID");
                }
            }
            assertTrue(rows.stream().map(LedgerRows.Row::seq).toList().containsAll(printed.keySet()), "every printed session is on the server");
            assertEquals(List.of(), LedgerRows.alerts(central.database().dataSource()));
            System.out.println("kiosk kills: " + KILLS + ", while uploads were going on: " + killedWhileUploading + ", sessions: " + printed.size());
            // Only meaningful if there was something to lose: checked after the invariant, which must hold regardless.
            assertTrue(printed.size() > KILLS * 5, "the kiosk sold too little to test anything: " + printed.size());
            assertTrue(killedWhileUploading >= KILLS / 2, "kills must land while uploads are going on: " + killedWhileUploading);
        }
        try (ReadOnlyJournal journal = ReadOnlyJournal.open(JournalLocation.in(data))) {
            assertTrue(journal.verify().ok(), journal.verify().problems().toString());
        }
    }

    @Test
    void aServerKilledMidBatchKeepsWhatItAnsweredAndTheKioskResendsTheRest() throws Exception {
        Random random = new Random(SEED + 1);
        String kioskId = "KSK-KILL-0002";
        String db = CentralDatabase.defaultUrl(dir.resolve("central"));
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        byte[] secret;
        try (CentralDatabase database = CentralDatabase.open(db, 2)) {
            secret = Base64.getDecoder().decode(new jp.konbini.central.store.JdbcKiosks(database.dataSource())
                    .register(kioskId, java.time.Instant.now()));
        }
        URI url = URI.create("http://127.0.0.1:" + port + "/");
        try (FaultProxy slowNetwork = new FaultProxy(port, SEED);
             TestKiosk kiosk = TestKiosk.open(dir.resolve("kiosk"), kioskId,
                     TestKiosk.client(URI.create("http://127.0.0.1:" + slowNetwork.port() + "/"), kioskId, secret, Duration.ofSeconds(2)),
                     25, Duration.ofMillis(10), Duration.ofMillis(300), SEED)) {
            // A slow link keeps an upload in flight most of the time, so the kills land mid-batch.
            slowNetwork.faults(new FaultProxy.Faults(0, 0, 0, 1.0, 40, 0));
            for (int i = 0; i < 150; i++) {
                kiosk.randomSession(); // a backlog, as after an outage
            }
            AtomicBoolean selling = new AtomicBoolean(true);
            ExecutorService seller = Executors.newSingleThreadExecutor();
            Future<?> sales = seller.submit(() -> {
                for (int sold = 0; sold < 150 && selling.get(); sold++) {
                    kiosk.randomSession();
                    kiosk.uploader.wake();
                }
                return null;
            });
            kiosk.uploader.start();
            int killedWithWorkLeft = 0;
            for (int i = 1; i <= KILLS; i++) {
                Process server = startCentral(db, port, i);
                ChildOutput out = ChildOutput.follow(server, "{\"listening\":\"" + url + "\",\"db\":\"h2\"}");
                assertTrue(out.awaitReady(60), "central child did not start: " + out.soFar() + stderr(i));
                kiosk.uploader.connectivityRestored();
                Thread.sleep(200 + random.nextInt(800));
                if (kiosk.journal.exposure().pendingRecords() > 0) {
                    killedWithWorkLeft++;
                }
                server.destroyForcibly();
                assertTrue(server.waitFor(30, TimeUnit.SECONDS));
            }
            selling.set(false);
            sales.get(60, TimeUnit.SECONDS);
            seller.shutdown();
            Process server = startCentral(db, port, KILLS + 1);
            ChildOutput out = ChildOutput.follow(server, "{\"listening\":\"" + url + "\",\"db\":\"h2\"}");
            assertTrue(out.awaitReady(60), "central child did not start: " + out.soFar());
            kiosk.uploader.connectivityRestored();
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
            while (kiosk.journal.exposure().pendingRecords() > 0) {
                assertTrue(System.nanoTime() < deadline, "did not drain: " + kiosk.journal.exposure());
                Thread.sleep(50);
            }
            kiosk.uploader.close();
            server.destroy(); // SIGTERM: the shutdown hook closes the database
            assertTrue(server.waitFor(30, TimeUnit.SECONDS));
            try (CentralDatabase database = CentralDatabase.open(db, 2)) {
                List<LedgerRows.Row> rows = LedgerRows.rows(database.dataSource());
                LedgerCheck.assertSame(kioskId, kiosk.journal, kiosk.journal, rows);
                assertEquals(List.of(), LedgerRows.alerts(database.dataSource()));
            }
            System.out.println("server kills: " + KILLS + ", with records in flight: " + killedWithWorkLeft);
            assertTrue(killedWithWorkLeft >= KILLS / 2, "kills must land while records are in flight: " + killedWithWorkLeft);
        }
    }

    private static void collect(List<String> lines, Map<Long, UUID> printed) {
        for (String line : lines) {
            if (line.startsWith("CLOSED ")) {
                String[] parts = line.split(" ");
                UUID previous = printed.put(Long.parseLong(parts[1]), UUID.fromString(parts[2]));
                assertTrue(previous == null || previous.toString().equals(parts[2]), "seq " + parts[1] + " closed with two UUIDs");
            }
        }
    }

    private Process startKiosk(Path data, String kioskId, URI central, Path secretFile, String mode, long seed, int run) throws IOException {
        return new ProcessBuilder(java(), "-cp", System.getProperty("java.class.path"), SyncKioskChild.class.getName(), data.toString(), kioskId,
                central.toString(), secretFile.toString(), mode, Long.toString(seed))
                .redirectError(dir.resolve("child-" + run + ".err").toFile()).start();
    }

    private Process startCentral(String db, int port, int run) throws IOException {
        return new ProcessBuilder(java(), "-cp", System.getProperty("java.class.path"), "jp.konbini.app.Main", "central", "--db", db,
                "--port", Integer.toString(port), "--open-lines")
                .redirectError(dir.resolve("child-" + run + ".err").toFile()).start();
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private String stderr(int run) {
        try {
            return " stderr: " + Files.readString(dir.resolve("child-" + run + ".err"));
        } catch (IOException e) {
            return "";
        }
    }

}
