package jp.konbini.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Set;

/** The acceptor simulator stands on the protocol reference, never on the driver it is used to test. */
@AnalyzeClasses(packages = "jp.konbini", importOptions = ImportOption.DoNotIncludeTests.class)
class SimulatorArchitectureTest {

    /** The ID-003 frame and code classes: facts from the reference, shared by driver and simulator. */
    private static final Set<String> ID003_FACTS = Set.of("Id003Frame", "Crc16Kermit", "Id003FrameReader", "Id003Command",
            "Id003Command$Reply", "Id003Status", "RejectReason", "FailureCode", "CurrencyTable", "CurrencyTable$Entry");

    private static final DescribedPredicate<JavaClass> ALLOWED = DescribedPredicate.describe(
            "the simulator itself, the ID-003 frame and code classes, the serial transport, the domain, java and slf4j",
            c -> c.isPrimitive() || c.isArray()
                    || c.getPackageName().startsWith("java.")
                    || c.getPackageName().startsWith("org.slf4j")
                    || c.getPackageName().startsWith("jp.konbini.device.acceptor.sim")
                    || c.getPackageName().startsWith("jp.konbini.device.serial")
                    || c.getPackageName().startsWith("jp.konbini.domain")
                    || c.getPackageName().equals("jp.konbini.device.acceptor.id003")
                            && ID003_FACTS.contains(c.getName().substring(c.getPackageName().length() + 1)));

    @ArchTest
    static final ArchRule simulatorDependsOnFactsNotOnTheDriver = classes().that().resideInAPackage("jp.konbini.device.acceptor.sim..")
            .should().onlyDependOnClassesThat(ALLOWED)
            .because("the driver is tested against the simulator, so the simulator must follow the reference, not the driver's code");
}
