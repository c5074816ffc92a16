package jp.konbini.app;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import jp.konbini.maintenance.Operator;
import jp.konbini.maintenance.OperatorDirectory;
import jp.konbini.maintenance.PinHash;
import jp.konbini.maintenance.Role;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code maintenance-user}: hashes a person's PIN for the maintenance users file. The PIN is read
 * from the console without echo (or from standard input, for provisioning scripts) and never
 * printed; the line to add is printed, or appended to {@code --file}, which refuses a PIN someone
 * in it already has (a keypad finds people by PIN alone).
 */
@Command(name = "maintenance-user", mixinStandardHelpOptions = true,
        description = "Hash a maintenance PIN (read from the console or standard input) and print or add the users-file line.")
final class MaintenanceUserCommand implements Callable<Integer> {

    @Option(names = "--name", required = true, description = "The person's name as the audit log shows it.")
    String name;

    @Option(names = "--role", required = true, description = "staff or technician.")
    String role;

    @Option(names = "--file", description = "The maintenance users file to add the line to (created if missing).")
    Path file;

    @Option(names = "--iterations", description = "PBKDF2 iterations (default ${DEFAULT-VALUE}).")
    int iterations = PinHash.DEFAULT_ITERATIONS;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Role parsedRole;
        try {
            parsedRole = Role.valueOf(role.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("the role is staff or technician, not '" + role + "'");
            return ExitCodes.BAD_INPUT;
        }
        char[] pin = readPin();
        try {
            Operator operator = new Operator(name, parsedRole);
            if (iterations < 10_000) {
                throw new IllegalArgumentException("at least 10,000 iterations");
            }
            PinHash.requireWellFormed(pin);
            Optional<OperatorDirectory> known = file != null && Files.exists(file) ? OperatorDirectory.loadIfAnyone(file) : Optional.empty();
            if (known.isPresent()) {
                OperatorDirectory existing = known.get();
                if (existing.operators().stream().anyMatch(o -> o.name().equals(operator.name()))) {
                    throw new IllegalArgumentException(operator.name() + " is already in " + file);
                }
                if (existing.find(pin.clone()).isPresent()) {
                    throw new IllegalArgumentException("someone in " + file + " already has this PIN; choose another");
                }
            }
            String line = operator.name() + "=" + parsedRole.name().toLowerCase(Locale.ROOT) + ":"
                    + PinHash.of(pin, iterations, new SecureRandom());
            if (file == null) {
                spec.commandLine().getOut().println(line);
            } else {
                Files.writeString(file, line + System.lineSeparator(), StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                spec.commandLine().getOut().println("added " + operator.name() + " (" + parsedRole.name().toLowerCase(Locale.ROOT) + ") to " + file);
            }
            return ExitCodes.OK;
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return ExitCodes.BAD_INPUT;
        } finally {
            Arrays.fill(pin, '\0');
        }
    }

    private static char[] readPin() throws IOException {
        Console console = System.console();
        if (console != null) {
            char[] pin = console.readPassword("PIN for maintenance mode (4-12 digits): ");
            return pin == null ? new char[0] : pin;
        }
        String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        return line == null ? new char[0] : line.trim().toCharArray();
    }
}
