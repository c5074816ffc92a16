package jp.konbini.device.acceptor.sim;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import jp.konbini.device.acceptor.id003.CurrencyTable;
import jp.konbini.device.acceptor.id003.Id003Command;
import jp.konbini.device.acceptor.id003.Id003Frame;
import jp.konbini.device.acceptor.id003.Id003Status;
import jp.konbini.domain.money.Yen;

/**
 * The smallest host that follows the exactly-once credit rule of reference §1.8 (in memory, no
 * journal): decide at ESCROW (stack, or return a share of notes), remember the note as STACK_SENT
 * before sending STACK, credit at the first VEND VALID after that, ACK every VEND VALID. It
 * tolerates lost and damaged replies by simply polling again. Test code: it exists to show that the
 * simulator's ground truth and a correct host agree under link faults, not to be the driver.
 */
final class CreditingHost {

    private enum Stage { NONE, STACK_SENT, CREDITED }

    private final TestHost host;
    private final Duration timeout;
    private final RandomGenerator random;
    private final double returnRate;
    private final List<Yen> credits = new ArrayList<>();
    private CurrencyTable table;
    private Stage stage = Stage.NONE;
    private Yen pending;
    private int escrowCode = -1;
    private boolean returning;
    private int unansweredExchanges;
    private int vendValidsWithoutPending;

    CreditingHost(TestHost host, Duration timeout, RandomGenerator random, double returnRate) {
        this.host = host;
        this.timeout = timeout;
        this.random = random;
        this.returnRate = returnRate;
    }

    /** RESET, wait for the end of INITIALIZE, read the currency table, enable: each step retried until answered. */
    void startUp() {
        until(Id003Command.RESET.frame(), r -> r.code() == Id003Status.ACK.code());
        Id003Frame status;
        do {
            status = until(Id003Command.STATUS_REQUEST.frame(), r -> Id003Status.of(r.code()).isPresent());
        } while (status.code() == Id003Status.INITIALIZE.code() || status.code() == Id003Status.ACK.code());
        table = CurrencyTable.parse(until(Id003Command.GET_CURRENCY_ASSIGN.frame(), r -> r.code() == 0x8A));
        until(Id003Command.SET_INHIBIT.frame(0), r -> r.equals(Id003Command.SET_INHIBIT.frame(0)));
    }

    /** One poll (after a short pause, as a real host polls every 100-200 ms) and whatever it calls for. */
    void step() {
        TestHost.sleep(1);
        Optional<Id003Frame> reply = exchange(Id003Command.STATUS_REQUEST.frame());
        if (reply.isEmpty()) {
            return;
        }
        Id003Frame status = reply.get();
        Id003Status code = Id003Status.of(status.code()).orElse(Id003Status.INVALID_COMMAND);
        switch (code) {
            case ESCROW -> onEscrow(status.dataByte(0));
            case VEND_VALID -> {
                if (stage == Stage.STACK_SENT) {
                    credits.add(pending);
                    stage = Stage.CREDITED;
                } else if (stage == Stage.NONE) {
                    vendValidsWithoutPending++;
                }
                host.send(Id003Command.ACK.frame());
            }
            case STACKING, ACK, INVALID_COMMAND -> {
                // in progress, or a late reply to a command: poll again
            }
            default -> {
                // IDLING, STACKED, REJECTING, RETURNING, ACCEPTING...: whatever was pending is over
                stage = Stage.NONE;
                escrowCode = -1;
            }
        }
    }

    private void onEscrow(int code) {
        if (code != escrowCode) {
            escrowCode = code;
            returning = random.nextDouble() < returnRate || table.valueOf(code).isEmpty();
        }
        if (returning) {
            exchange(Id003Command.RETURN.frame());
            return;
        }
        pending = table.valueOf(code).orElseThrow();
        stage = Stage.STACK_SENT; // recorded before STACK leaves (the journal's job in the kiosk)
        exchange(Id003Command.STACK_1.frame());
    }

    private Optional<Id003Frame> exchange(Id003Frame command) {
        Optional<Id003Frame> reply = host.exchange(command, timeout);
        if (reply.isEmpty()) {
            unansweredExchanges++;
        }
        return reply;
    }

    private Id003Frame until(Id003Frame command, java.util.function.Predicate<Id003Frame> ok) {
        for (int i = 0; i < 200; i++) {
            Optional<Id003Frame> reply = exchange(command);
            if (reply.isPresent() && ok.test(reply.get())) {
                return reply.get();
            }
        }
        throw new AssertionError("no good reply to " + command);
    }

    boolean idle() {
        return stage == Stage.NONE;
    }

    List<Yen> credits() {
        return credits;
    }

    Yen creditTotal() {
        return credits.stream().reduce(Yen.ZERO, Yen::plus);
    }

    int unansweredExchanges() {
        return unansweredExchanges;
    }

    int vendValidsWithoutPending() {
        return vendValidsWithoutPending;
    }
}
