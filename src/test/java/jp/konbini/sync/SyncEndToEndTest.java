package jp.konbini.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import jp.konbini.central.CentralFixture;
import jp.konbini.central.LedgerRows;
import jp.konbini.central.TestDatabases;
import jp.konbini.domain.topup.TopUpState;
import jp.konbini.journal.ReadOnlyJournal;
import jp.konbini.journal.JournalLocation;
import jp.konbini.journal.ServerOutcome;
import jp.konbini.journal.SyncState;
import jp.konbini.journal.TopUpRecord;
import jp.konbini.support.Ticker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A kiosk with a real journal and uploader against the real central server over loopback, on H2 and PostgreSQL. */
class SyncEndToEndTest {

    private static final String KIOSK = "KSK-E2E-0001";
    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void onlineTheCustomerSeesTheNewExpiryAndEverythingLandsOnceInOrder(TestDatabases.Kind db) throws Exception {
        try (CentralFixture central = CentralFixture.start(db, dir.resolve("central"));
             TestKiosk kiosk = TestKiosk.open(dir.resolve("kiosk"), KIOSK, central.server().url(), central.register(KIOSK), Duration.ofSeconds(10))) {
            kiosk.uploader.start();
            TopUpConfirmer confirmer = new UploaderConfirmer(kiosk.journal, kiosk.journal, kiosk.uploader, Duration.ofSeconds(30), Ticker.system());
            TopUpRecord cancelled = kiosk.cancelled();
            TopUpRecord paid = kiosk.sell(3000);
            Confirmation c = confirmer.confirm(paid.seq());
            assertEquals(Confirmation.Status.APPLIED, c.status(), c.toString());
            assertEquals(Optional.of(LocalDate.now(JAPAN).plusDays(21)), c.newExpiry(), "a new line is extended by the product's 21 days from today");
            assertEquals(paid.claimCode(), c.claimCode());
            assertEquals(TopUpState.APPLIED, kiosk.journal.topUp(paid.seq()).orElseThrow().state());

            TopUpRecord again = kiosk.sell(1000);
            Confirmation second = confirmer.confirm(again.seq());
            assertEquals(Optional.of(LocalDate.now(JAPAN).plusDays(42)), second.newExpiry(), "a second top-up extends from the current expiry");

            assertEquals(SyncState.SYNCED, kiosk.journal.syncStatus(cancelled.seq()).orElseThrow().state(), "the cancelled session is synced too");
            assertEquals(ServerOutcome.RECORDED, kiosk.journal.syncStatus(cancelled.seq()).orElseThrow().outcome().orElseThrow());
            List<LedgerRows.Row> rows = LedgerRows.rows(central.database().dataSource());
            assertEquals(List.of(1L, 2L, 3L), rows.stream().map(LedgerRows.Row::seq).toList());
            assertEquals(List.of("RECORDED", "APPLIED", "APPLIED"), rows.stream().map(LedgerRows.Row::status).toList());
            assertEquals(kiosk.connectivity.serverContiguousSeq(), 3);
            assertTrue(LedgerRows.alerts(central.database().dataSource()).isEmpty());
        }
        try (ReadOnlyJournal journal = ReadOnlyJournal.open(JournalLocation.in(dir.resolve("kiosk")))) {
            assertTrue(journal.verify().ok(), journal.verify().problems().toString());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aTopUpTheCarrierRefusesBecomesARefundClaimTheStoreCanSee(TestDatabases.Kind db) throws Exception {
        try (CentralFixture central = CentralFixture.start(db, dir.resolve("central"), false, Optional.empty());
             TestKiosk kiosk = TestKiosk.open(dir.resolve("kiosk"), KIOSK, central.server().url(), central.register(KIOSK), Duration.ofSeconds(10))) {
            kiosk.uploader.start();
            TopUpRecord paid = kiosk.sell(2000);
            Confirmation c = new UploaderConfirmer(kiosk.journal, kiosk.journal, kiosk.uploader, Duration.ofSeconds(30), Ticker.system())
                    .confirm(paid.seq());
            assertEquals(Confirmation.Status.REFUSED, c.status(), c.toString());
            assertEquals(Optional.of("unknown-line"), c.reason());
            assertEquals(TopUpState.REFUSED, kiosk.journal.topUp(paid.seq()).orElseThrow().state());
            assertEquals(1, LedgerRows.count(central.database().dataSource(), "refund_claim"));
            String fleet = get(central.server().url().resolve("fleet"));
            assertTrue(fleet.contains(paid.claimCode().display()), "the claim code is on the fleet page: " + fleet);
            assertTrue(fleet.contains(KIOSK), fleet);
        }
    }

    @Test
    void offlineTheTopUpStaysQueuedWithItsClaimCodeAndGoesOnceTheServerIsBack() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        try (CentralFixture central = CentralFixture.start(TestDatabases.Kind.H2, dir.resolve("central"));
             TestKiosk kiosk = TestKiosk.open(dir.resolve("kiosk"), KIOSK, URI.create("http://127.0.0.1:" + port + "/"), central.register(KIOSK),
                     Duration.ofSeconds(2))) {
            kiosk.uploader.start();
            TopUpRecord paid = kiosk.sell(5000);
            Confirmation c = new UploaderConfirmer(kiosk.journal, kiosk.journal, kiosk.uploader, Duration.ofSeconds(1), Ticker.system())
                    .confirm(paid.seq());
            assertEquals(Confirmation.Status.PENDING, c.status());
            assertEquals(paid.claimCode(), c.claimCode());
            assertEquals(TopUpState.QUEUED, kiosk.journal.topUp(paid.seq()).orElseThrow().state());
            assertEquals(SyncState.PENDING, kiosk.journal.syncStatus(paid.seq()).orElseThrow().state());
            assertEquals(1, kiosk.journal.exposure().unsyncedTopUps());
            assertTrue(!kiosk.connectivity.isOnline());
        }
    }

    private static String get(URI uri) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString()).body();
    }
}
