package jp.konbini.maintenance;

import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import jp.konbini.flow.SessionFlow;
import jp.konbini.flow.SessionView;

/** Maintenance mode's hold on the customer kiosk: the session flow's own entry points. */
public final class FlowKioskControl implements KioskControl {

    private final SessionFlow flow;
    private volatile Optional<String> outOfService = Optional.empty();

    public FlowKioskControl(SessionFlow flow) {
        this.flow = flow;
    }

    @Override
    public boolean customerHasMoneyIn() {
        SessionView v = flow.view();
        return v.screen().isCustomerSession() && v.paid().isPositive();
    }

    @Override
    public boolean takeOver() {
        try {
            return flow.enterMaintenance().get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException | TimeoutException e) {
            return false;   // the flow did not answer: the kiosk stays with its customers
        }
    }

    @Override
    public void handBack() {
        flow.leaveMaintenance();
    }

    @Override
    public void setOutOfService(Optional<String> reason) {
        outOfService = reason;
        flow.setOutOfService(reason);
    }

    @Override
    public Optional<String> outOfServiceReason() {
        return outOfService;
    }
}
