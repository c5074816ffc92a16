package jp.konbini.central.carrier;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A carrier for demos, tests and benchmarks: a line that has an account is extended by the
 * product's days (from today or from its current expiry, whichever is later) and credited its
 * data; an unknown line is refused, unless the carrier is told to open accounts on first use.
 */
public final class SimulatedCarrier implements CarrierGateway {

    public static final String UNKNOWN_LINE = "unknown-line";
    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    private final boolean openUnknownLines;

    public SimulatedCarrier(boolean openUnknownLines) {
        this.openUnknownLines = openUnknownLines;
    }

    @Override
    public CarrierAnswer topUp(CarrierRequest request, LineBook book) {
        LocalDate today = request.at().atZone(JAPAN).toLocalDate();
        var found = book.findForUpdate(request.lineKind(), request.lineDigits());
        if (found.isEmpty() && !openUnknownLines) {
            return new CarrierAnswer.Refused(UNKNOWN_LINE);
        }
        LineAccount account = found.orElse(new LineAccount(request.lineKind(), request.lineDigits(), today, 0));
        LocalDate from = account.expiresOn().isAfter(today) ? account.expiresOn() : today;
        long mb = request.dataGb().multiply(BigDecimal.valueOf(1024)).longValue();
        LineAccount updated = new LineAccount(account.lineKind(), account.lineDigits(), from.plusDays(request.validityDays()),
                Math.addExact(account.dataMb(), mb));
        book.save(updated, found.isEmpty());
        return new CarrierAnswer.Applied(updated.expiresOn(), updated.dataMb());
    }
}
