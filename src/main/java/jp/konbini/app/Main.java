package jp.konbini.app;

/** Entry point of {@code konbini-kiosk.jar}. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(KioskCommand.commandLine().execute(args));
    }
}
