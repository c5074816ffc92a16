package jp.konbini.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The permitted dependencies of docs/architecture.md, executable. Rules about layers that do not
 * exist yet (device, flow, receipt, ui) already hold, so the first class added there is checked.
 */
@AnalyzeClasses(packages = "jp.konbini", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainIsPure = classes().that().resideInAPackage("jp.konbini.domain..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("jp.konbini.domain..", "java..", "com.google.i18n.phonenumbers..")
            .because("the domain is pure values and rules: no I/O, no frameworks (libphonenumber is pure data and rules)");

    @ArchTest
    static final ArchRule phoneLibraryOnlyForLineIds = noClasses().that().resideOutsideOfPackage("jp.konbini.domain.line")
            .should().dependOnClassesThat().resideInAPackage("com.google.i18n.phonenumbers..")
            .because("phone-number parsing is one concern, kept in domain.line");

    @ArchTest
    static final ArchRule databaseOnlyInJournalAndCentralStore = noClasses()
            .that().resideOutsideOfPackages("jp.konbini.journal..", "jp.konbini.central.store..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.h2..", "org.flywaydb..")
            .because("JDBC, H2 and Flyway belong to the journal and the central server's store only");

    @ArchTest
    static final ArchRule serialOnlyInDeviceSerial = noClasses().that().resideOutsideOfPackage("jp.konbini.device.serial..")
            .should().dependOnClassesThat().resideInAPackage("com.fazecast..")
            .because("exactly one package talks to jSerialComm, behind the SerialLink port");

    @ArchTest
    static final ArchRule nativeCallsOnlyInDeviceSerial = noClasses().that().resideOutsideOfPackage("jp.konbini.device.serial..")
            .should().dependOnClassesThat().resideInAPackage("com.sun.jna..")
            .because("native calls (pseudo-terminals) stay in the serial transport");

    @ArchTest
    static final ArchRule devicesKnowNoUiFlowOrStorage = noClasses().that().resideInAPackage("jp.konbini.device..")
            .should().dependOnClassesThat().resideInAnyPackage("jp.konbini.flow..", "jp.konbini.ui..", "jp.konbini.journal..",
                    "jp.konbini.sync..", "jp.konbini.central..", "jp.konbini.receipt..")
            .because("drivers expose what the device does through neutral ports and add no logic of their own");

    @ArchTest
    static final ArchRule pdfOnlyInReceiptAndReport = noClasses().that().resideOutsideOfPackages("jp.konbini.receipt..", "jp.konbini.report..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.pdfbox..", "org.apache.fontbox..")
            .because("PDFBox is confined to the receipt renderers and the maintenance reports");

    @ArchTest
    static final ArchRule reportsAreFilledNotFetched = classes().that().resideInAPackage("jp.konbini.report..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("jp.konbini.report..", "jp.konbini.domain..", "jp.konbini.config..",
                    "jp.konbini.device.printer", "jp.konbini.receipt.pdf", "java..", "org.apache.pdfbox..", "org.apache.fontbox..")
            .allowEmptyShould(true)
            .because("reports are plain data the caller fills from the journal, and their renderers: no journal, no drivers, no clock of their own");

    @ArchTest
    static final ArchRule supportDependsOnTheJdkOnly = classes().that().resideInAPackage("jp.konbini.support..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("jp.konbini.support..", "java..")
            .because("support holds small helpers every layer may use; it must not pull any layer in");

    @ArchTest
    static final ArchRule noSystemFonts = noClasses().should().callConstructor(java.awt.Font.class, String.class, int.class, int.class)
            .orShould().callMethod(java.awt.Font.class, "decode", String.class)
            .orShould().callMethod(java.awt.Font.class, "getFont", String.class)
            .orShould().callMethod(java.awt.GraphicsEnvironment.class, "getAllFonts")
            .orShould().callMethod(java.awt.GraphicsEnvironment.class, "getAvailableFontFamilyNames")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("org.apache.pdfbox.pdmodel.font.PDType1Font")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("org.apache.pdfbox.pdmodel.font.Standard14Fonts")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("org.apache.pdfbox.pdmodel.font.FontMappers")
            .because("receipts and the simulator's pictures use only the fonts bundled in the jar (support.fonts), never the operating system's");

    @ArchTest
    static final ArchRule javaFxOnlyInUiAndApp = noClasses().that().resideOutsideOfPackages("jp.konbini.ui..", "jp.konbini.app..")
            .should().dependOnClassesThat().resideInAPackage("javafx..")
            .because("JavaFX is the UI's business; the flow and the devices must run headless");

    /** The journal's plain values (records and enums) that the maintenance desks hand out: never the journal itself. */
    private static final DescribedPredicate<JavaClass> journalValues = DescribedPredicate.describe("the journal's records and enums",
            c -> c.getPackageName().equals("jp.konbini.journal") && (c.isRecord() || c.isEnum()));

    @ArchTest
    static final ArchRule uiOnlyOnFlowDomainAndSupport = classes().that().resideInAPackage("jp.konbini.ui..")
            .should().onlyDependOnClassesThat(JavaClass.Predicates.resideInAnyPackage("jp.konbini.ui..", "jp.konbini.flow..",
                    "jp.konbini.domain..", "jp.konbini.support..", "jp.konbini.maintenance", "java..", "javafx..", "org.slf4j..")
                    .or(journalValues))
            .because("the UI shows the flow's views and sends it intents, and binds maintenance mode to its desks; it never reaches a "
                    + "driver, the journal or the network (only the plain records the desks hand out)");

    @ArchTest
    static final ArchRule customerScreensKnowNoMaintenance = noClasses().that()
            .resideInAnyPackage("jp.konbini.ui.model", "jp.konbini.ui.view", "jp.konbini.ui.text", "jp.konbini.ui.demo", "jp.konbini.ui.bench")
            .should().dependOnClassesThat().resideInAnyPackage("jp.konbini.maintenance..", "jp.konbini.journal..")
            .because("maintenance mode is bound in ui.model.maintenance and ui.view.maintenance only; customer screens show the flow's views");

    @ArchTest
    static final ArchRule flowOnlyOnDomainPortsAndSupport = classes().that().resideInAPackage("jp.konbini.flow..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("jp.konbini.flow..", "jp.konbini.domain..", "jp.konbini.support..",
                    "jp.konbini.device", "jp.konbini.device.acceptor", "jp.konbini.device.printer", "jp.konbini.journal",
                    "jp.konbini.receipt", "jp.konbini.sync", "java..", "org.slf4j..")
            .allowEmptyShould(true)
            .because("the flow decides; it sees ports, never drivers, databases or views");

    @ArchTest
    static final ArchRule commandLineOnlyInApp = noClasses().that().resideOutsideOfPackage("jp.konbini.app..")
            .should().dependOnClassesThat().resideInAPackage("picocli..")
            .because("the command line is the composition root's concern");

    @ArchTest
    static final ArchRule nothingDependsOnTheCompositionRoot = noClasses().that().resideOutsideOfPackage("jp.konbini.app..")
            .should().dependOnClassesThat().resideInAPackage("jp.konbini.app..")
            .because("app wires everything; nothing may reach back into it");

    @ArchTest
    static final ArchRule onlyDurableWritesCommits = noClasses().that().doNotHaveFullyQualifiedName("jp.konbini.journal.DurableWrites")
            .and().resideInAPackage("jp.konbini.journal..")
            .should().callMethod(java.sql.Connection.class, "commit")
            .because("every journal write must be committed and then synced to disk, which only DurableWrites does");

    @ArchTest
    static final ArchRule javalinOnlyInCentralHttp = noClasses().that().resideOutsideOfPackages("jp.konbini.central.http..")
            .should().dependOnClassesThat().resideInAnyPackage("io.javalin..", "org.eclipse.jetty..", "jakarta.servlet..")
            .because("the web framework is one adapter of the central server; its rules and threads stay behind CentralHttp");

    @ArchTest
    static final ArchRule poolAndPostgresOnlyInCentralStore = noClasses().that().resideOutsideOfPackages("jp.konbini.central.store..")
            .should().dependOnClassesThat().resideInAnyPackage("com.zaxxer.hikari..", "org.postgresql..")
            .because("the connection pool and the PostgreSQL driver are the central store's business");

    @ArchTest
    static final ArchRule embeddedPostgresOnlyInBench = noClasses().that().resideOutsideOfPackages("jp.konbini.bench..")
            .should().dependOnClassesThat().resideInAnyPackage("io.zonky..")
            .because("a local PostgreSQL is started only to measure against (bench); production is given a --db URL");

    @ArchTest
    static final ArchRule centralSharesOnlyDomainAndWireWithTheKiosk = noClasses().that().resideInAPackage("jp.konbini.central..")
            .should().dependOnClassesThat().resideInAnyPackage("jp.konbini.journal..", "jp.konbini.sync..", "jp.konbini.config..",
                    "jp.konbini.device..", "jp.konbini.ui..", "jp.konbini.flow..", "jp.konbini.receipt..")
            .because("the server runs elsewhere: it shares only the domain and the wire messages with the kiosk");

    @ArchTest
    static final ArchRule kioskSyncNeverReachesIntoTheServer = noClasses().that().resideInAPackage("jp.konbini.sync..")
            .should().dependOnClassesThat().resideInAnyPackage("jp.konbini.central..")
            .because("the kiosk talks to the server only over the wire protocol");

    @ArchTest
    static final ArchRule wireIsPlainMessages = classes().that().resideInAPackage("jp.konbini.wire..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("jp.konbini.wire..", "java..", "javax.crypto..")
            .because("the messages both sides share must not drag either side's libraries into the other");

    @ArchTest
    static final ArchRule supportDependsOnNothing = classes().that().resideInAPackage("jp.konbini.support..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("jp.konbini.support..", "java..")
            .because("every layer may use support, so it may use nothing of ours");

    @ArchTest
    static final ArchRule httpClientOnlyInSync = noClasses().that().resideOutsideOfPackages("jp.konbini.sync..")
            .should().dependOnClassesThat().resideInAnyPackage("java.net.http..")
            .because("the kiosk reaches the network only through the CentralClient port");

    @ArchTest
    static final ArchRule centralLayers = classes().that().resideInAnyPackage("jp.konbini.central.apply..", "jp.konbini.central.auth..",
                    "jp.konbini.central.carrier..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("jp.konbini.central.apply..", "jp.konbini.central.auth..",
                    "jp.konbini.central.carrier..", "jp.konbini.wire..", "jp.konbini.domain..", "java..", "org.slf4j..")
            .because("the apply logic, authentication and the carrier are plain Java behind ports: no HTTP, no JDBC");

    @ArchTest
    static final ArchRule noStaticMutableState = fields().that().areStatic().and().areDeclaredInClassesThat().resideInAPackage("jp.konbini..")
            .should().beFinal()
            .because("no static singletons: objects are wired by constructor from the composition root");

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("jp.konbini.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule noCyclesInsideCentral = slices().matching("jp.konbini.central.(*)..").should().beFreeOfCycles();
}
