package jp.konbini.device.acceptor.id003;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import jp.konbini.config.ConfigException;
import jp.konbini.device.serial.LineSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Id003ProfileTest {

    @TempDir
    Path dir;

    @Test
    void theShippedProfileIsNineSixHundredEightEvenOne() {
        Id003Profile profile = Id003Profile.load(Path.of("drivers/jcm-id003.properties"));
        assertEquals(new LineSettings(9600, 8, LineSettings.Parity.EVEN, LineSettings.StopBits.ONE, LineSettings.FlowControl.NONE),
                profile.line());
        assertEquals(Duration.ofMillis(150), profile.settings().pollInterval());
        assertEquals(Id003Command.STACK_2, profile.settings().stackCommand());
    }

    @Test
    void aBadValueIsNamed() throws IOException {
        Path file = dir.resolve("bad.properties");
        Files.writeString(file, Files.readString(Path.of("drivers/jcm-id003.properties")).replace("line.parity=even", "line.parity=mark"));
        ConfigException e = assertThrows(ConfigException.class, () -> Id003Profile.load(file));
        assertEquals("line.parity", e.key());
        assertTrue(e.expected().contains("none, even, odd"), e.getMessage());
    }
}
