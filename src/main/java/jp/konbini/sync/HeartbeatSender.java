package jp.konbini.sync;

import java.time.Clock;
import java.util.function.Supplier;
import jp.konbini.journal.OfflineExposure;
import jp.konbini.wire.Heartbeat;

/** Builds and sends the heartbeat: software and catalogue version, sync backlog, cash acceptance, devices. */
public final class HeartbeatSender {

    private final CentralClient client;
    private final OfflinePolicy policy;
    private final Supplier<DeviceSnapshot> devices;
    private final Supplier<String> catalogVersion;
    private final String softwareVersion;
    private final Clock clock;

    public HeartbeatSender(CentralClient client, OfflinePolicy policy, Supplier<DeviceSnapshot> devices, Supplier<String> catalogVersion,
                           String softwareVersion, Clock clock) {
        this.client = client;
        this.policy = policy;
        this.devices = devices;
        this.catalogVersion = catalogVersion;
        this.softwareVersion = softwareVersion;
        this.clock = clock;
    }

    public Heartbeat build() {
        CashAcceptance cash = policy.evaluate();
        OfflineExposure e = cash.exposure();
        DeviceSnapshot d = devices.get();
        return new Heartbeat(softwareVersion, catalogVersion.get(), e.pendingRecords() + e.rejected(), e.unsyncedYen().amount(),
                e.oldestAge().map(java.time.Duration::toSeconds).orElse(null), cash.takesCash(),
                cash.reasons().stream().map(Enum::name).toList(), d.alerts(), d.cashBoxNotes(), d.cashBoxYen(), d.paperState(),
                clock.instant().toString());
    }

    public void send() throws CentralException {
        client.heartbeat(build());
    }
}
