package jp.konbini.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import jp.konbini.maintenance.OperatorDirectory;
import jp.konbini.maintenance.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code maintenance-user}: the PIN comes in on standard input, a hash goes out, the PIN never does. */
class MaintenanceUserCommandTest {

    private final InputStream stdin = System.in;

    @TempDir
    Path dir;

    @AfterEach
    void restoreStdin() {
        System.setIn(stdin);
    }

    private CliRun withPin(String pin, String... args) {
        System.setIn(new ByteArrayInputStream((pin + "\n").getBytes(StandardCharsets.UTF_8)));
        return CliRun.of(args);
    }

    @Test
    void addsPeopleToTheUsersFileWhoseEntryThenFindsThemByPin() throws Exception {
        Path users = dir.resolve("maintenance-users.properties");
        assertEquals(0, withPin("480213", "maintenance-user", "--name", "tanaka", "--role", "staff", "--file", users.toString(),
                "--iterations", "10000").exitCode());
        CliRun tech = withPin("771940", "maintenance-user", "--name", "sato", "--role", "TECHNICIAN", "--file", users.toString(),
                "--iterations", "10000");
        assertEquals(0, tech.exitCode(), tech.err());
        String text = Files.readString(users);
        assertFalse(text.contains("480213") || text.contains("771940"), "no PIN in the file: " + text);
        OperatorDirectory directory = OperatorDirectory.load(users);
        assertEquals(Role.STAFF, directory.find("480213".toCharArray()).orElseThrow().role());
        assertEquals("sato", directory.find("771940".toCharArray()).orElseThrow().name());
    }

    @Test
    void refusesAPinSomeoneHasAndBadInputWithOneLine() throws Exception {
        Path users = dir.resolve("users.properties");
        withPin("480213", "maintenance-user", "--name", "tanaka", "--role", "staff", "--file", users.toString(), "--iterations", "10000");
        CliRun same = withPin("480213", "maintenance-user", "--name", "kim", "--role", "staff", "--file", users.toString(), "--iterations", "10000");
        assertEquals(2, same.exitCode());
        assertEquals("someone in " + users + " already has this PIN; choose another", same.err().strip());
        assertEquals(1, Files.readAllLines(users).size(), "nothing was added");

        CliRun letters = withPin("12ab", "maintenance-user", "--name", "kim", "--role", "staff");
        assertEquals(2, letters.exitCode());
        assertEquals("a PIN has digits only", letters.err().strip());
        CliRun role = withPin("5555", "maintenance-user", "--name", "kim", "--role", "manager");
        assertEquals("the role is staff or technician, not 'manager'", role.err().strip());
        CliRun printed = withPin("5555", "maintenance-user", "--name", "kim", "--role", "staff", "--iterations", "10000");
        assertEquals(0, printed.exitCode());
        assertTrue(printed.out().strip().startsWith("kim=staff:pbkdf2-sha256:10000:"), printed.out());
    }

    @Test
    void runRefusesToStartWithTheShippedDemoPeople() throws Exception {
        Path config = dir.resolve("config");
        Files.createDirectories(config);
        for (String f : new String[] {"kiosk.properties", "catalog.json", "maintenance-users.properties"}) {
            Files.copy(Path.of("kiosk-config", f), config.resolve(f));
        }
        Files.writeString(config.resolve("kiosk.properties"), Files.readString(config.resolve("kiosk.properties"))
                .replace("drivers.dir=../drivers", "drivers.dir=" + Path.of("drivers").toAbsolutePath()));
        CliRun run = CliRun.of("run", "--config", config.toString());
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("without the demo people [demo-staff, demo-technician]"), run.err());
    }
}
