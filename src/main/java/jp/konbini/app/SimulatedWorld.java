package jp.konbini.app;

import java.util.function.BooleanSupplier;
import jp.konbini.device.acceptor.id003.RejectReason;
import jp.konbini.device.acceptor.sim.SimNote;
import jp.konbini.domain.money.Denomination;

/** The robot customer's hands on the simulators: notes into the acceptor, paper out of the printer, the network cable. */
final class SimulatedWorld implements RobotCustomer.World {

    private final SimulatedDevices devices;
    private final NetworkSwitch network;

    SimulatedWorld(SimulatedDevices devices, NetworkSwitch network) {
        this.devices = devices;
        this.network = network;
    }

    @Override
    public BooleanSupplier insert(Denomination note) {
        SimNote pushed = devices.acceptor().insert(note);
        return () -> NotePusher.givenBack(devices.acceptor(), pushed);
    }

    @Override
    public BooleanSupplier insertFake() {
        SimNote pushed = devices.acceptor().insertCounterfeit(RejectReason.MAGNETIC_PATTERN);
        return () -> NotePusher.givenBack(devices.acceptor(), pushed);
    }

    @Override
    public void jamNextNote() {
        devices.acceptor().jamInAcceptor();
    }

    @Override
    public void clearJam() {
        try {
            devices.acceptor().clearJam();
        } catch (IllegalStateException noJam) {
            // the armed jam never caught a note (it paid in one go): nothing to clear
        }
    }

    @Override
    public void paperOut() {
        devices.printer().paperOut();
    }

    @Override
    public void reloadPaper() {
        devices.printer().reloadPaper();
    }

    @Override
    public void network(boolean up) {
        network.setUp(up);
    }

    @Override
    public String describe() {
        return "acceptor " + devices.acceptor().state().toMap() + ", returned " + devices.acceptor().returnedNotes() + ", rejected "
                + devices.acceptor().rejectedNotes() + ", printer " + devices.printer().problems();
    }

    @Override
    public java.util.Set<RobotCustomer.Scenario> scenarios() {
        return java.util.EnumSet.allOf(RobotCustomer.Scenario.class);
    }

    @Override
    public java.time.Duration noteTime() {
        return java.time.Duration.ofSeconds(20);
    }
}
