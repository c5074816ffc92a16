package jp.konbini.device.acceptor;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import jp.konbini.device.acceptor.id003.CurrencyTable;
import jp.konbini.device.acceptor.id003.Id003Command;
import jp.konbini.device.acceptor.id003.Id003Frame;
import jp.konbini.device.acceptor.id003.Id003FrameReader;
import jp.konbini.device.acceptor.id003.Id003Status;
import jp.konbini.device.serial.SerialLink;
import jp.konbini.device.serial.SerialLinkException;

/**
 * A scripted ID-003 device for exact, byte-level driver tests (OpenPnP's TestBus idea): it answers
 * polls from a queue of statuses the test sets, ACKs operations, echoes settings, and logs every
 * frame on a timeline shared with the ledger. The full behavioural simulator lives in main.
 */
final class ScriptedId003Device implements AutoCloseable {

    static final CurrencyTable YEN_TABLE = new CurrencyTable(List.of(
            new CurrencyTable.Entry(0x61, CurrencyTable.JAPAN, 0x0A, 0x02),
            new CurrencyTable.Entry(0x62, CurrencyTable.JAPAN, 0x02, 0x03),
            new CurrencyTable.Entry(0x63, CurrencyTable.JAPAN, 0x32, 0x02),
            new CurrencyTable.Entry(0x64, CurrencyTable.JAPAN, 0x01, 0x04)));

    private final SerialLink line;
    private final Consumer<String> timeline;
    private final Deque<Id003Frame> statuses = new ArrayDeque<>();
    private final List<Id003Frame> received = new CopyOnWriteArrayList<>();
    private final Thread thread;
    private volatile boolean running = true;
    private volatile boolean echo;
    private volatile boolean refuseStack;
    private volatile CurrencyTable table = YEN_TABLE;

    ScriptedId003Device(SerialLink line, Consumer<String> timeline, Id003Frame... initial) {
        this.line = line;
        this.timeline = timeline;
        statuses(initial);
        thread = new Thread(this::run, "scripted-id003");
        thread.setDaemon(true);
        thread.start();
    }

    /** The polls from now on: each answers with the next; the last one repeats. */
    synchronized void statuses(Id003Frame... next) {
        statuses.clear();
        statuses.addAll(List.of(next));
    }

    void echo(boolean on) {
        echo = on;
    }

    void refuseStack(boolean refuse) {
        refuseStack = refuse;
    }

    void table(CurrencyTable newTable) {
        table = newTable;
    }

    List<Id003Frame> received() {
        return List.copyOf(received);
    }

    long count(Id003Command command) {
        return received.stream().filter(f -> f.code() == command.code()).count();
    }

    Optional<Id003Frame> last(Id003Command command) {
        Id003Frame found = null;
        for (Id003Frame f : received) {
            if (f.code() == command.code()) {
                found = f;
            }
        }
        return Optional.ofNullable(found);
    }

    private synchronized Id003Frame nextStatus() {
        return statuses.size() > 1 ? statuses.removeFirst() : statuses.getFirst();
    }

    private void run() {
        Id003FrameReader reader = new Id003FrameReader();
        byte[] buffer = new byte[256];
        try {
            while (running) {
                int n = line.read(buffer, 0, buffer.length, Duration.ofMillis(20));
                if (n == 0) {
                    continue;
                }
                if (echo) {
                    line.write(java.util.Arrays.copyOf(buffer, n));
                }
                reader.feed(buffer, 0, n);
                for (Optional<Id003Frame> f = reader.next(); f.isPresent(); f = reader.next()) {
                    received.add(f.get());
                    timeline.accept("host " + f.get());
                    reply(f.get());
                }
            }
        } catch (SerialLinkException e) {
            // unplugged
        }
    }

    private void reply(Id003Frame request) {
        Id003Command command = Id003Command.of(request.code()).orElse(null);
        Id003Frame answer;
        if (command == null) {
            answer = Id003Status.INVALID_COMMAND.frame();
        } else {
            answer = switch (command) {
                case STATUS_REQUEST -> nextStatus();
                case ACK -> null;
                case STACK_1, STACK_2 -> refuseStack ? Id003Status.INVALID_COMMAND.frame() : Id003Status.ACK.frame();
                case GET_VERSION -> Id003Command.GET_VERSION.frame().withData("JP(JPY)-TEST ID003-05".getBytes(StandardCharsets.US_ASCII));
                case GET_CURRENCY_ASSIGN -> Id003Command.GET_CURRENCY_ASSIGN.frame().withData(table.encode());
                case GET_INHIBIT -> Id003Command.GET_INHIBIT.frame(1);
                default -> command.reply() == Id003Command.Reply.ECHO ? request : Id003Status.ACK.frame();
            };
        }
        if (answer != null) {
            line.write(answer.encode());
        }
    }

    @Override
    public void close() {
        running = false;
        line.close();
    }
}
