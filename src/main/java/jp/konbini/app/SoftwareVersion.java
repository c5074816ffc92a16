package jp.konbini.app;

/** The version in the jar's manifest; {@code dev} when running from classes (tests, IDE). */
final class SoftwareVersion {

    private SoftwareVersion() {
    }

    static String current() {
        String version = Main.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }
}
