package jp.konbini.flow;

import java.time.Duration;
import java.time.Instant;

/** A clock whose timer actions are followed by a publish of the view, as every flow step is. */
final class PublishingClock implements Clock {

    private final Clock clock;
    private final Runnable publish;

    PublishingClock(Clock clock, Runnable publish) {
        this.clock = clock;
        this.publish = publish;
    }

    @Override
    public Instant now() {
        return clock.now();
    }

    @Override
    public Timer schedule(Duration delay, Runnable action) {
        return clock.schedule(delay, () -> {
            action.run();
            publish.run();
        });
    }
}
