package jp.konbini.maintenance;

/** Who is in maintenance mode: store staff do the daily chores, technicians everything. */
public enum Role {
    STAFF,
    TECHNICIAN;

    public boolean may(MaintenanceFunction function) {
        return this == TECHNICIAN || function.staffMay();
    }
}
