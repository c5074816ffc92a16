package jp.konbini.app;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import jp.konbini.domain.money.Yen;
import jp.konbini.domain.topup.TopUpState;
import jp.konbini.flow.Outcome;
import jp.konbini.flow.Screen;
import jp.konbini.journal.H2Journal;
import jp.konbini.journal.PrintJobRecord;
import jp.konbini.journal.PrintJobState;
import jp.konbini.journal.TopUpRecord;

/**
 * Runs N customer sessions through the real flow, then checks what must always hold: every yen
 * the journal credited is in the cash box, every ended session with money in has its receipt
 * printed and its top-up journalled, and the central server has everything once the network is up.
 */
final class BurnIn {

    private static final Duration SETTLE = Duration.ofSeconds(120);

    private final KioskAssembly kiosk;
    /** The simulators, whose cash box and paper are the ground truth; empty on real devices. */
    private final Optional<SimulatedDevices> devices;
    private final RobotCustomer.World world;
    private final RobotCustomer robot;
    private final SplittableRandom random;
    /** The first top-up of this run: a real kiosk's journal has its history before it. */
    private long firstSeq = 1;

    BurnIn(KioskAssembly kiosk, SimulatedDevices devices, NetworkSwitch network, long seed) {
        this(kiosk, Optional.of(devices), new SimulatedWorld(devices, network), seed);
    }

    BurnIn(KioskAssembly kiosk, Optional<SimulatedDevices> devices, RobotCustomer.World world, long seed) {
        this.kiosk = kiosk;
        this.devices = devices;
        this.world = world;
        this.random = new SplittableRandom(seed);
        this.robot = new RobotCustomer(kiosk.flow(), new ViewWatcher(kiosk.flow()), world, random.split());
    }

    /** The JSON summary; {@code invariantsHeld} says whether the run passed. */
    Map<String, Object> run(int sessions) {
        long started = System.nanoTime();
        List<RobotCustomer.Session> done = shop(sessions);
        Map<String, Object> out = check(done);
        out.put("elapsedMs", Duration.ofNanos(System.nanoTime() - started).toMillis());
        return out;
    }

    List<RobotCustomer.Session> shop(int sessions) {
        robot.awaitAttract(Duration.ofSeconds(60));
        firstSeq = nextSeq();
        List<RobotCustomer.Session> done = new ArrayList<>();
        for (int i = 1; i <= sessions; i++) {
            done.add(robot.shop(i, RobotCustomer.Scenario.pick(random, world.scenarios())));
        }
        return done;
    }

    /** Lets receipts and sync settle, then checks every invariant against the journal and the simulators. */
    Map<String, Object> check(List<RobotCustomer.Session> sessions) {
        return summarize(sessions, settle());
    }

    /**
     * Waits until receipts owed are printed (or, their one automatic reprint failed as well, handed
     * to staff, reference §2.6) and the queue to the server is empty.
     */
    private boolean settle() {
        H2Journal journal = kiosk.journal();
        long deadline = System.nanoTime() + SETTLE.toNanos();
        while (System.nanoTime() < deadline) {
            boolean receiptsOut = journal.unprintedReceipts().size() == kiosk.receiptsForStaff().topUps().size() && journal.receiptsOwed().isEmpty();
            boolean synced = journal.exposure().pendingRecords() == 0;
            if (receiptsOut && synced && kiosk.flow().view().screen() == Screen.ATTRACT) {
                return true;
            }
            sleep(200);
        }
        return false;
    }

    private Map<String, Object> summarize(List<RobotCustomer.Session> sessions, boolean settled) {
        H2Journal journal = kiosk.journal();
        Map<TopUpState, Integer> states = new EnumMap<>(TopUpState.class);
        Yen credited = Yen.ZERO;
        List<String> violations = new ArrayList<>();
        int printedJobs = 0;
        java.util.Set<Long> forStaff = java.util.Set.copyOf(kiosk.receiptsForStaff().topUps());
        for (long seq = firstSeq; ; seq++) {
            Optional<TopUpRecord> found = journal.topUp(seq);
            if (found.isEmpty()) {
                break;
            }
            TopUpRecord t = found.get();
            states.merge(t.state(), 1, Integer::sum);
            credited = credited.plus(t.credited());
            List<PrintJobRecord> jobs = journal.printJobs(seq);
            printedJobs += (int) jobs.stream().filter(j -> j.state() == PrintJobState.PRINTED).count();
            boolean owesReceipt = t.credited().isPositive();
            if (owesReceipt && jobs.stream().noneMatch(j -> j.state() == PrintJobState.PRINTED) && !forStaff.contains(seq)) {
                violations.add("top-up " + seq + " (" + t.state() + ", " + t.credited().format() + ") has no printed receipt");
            }
            if (t.state() == TopUpState.OPEN || t.state() == TopUpState.PART_PAID || t.state() == TopUpState.PAID) {
                violations.add("top-up " + seq + " was left " + t.state());
            }
        }
        Yen cashBox = null;
        if (devices.isPresent()) {
            cashBox = devices.get().acceptor().cashBoxTotal();
            if (!credited.equals(cashBox)) {
                violations.add("the journal credited " + credited.format() + " but the cash box holds " + cashBox.format());
            }
            long paperOuts = sessions.stream().filter(s -> s.scenario() == RobotCustomer.Scenario.PAPER_OUT_AFTER_PAYMENT).count();
            if (forStaff.size() > paperOuts) {
                violations.add(forStaff.size() + " receipts were handed to staff but the printer only ran out of paper " + paperOuts + " times");
            }
            int paperReceipts = devices.get().printer().paper().receipts().size();
            if (paperReceipts != printedJobs) {
                violations.add(paperReceipts + " receipts came out of the printer but the journal records " + printedJobs + " printed");
            }
        }
        long completedSessions = sessions.stream().filter(s -> s.outcome().map(o -> o.kind() != Outcome.Kind.CREDIT_HELD).orElse(false)).count();
        long completedTopUps = count(states, TopUpState.QUEUED) + count(states, TopUpState.APPLIED) + count(states, TopUpState.REFUSED);
        if (completedSessions != completedTopUps) {
            violations.add(completedSessions + " sessions were paid in full but the journal holds " + completedTopUps + " completed top-ups");
        }
        List<String> errors = sessions.stream().filter(s -> s.error().isPresent())
                .map(s -> "session " + s.number() + " (" + s.scenario() + "): " + s.error().get()).toList();
        if (!settled) {
            violations.add("receipts or sync not settled within " + SETTLE.toSeconds() + " s");
        }

        Map<String, Object> out = new LinkedHashMap<>();
        out.put("sessions", sessions.size());
        Map<String, Long> scenarios = new LinkedHashMap<>();
        for (RobotCustomer.Scenario s : RobotCustomer.Scenario.values()) {
            scenarios.put(s.name(), sessions.stream().filter(x -> x.scenario() == s).count());
        }
        out.put("scenarios", scenarios);
        out.put("yenCredited", credited.amount());
        // On real devices the cash box is counted by hand against yenCredited (the cash collection).
        out.put("cashBoxYen", cashBox == null ? null : cashBox.amount());
        out.put("receiptsPrinted", printedJobs);
        // A receipt whose automatic reprint failed as well (the printer failed again, e.g. paper taken during it) waits for staff.
        out.put("receiptsForStaff", forStaff.size());
        out.put("topUpsApplied", count(states, TopUpState.APPLIED));
        out.put("topUpsQueued", count(states, TopUpState.QUEUED));
        out.put("topUpsRefused", count(states, TopUpState.REFUSED));
        out.put("creditsHeld", count(states, TopUpState.ABANDONED));
        out.put("cancelled", count(states, TopUpState.CANCELLED));
        out.put("restartsBeforePayment", sessions.stream().mapToInt(RobotCustomer.Session::restarts).sum());
        out.put("pendingAtCustomer", sessions.stream().filter(s -> s.outcome().map(o -> o.kind() == Outcome.Kind.PENDING).orElse(false)).count());
        out.put("errors", errors);
        out.put("violations", violations);
        out.put("invariantsHeld", violations.isEmpty() && errors.isEmpty());
        return out;
    }

    /** The sequence number the next top-up gets (sequence numbers are gap-free from 1: a search, not a scan). */
    private long nextSeq() {
        long high = 1;
        while (kiosk.journal().topUp(high).isPresent()) {
            high *= 2;
        }
        long low = high / 2;   // present (or 0), high absent
        while (high - low > 1) {
            long mid = (low + high) / 2;
            if (kiosk.journal().topUp(mid).isPresent()) {
                low = mid;
            } else {
                high = mid;
            }
        }
        return high;
    }

    private static long count(Map<TopUpState, Integer> states, TopUpState s) {
        return states.getOrDefault(s, 0);
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
