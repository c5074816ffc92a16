package jp.konbini.maintenance;

import jp.konbini.journal.MaintenanceRecords;

/** Sync: unsynced count and oldest age, last success and last error, "sync now" and a network test; actions audited. */
public final class SyncDesk {

    private final MaintenanceDesk desk;
    private final SyncControl sync;
    private final MaintenanceRecords records;

    public SyncDesk(MaintenanceDesk desk, SyncControl sync, MaintenanceRecords records) {
        this.desk = desk;
        this.sync = sync;
        this.records = records;
    }

    public SyncStatusView status() {
        desk.require(MaintenanceFunction.SYNC);
        return new SyncStatusView(sync.exposure(), sync.online(), sync.lastProblem(), sync.lastAnswer());
    }

    public void syncNow() {
        Operator o = desk.require(MaintenanceFunction.SYNC);
        records.audit(AuditTrail.of(o, "SYNC_NOW", "sync", sync.exposure().pendingRecords() + " pending", ""));
        sync.syncNow();
    }

    public SyncControl.NetworkTest networkTest() {
        Operator o = desk.require(MaintenanceFunction.SYNC);
        SyncControl.NetworkTest t = sync.networkTest();
        records.audit(AuditTrail.of(o, "NETWORK_TEST", "central server", "",
                t.reached() ? "reached in " + t.roundTrip().toMillis() + " ms" : "failed: " + t.detail()));
        return t;
    }
}
