package jp.konbini.ui.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import jp.konbini.flow.RealTimeKiosk;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The UI benchmark end to end on a real-time flow: whole purchases by firing the real buttons,
 * every figure reported. Few sessions here (it runs in every build); {@code bench ui} runs 200.
 */
class UiBenchmarkTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void toolkit() throws TimeoutException {
        org.testfx.api.FxToolkit.registerPrimaryStage();
    }

    @Test
    void wholePurchasesByTouchAreMeasured() {
        int sessions = Integer.getInteger("konbini.ui.bench.sessions", 6);
        Map<String, Object> result = new UiBenchmark(() -> new RealTimeKiosk(dir), sessions).run();
        System.out.println(result);
        assertEquals("ui", result.get("benchmark"));
        assertEquals(sessions, result.get("sessions"));
        assertEquals(sessions * 7, result.get("taps"), "seven screen changes per purchase");
        assertEquals(sessions * 11, result.get("keyTaps"));
        assertTrue((Long) result.get("coldStartMs") > 0);
        assertTrue((Double) result.get("tapToScreenMsP95") > 0);
        assertTrue((Double) result.get("tapToScreenMsP95") < 1000, "even on a busy build machine: " + result);
        assertTrue((Double) result.get("rssMb") > 0);
        assertTrue(result.containsKey("heapGrowthMbSecondHalf"));
    }
}
