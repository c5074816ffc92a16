package jp.konbini.maintenance;

/** Maintenance mode's parts, built once by the composition root, for the screens to bind to. */
public record MaintenanceMode(MaintenanceDesk desk, OutOfServiceSwitch outOfService, CashCollectionDesk collections,
                              TransactionDesk transactions, DiagnosticsDesk diagnostics, SyncDesk sync, ConfigurationDesk configuration,
                              ExportDesk exports, NoteTestDesk noteTest, ChartsDesk charts,
                              CashBoxWatch cashBox) {
}
