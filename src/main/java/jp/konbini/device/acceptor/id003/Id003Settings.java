package jp.konbini.device.acceptor.id003;

import java.time.Duration;

/**
 * How the driver talks to an ID-003 acceptor; from the device profile in {@code drivers/}.
 *
 * @param pollInterval time between STATUS REQUESTs (100–200 ms in practice)
 * @param responseTimeout wait for each reply
 * @param retries resends after a missing or unfitting reply
 * @param initializeTimeout longest wait for INITIALIZE to end after RESET
 * @param reconnectDelay wait before opening the port again after it was lost
 * @param stackCommand STACK-1 or STACK-2 (when VEND VALID is raised differs by firmware)
 */
public record Id003Settings(Duration pollInterval, Duration responseTimeout, int retries, Duration initializeTimeout,
                            Duration reconnectDelay, Id003Command stackCommand) {

    public Id003Settings {
        if (stackCommand != Id003Command.STACK_1 && stackCommand != Id003Command.STACK_2) {
            throw new IllegalArgumentException("stack command must be STACK-1 or STACK-2: " + stackCommand);
        }
        if (retries < 0) {
            throw new IllegalArgumentException("retries must not be negative");
        }
    }

    /** Values used in the field: 150 ms polls, 300 ms replies, 3 retries, STACK-2. */
    public static Id003Settings defaults() {
        return new Id003Settings(Duration.ofMillis(150), Duration.ofMillis(300), 3, Duration.ofSeconds(10),
                Duration.ofSeconds(2), Id003Command.STACK_2);
    }

    public Id003Settings withPollInterval(Duration interval) {
        return new Id003Settings(interval, responseTimeout, retries, initializeTimeout, reconnectDelay, stackCommand);
    }

    public Id003Settings withReconnectDelay(Duration delay) {
        return new Id003Settings(pollInterval, responseTimeout, retries, initializeTimeout, delay, stackCommand);
    }
}
