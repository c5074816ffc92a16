package jp.konbini.app;

import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import jp.konbini.domain.money.Denomination;

/**
 * Burn-in on a kiosk's real devices: the robot walks the screens, a technician feeds the notes it
 * asks for (one JSON line each on stdout). Only what a person can do on cue is played: purchases,
 * cancels, credit receipts, and network cuts (the kiosk's own switch). Every note is real money and
 * goes into the kiosk's own journal.
 */
final class TechnicianWorld implements RobotCustomer.World {

    private static final Duration NOTE_TIME = Duration.ofMinutes(3);

    private final JsonOutput out;
    private final NetworkSwitch network;

    TechnicianWorld(JsonOutput out, NetworkSwitch network) {
        this.out = out;
        this.network = network;
    }

    @Override
    public BooleanSupplier insert(Denomination note) {
        Map<String, Object> ask = new LinkedHashMap<>();
        ask.put("technician", "insert a note");
        ask.put("yen", note.value().amount());
        out.line(ask);
        return () -> false;   // a note given back is the technician's to push again
    }

    @Override
    public BooleanSupplier insertFake() {
        throw new UnsupportedOperationException("not played on real devices");
    }

    @Override
    public void jamNextNote() {
        throw new UnsupportedOperationException("not played on real devices");
    }

    @Override
    public void clearJam() {
        // nothing jammed on cue
    }

    @Override
    public void paperOut() {
        throw new UnsupportedOperationException("not played on real devices");
    }

    @Override
    public void reloadPaper() {
        // nothing taken out on cue
    }

    @Override
    public void network(boolean up) {
        network.setUp(up);
    }

    @Override
    public String describe() {
        return "real devices (a technician feeds the notes)";
    }

    @Override
    public Set<RobotCustomer.Scenario> scenarios() {
        return EnumSet.of(RobotCustomer.Scenario.PURCHASE, RobotCustomer.Scenario.CANCEL_BEFORE_PAYMENT,
                RobotCustomer.Scenario.CANCEL_AT_CASH_BEFORE_ANY_NOTE, RobotCustomer.Scenario.CREDIT_RECEIPT_AFTER_A_NOTE,
                RobotCustomer.Scenario.PURCHASE_OFFLINE);
    }

    @Override
    public Duration noteTime() {
        return NOTE_TIME;
    }
}
