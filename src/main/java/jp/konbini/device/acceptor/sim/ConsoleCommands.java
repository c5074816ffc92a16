package jp.konbini.device.acceptor.sim;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import jp.konbini.device.acceptor.id003.FailureCode;
import jp.konbini.device.acceptor.id003.RejectReason;
import jp.konbini.domain.money.Yen;

/**
 * The simulator's text command language, one command per line (for {@code sim acceptor}'s stdin
 * and any other console): each command gets one answer, a map ready to print as one JSON object,
 * with {@code "ok"} true or false (and {@code "error"} saying why). {@code help} lists them.
 */
public final class ConsoleCommands {

    /** An answer, and whether the console should stop reading. */
    public record Reply(Map<String, Object> body, boolean quit) {
    }

    private static final List<String> HELP = List.of(
            "insert YEN [COUNT]            the customer feeds genuine notes (1000, 2000, 5000, 10000)",
            "insert-code CODE              a note reported with this escrow code (e.g. 0x65)",
            "reject REASON                 a note rejected with this reason after ACCEPTING (e.g. 0x72)",
            "second-note | remove-second-note   PAUSE while a note is accepted or held",
            "jam                           jam in the acceptor (now, or the next note)",
            "jam-stacker [before|after]    jam in the stacker before or after VEND VALID",
            "clear-jam [cashbox|returned]  staff clear the jam (default: the note goes to its side)",
            "open-stacker | close-stacker | empty-stacker | capacity N",
            "power-cycle [OFF_MS] [return|stack|stack-vend-valid]   | power-off | power-on [OUTCOME]",
            "failure CODE | cheat | clear-fault | comm-error [N]",
            "echo on|off                   copy every host byte back (wiring fault)",
            "fault KIND [N]                the next N replies: corrupt|drop|garbage|split|join|truncate|slow",
            "fault-rate KIND|all P         each reply faulted with probability P",
            "faults-clear | bad-crc no-reply|comm-error|reply | slow-delay MS | split-gap MS",
            "unplug | replug               pull the cable / a new port under the same name",
            "status | cashbox | truth | events [N] | violations | help | quit");

    private final AcceptorSimulator sim;
    private final Optional<PortControl> port;
    private final Map<String, Object> about;

    /**
     * @param port  the cable, when the console may pull it (a pseudo-terminal)
     * @param about shown by {@code status} (the seed, the settings chosen at start)
     */
    public ConsoleCommands(AcceptorSimulator sim, Optional<PortControl> port, Map<String, Object> about) {
        this.sim = sim;
        this.port = port;
        this.about = Map.copyOf(about);
    }

    /** Runs one line. Blank lines and lines starting with {@code #} get an empty "ok". */
    public Reply execute(String line) {
        String[] words = line.trim().split("\\s+");
        String command = words[0].toLowerCase(Locale.ROOT);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("ok", true);
        out.put("command", command);
        if (command.isEmpty() || command.startsWith("#")) {
            return new Reply(out, false);
        }
        try {
            boolean quit = run(command, Arrays.copyOfRange(words, 1, words.length), out);
            return new Reply(out, quit);
        } catch (IllegalArgumentException | IllegalStateException e) {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("ok", false);
            error.put("command", command);
            error.put("error", e.getMessage());
            return new Reply(error, false);
        }
    }

    private boolean run(String command, String[] args, Map<String, Object> out) {
        switch (command) {
            case "help" -> out.put("commands", HELP);
            case "insert" -> {
                Yen value = yen(arg(args, 0, "YEN"));
                int count = args.length > 1 ? count(args[1]) : 1;
                List<Long> ids = new ArrayList<>();
                for (int i = 0; i < count; i++) {
                    ids.add(sim.insert(value).id());
                }
                out.put("yen", value.amount());
                out.put("notes", ids);
            }
            case "insert-code" -> out.put("note", describe(sim.insertEscrowCode(number(arg(args, 0, "CODE")))));
            case "reject", "counterfeit" -> {
                RejectReason reason = RejectReason.of(number(arg(args, 0, "REASON")));
                if (reason == RejectReason.UNKNOWN) {
                    throw new IllegalArgumentException("unknown reject reason " + args[0] + "; known: 0x71-0x7F, 0x98, 0x9B");
                }
                out.put("note", describe(sim.insertCounterfeit(reason)));
                out.put("reason", reason.description());
            }
            case "second-note" -> sim.secondNote();
            case "remove-second-note" -> sim.removeSecondNote();
            case "jam", "jam-acceptor" -> out.put("jammedNow", sim.jamInAcceptor());
            case "jam-stacker" -> {
                String when = args.length > 0 ? args[0].toLowerCase(Locale.ROOT) : "before";
                if (!List.of("before", "after", "after-vend-valid").contains(when)) {
                    throw new IllegalArgumentException("jam-stacker takes before or after, not " + when);
                }
                out.put("jammedNow", sim.jamInStacker(when.startsWith("after")));
            }
            case "clear-jam" -> {
                if (args.length == 0) {
                    sim.clearJam();
                } else {
                    sim.clearJam(switch (args[0].toLowerCase(Locale.ROOT)) {
                        case "cashbox", "cash-box" -> NoteFate.CASH_BOX;
                        case "returned", "return" -> NoteFate.RETURNED;
                        default -> throw new IllegalArgumentException("clear-jam takes cashbox or returned, not " + args[0]);
                    });
                }
            }
            case "open-stacker" -> sim.openStacker();
            case "close-stacker" -> sim.closeStacker();
            case "empty-stacker" -> out.put("taken", sim.emptyStacker());
            case "capacity" -> sim.setStackerCapacity(count(arg(args, 0, "N")));
            case "power-cycle" -> {
                Duration off = Duration.ofMillis(args.length > 0 ? count(args[0]) : 200);
                sim.powerCycle(off, args.length > 1 ? outcome(args[1]) : null);
                out.put("offMs", off.toMillis());
            }
            case "power-off" -> sim.powerOff();
            case "power-on" -> sim.powerOn(args.length > 0 ? outcome(args[0]) : null);
            case "failure" -> {
                FailureCode code = FailureCode.of(number(arg(args, 0, "CODE")));
                if (code == FailureCode.UNKNOWN) {
                    throw new IllegalArgumentException("unknown failure code " + args[0] + "; known: 0xA2 0xA5 0xA6 0xA8 0xA9 0xAB 0xAF 0xB0-0xB3");
                }
                sim.failure(code);
                out.put("failure", code.description());
            }
            case "cheat" -> sim.cheat();
            case "clear-fault" -> sim.clearFault();
            case "comm-error" -> sim.communicationError(args.length > 0 ? count(args[0]) : 1);
            case "echo" -> {
                String onOff = arg(args, 0, "on|off").toLowerCase(Locale.ROOT);
                if (!onOff.equals("on") && !onOff.equals("off")) {
                    throw new IllegalArgumentException("echo takes on or off, not " + onOff);
                }
                sim.linkFaults().echo(onOff.equals("on"));
                out.put("echo", onOff.equals("on"));
            }
            case "fault" -> sim.linkFaults().once(fault(arg(args, 0, "KIND")), args.length > 1 ? count(args[1]) : 1);
            case "fault-rate" -> {
                String kind = arg(args, 0, "KIND");
                double p = probability(arg(args, 1, "P"));
                if (kind.equalsIgnoreCase("all")) {
                    sim.linkFaults().randomFaults(p, ReplyFault.CORRUPT, ReplyFault.DROP, ReplyFault.GARBAGE, ReplyFault.SPLIT,
                            ReplyFault.JOIN, ReplyFault.TRUNCATE);
                } else {
                    sim.linkFaults().rate(fault(kind), p);
                }
                out.put("linkFaults", sim.linkFaults().describe());
            }
            case "faults-clear" -> sim.linkFaults().clear();
            case "bad-crc" -> sim.linkFaults().badCrcPolicy(badCrcPolicy(arg(args, 0, "POLICY")));
            case "slow-delay" -> sim.linkFaults().slowDelay(Duration.ofMillis(count(arg(args, 0, "MS"))));
            case "split-gap" -> sim.linkFaults().splitGap(Duration.ofMillis(count(arg(args, 0, "MS"))));
            case "unplug" -> port().unplug();
            case "replug" -> {
                port().replug();
                out.put("port", port().portPath());
            }
            case "status" -> {
                out.put("state", sim.state().toMap());
                out.put("linkFaults", sim.linkFaults().describe());
                port.ifPresent(p -> out.put("port", p.portPath()));
                out.putAll(about);
            }
            case "cashbox" -> {
                out.put("notes", sim.cashBox().stream().map(Yen::amount).toList());
                out.put("count", sim.groundTruth().cashBoxCount());
                out.put("total", sim.cashBoxTotal().amount());
            }
            case "truth" -> out.putAll(truth());
            case "events" -> {
                int n = args.length > 0 ? count(args[0]) : 20;
                List<SimEvent> all = sim.events().all();
                out.put("events", all.subList(Math.max(0, all.size() - n), all.size()).stream().map(ConsoleCommands::event).toList());
            }
            case "violations" -> out.put("violations", sim.protocolViolations().stream().map(ConsoleCommands::event).toList());
            case "quit", "exit" -> {
                return true;
            }
            default -> throw new IllegalArgumentException("unknown command '" + command + "'; try help");
        }
        return false;
    }

    private Map<String, Object> truth() {
        GroundTruth truth = sim.groundTruth();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("cashBox", truth.cashBox().stream().map(Yen::amount).toList());
        out.put("cashBoxTotal", truth.cashBoxTotal().amount());
        out.put("collected", truth.collected().stream().map(Yen::amount).toList());
        out.put("vendValidsAcked", truth.vendValidsAcked());
        out.put("returned", truth.returnedNotes().size());
        out.put("rejected", truth.rejectedNotes().size());
        out.put("stackedWithoutAckedVendValid", truth.stackedWithoutAckedVendValid().size());
        out.put("outcomes", truth.outcomes().stream().map(ConsoleCommands::outcome).toList());
        return out;
    }

    private PortControl port() {
        return port.orElseThrow(() -> new IllegalStateException("this simulator has no port to pull"));
    }

    private static Map<String, Object> outcome(NoteOutcome o) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("note", o.note().id());
        out.put("yen", o.note().value().map(Yen::amount).orElse(null));
        out.put("fate", o.fate().name());
        out.put("reason", o.reason().map(r -> String.format("0x%02X", r.code())).orElse(null));
        out.put("vendValidReported", o.vendValidReported());
        out.put("vendValidAcked", o.vendValidAcked());
        out.put("how", o.how());
        return out;
    }

    private static Map<String, Object> event(SimEvent e) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("seq", e.seq());
        out.put("at", e.at().toString());
        out.put("type", e.type().name());
        out.put("detail", e.detail());
        return out;
    }

    private static Map<String, Object> describe(SimNote note) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", note.id());
        out.put("escrowCode", note.escrowCode() == SimNote.NO_CODE ? null : String.format("0x%02X", note.escrowCode()));
        out.put("yen", note.value().map(Yen::amount).orElse(null));
        return out;
    }

    private static String arg(String[] args, int index, String what) {
        if (args.length <= index) {
            throw new IllegalArgumentException("missing " + what);
        }
        return args[index];
    }

    private static Yen yen(String text) {
        String digits = text.replace("¥", "").replace(",", "");
        try {
            return Yen.of(Long.parseLong(digits));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not an amount of yen: " + text);
        }
    }

    private static int number(String text) {
        try {
            return Integer.decode(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number (decimal or 0x..): " + text);
        }
    }

    private static int count(String text) {
        int n = number(text);
        if (n < 0) {
            throw new IllegalArgumentException("must not be negative: " + text);
        }
        return n;
    }

    private static double probability(String text) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a probability: " + text);
        }
    }

    private static ReplyFault fault(String text) {
        try {
            ReplyFault f = ReplyFault.valueOf(text.toUpperCase(Locale.ROOT));
            if (f != ReplyFault.NONE) {
                return f;
            }
        } catch (IllegalArgumentException e) {
            // fall through to the message below
        }
        throw new IllegalArgumentException("unknown fault " + text + "; known: corrupt drop garbage split join truncate slow");
    }

    static RecoveryOutcome outcome(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "return" -> RecoveryOutcome.RETURN;
            case "stack" -> RecoveryOutcome.STACK;
            case "stack-vend-valid" -> RecoveryOutcome.STACK_WITH_VEND_VALID;
            default -> throw new IllegalArgumentException("unknown outcome " + text + "; known: return stack stack-vend-valid");
        };
    }

    /** {@code no-reply}, {@code comm-error} or {@code reply} (also the enum names). */
    public static BadCrcPolicy badCrcPolicy(String text) {
        return switch (text.toLowerCase(Locale.ROOT).replace('_', '-')) {
            case "no-reply" -> BadCrcPolicy.NO_REPLY;
            case "comm-error", "communication-error" -> BadCrcPolicy.COMMUNICATION_ERROR;
            case "reply", "reply-anyway" -> BadCrcPolicy.REPLY_ANYWAY;
            default -> throw new IllegalArgumentException("unknown bad-CRC policy " + text + "; known: no-reply comm-error reply");
        };
    }
}
