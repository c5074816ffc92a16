package jp.konbini.app;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.TimeBasedRollingPolicy;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;

/**
 * The kiosk's log also goes to daily files under {@code <data.dir>/logs} (30 days kept), so a
 * technician can export them to a USB stick; standard error keeps the console copy.
 */
final class LogFiles {

    static final String FILE = "kiosk.log";

    private LogFiles() {
    }

    static Path directory(Path dataDir) {
        return dataDir.resolve("logs");
    }

    static void install(Path dataDir) {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;   // another logging back end: it has its own files
        }
        Path dir = directory(dataDir);
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{24} - %msg%n");
        encoder.start();
        RollingFileAppender<ILoggingEvent> appender = new RollingFileAppender<>();
        appender.setContext(context);
        appender.setName("KIOSK_FILE");
        appender.setFile(dir.resolve(FILE).toString());
        TimeBasedRollingPolicy<ILoggingEvent> policy = new TimeBasedRollingPolicy<>();
        policy.setContext(context);
        policy.setParent(appender);
        policy.setFileNamePattern(dir.resolve("kiosk.%d{yyyy-MM-dd}.log").toString());
        policy.setMaxHistory(30);
        policy.start();
        appender.setRollingPolicy(policy);
        appender.setEncoder(encoder);
        appender.start();
        context.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(appender);
    }
}
