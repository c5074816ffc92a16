package jp.konbini.maintenance;

/** A person in maintenance mode: the name the audit log records, and their role. */
public record Operator(String name, Role role) {

    public Operator {
        if (name == null || !name.matches("[A-Za-z0-9._-]{1,64}")) {
            throw new IllegalArgumentException("an operator name is 1 to 64 letters, digits, '.', '_' or '-'");
        }
    }

    public boolean may(MaintenanceFunction function) {
        return role.may(function);
    }
}
