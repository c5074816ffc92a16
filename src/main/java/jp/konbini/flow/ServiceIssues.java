package jp.konbini.flow;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.konbini.device.acceptor.AcceptorState;
import jp.konbini.device.acceptor.AcceptorStatus;
import jp.konbini.device.acceptor.FaultKind;
import jp.konbini.device.printer.PrinterStatus;
import jp.konbini.flow.ServiceIssue.Reason;
import jp.konbini.sync.StopReason;

/** Turns what the devices, the journal and the offline bounds report into reasons a customer reads. */
final class ServiceIssues {

    private ServiceIssues() {
    }

    /**
     * @param checks       the last periodic check, empty before the first one
     * @param maintenance  staff took the kiosk out of service, with the reason they gave
     */
    static List<ServiceIssue> of(Optional<ServiceChecks> checks, AcceptorStatus acceptor, Optional<String> maintenance) {
        List<ServiceIssue> issues = new ArrayList<>();
        maintenance.ifPresent(why -> issues.add(new ServiceIssue(Reason.MAINTENANCE, why)));
        if (checks.isEmpty()) {
            issues.add(new ServiceIssue(Reason.STARTING, "first checks not done"));
        } else {
            ServiceChecks c = checks.get();
            if (!c.journal().acceptsCash()) {
                issues.add(new ServiceIssue(Reason.JOURNAL_UNWRITABLE, c.journal().describe()));
            }
            printer(c.printer()).ifPresent(issues::add);
            if (c.cash() != null && !c.cash().takesCash()) {
                issues.add(new ServiceIssue(Reason.OFFLINE_LIMIT_REACHED,
                        String.join(", ", c.cash().reasons().stream().map(StopReason::name).toList())));
            }
            if (c.openReconciliations() > 0) {
                issues.add(new ServiceIssue(Reason.RECONCILIATION_PENDING, c.openReconciliations() + " open"));
            }
        }
        acceptor(acceptor).ifPresent(i -> {
            if (issues.stream().noneMatch(x -> x.reason() == i.reason())) {
                issues.add(i);
            }
        });
        return issues;
    }

    static Optional<ServiceIssue> printer(PrinterStatus status) {
        return status.problem().map(p -> new ServiceIssue(switch (p) {
            case PAPER_OUT -> Reason.PRINTER_PAPER_OUT;
            case COVER_OPEN -> Reason.PRINTER_COVER_OPEN;
            case NOT_ANSWERING -> Reason.PRINTER_NOT_ANSWERING;
            case CUTTER_ERROR, RECOVERABLE_ERROR, UNRECOVERABLE_ERROR, OFFLINE -> Reason.PRINTER_ERROR;
        }, p.describe()));
    }

    static Optional<ServiceIssue> acceptor(AcceptorStatus status) {
        if (status.canTakeNotes()) {
            return Optional.empty();
        }
        if (status.state() != AcceptorState.OUT_OF_SERVICE || status.fault().isEmpty()) {
            return Optional.of(new ServiceIssue(Reason.ACCEPTOR_NOT_READY, status.state().name().toLowerCase(java.util.Locale.ROOT)));
        }
        FaultKind kind = status.fault().get();
        Reason reason = switch (kind) {
            case STACKER_FULL -> Reason.CASH_BOX_FULL;
            case STACKER_OPEN -> Reason.CASH_BOX_REMOVED;
            case JAM_IN_ACCEPTOR, JAM_IN_STACKER -> Reason.ACCEPTOR_JAM;
            case RECONCILIATION_PENDING -> Reason.RECONCILIATION_PENDING;
            case LEDGER_UNAVAILABLE -> Reason.JOURNAL_UNWRITABLE;
            default -> Reason.ACCEPTOR_FAULT;
        };
        return Optional.of(new ServiceIssue(reason, kind.description() + (status.detail().isEmpty() ? "" : ": " + status.detail())));
    }

    /** Whether {@code problem} is one of the printer's. */
    static boolean isPrinter(Reason reason) {
        return reason == Reason.PRINTER_PAPER_OUT || reason == Reason.PRINTER_COVER_OPEN || reason == Reason.PRINTER_NOT_ANSWERING
                || reason == Reason.PRINTER_ERROR;
    }

}
