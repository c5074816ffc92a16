package jp.konbini.ui.model.maintenance;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import jp.konbini.domain.money.Denomination;
import jp.konbini.domain.money.Yen;
import jp.konbini.journal.CashCollectionRecord;
import jp.konbini.maintenance.CollectionResult;

/**
 * Cash collection, step by step: the cash box as the journal has it; start (or resume the one a
 * stop left, clearly marked); count each denomination with - and + or the keypad; review journal
 * against counted, every difference marked; record; then the result (slip printed or not, the PDF,
 * the differences) and reprint. Counting is blind: the journal's figures for the open collection
 * are shown only at the review, so they cannot steer the count.
 */
public final class CollectionModel {

    public enum Step { OVERVIEW, COUNT, REVIEW, RESULT }

    static final int MAX_COUNT = 10_000;

    /** One denomination: the journal's figure and, once counted, the count; difference = counted - journal. */
    public record Line(Denomination note, int journal, int counted) {
        public int difference() {
            return counted - journal;
        }

        public Yen journalAmount() {
            return Yen.of(note.value().amount() * journal);
        }

        public Yen countedAmount() {
            return Yen.of(note.value().amount() * counted);
        }

        public Yen differenceAmount() {
            return Yen.of(note.value().amount() * (long) difference());
        }
    }

    private final MaintenanceModel root;
    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(Step.OVERVIEW);
    private final ObservableList<Line> box = FXCollections.observableArrayList();
    private final ObservableList<Line> boxView = FXCollections.unmodifiableObservableList(box);
    private final ReadOnlyObjectWrapper<Yen> boxTotal = new ReadOnlyObjectWrapper<>(Yen.ZERO);
    private final ReadOnlyObjectWrapper<Optional<CashCollectionRecord>> inProgress = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyObjectWrapper<CashCollectionRecord> collection = new ReadOnlyObjectWrapper<>();
    private final Map<Denomination, IntegerProperty> counted = new EnumMap<>(Denomination.class);
    private final ReadOnlyObjectWrapper<Denomination> selected = new ReadOnlyObjectWrapper<>(Denomination.YEN_1000);
    private boolean replaceOnKey = true;
    private final ObservableList<Line> review = FXCollections.observableArrayList();
    private final ObservableList<Line> reviewView = FXCollections.unmodifiableObservableList(review);
    private final ReadOnlyObjectWrapper<Optional<CollectionResult>> result = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper problem = new ReadOnlyBooleanWrapper();

    CollectionModel(MaintenanceModel root) {
        this.root = root;
        for (Denomination d : Denomination.values()) {
            counted.put(d, new SimpleIntegerProperty(0));
        }
    }

    void opened() {
        say("", false);
        result.set(Optional.empty());
        step.set(Step.OVERVIEW);
        root.calls().run(() -> new Overview(root.mode().collections().cashBox(), root.mode().collections().inProgress()), o -> {
            List<Line> lines = new ArrayList<>();
            Yen total = Yen.ZERO;
            for (Denomination d : Denomination.values()) {
                Line l = new Line(d, o.box().getOrDefault(d, 0), 0);
                lines.add(l);
                total = total.plus(l.journalAmount());
            }
            box.setAll(lines);
            boxTotal.set(total);
            inProgress.set(o.open());
        }, this::failed);
    }

    private record Overview(Map<Denomination, Integer> box, Optional<CashCollectionRecord> open) {
    }

    /** Starts a collection, or resumes the one in progress (the desk never starts a second). */
    public void start() {
        if (root.busy().get()) {
            return;
        }
        root.calls().run(() -> root.mode().collections().start(), this::count, this::failed);
    }

    /** The desk started {@code c} because the cash box came out: counting begins, unless this collection is already being counted. */
    void startedByRemoval(CashCollectionRecord c) {
        boolean counting = step.get() == Step.COUNT || step.get() == Step.REVIEW;
        if (!counting || collection.get() == null || collection.get().no() != c.no()) {
            count(c);
        }
    }

    private void count(CashCollectionRecord c) {
        collection.set(c);
        counted.values().forEach(p -> p.set(0));
        select(Denomination.values()[0]);
        say("", false);
        result.set(Optional.empty());
        step.set(Step.COUNT);
    }

    public void select(Denomination d) {
        selected.set(d);
        replaceOnKey = true;
    }

    public void plus(Denomination d) {
        set(d, counted.get(d).get() + 1);
        select(d);
    }

    public void minus(Denomination d) {
        set(d, counted.get(d).get() - 1);
        select(d);
    }

    /** A digit on the keypad: the first after choosing a row replaces its count, the next ones append. */
    public void key(char digit) {
        if (digit < '0' || digit > '9') {
            return;
        }
        Denomination d = selected.get();
        int now = replaceOnKey ? 0 : counted.get(d).get();
        replaceOnKey = false;
        long next = now * 10L + (digit - '0');
        if (next <= MAX_COUNT) {
            set(d, (int) next);
        }
    }

    public void clearKey() {
        set(selected.get(), 0);
        replaceOnKey = true;
    }

    private void set(Denomination d, int n) {
        counted.get(d).set(Math.max(0, Math.min(MAX_COUNT, n)));
    }

    public void review() {
        CashCollectionRecord c = collection.get();
        if (c == null) {
            return;
        }
        List<Line> lines = new ArrayList<>();
        for (Denomination d : Denomination.values()) {
            lines.add(new Line(d, c.journalCounts().getOrDefault(d, 0), counted.get(d).get()));
        }
        review.setAll(lines);
        say("", false);
        step.set(Step.REVIEW);
    }

    public void backToCount() {
        if (!root.busy().get()) {
            step.set(Step.COUNT);
        }
    }

    public void record() {
        CashCollectionRecord c = collection.get();
        if (c == null || root.busy().get()) {
            return;
        }
        Map<Denomination, Integer> counts = new EnumMap<>(Denomination.class);
        counted.forEach((d, n) -> counts.put(d, n.get()));
        root.calls().run(() -> root.mode().collections().record(c.no(), counts), r -> {
            result.set(Optional.of(r));
            inProgress.set(Optional.empty());
            say("", false);
            step.set(Step.RESULT);
        }, this::failed);
    }

    public void reprint() {
        Optional<CollectionResult> r = result.get();
        if (r.isEmpty() || root.busy().get()) {
            return;
        }
        root.calls().run(() -> root.mode().collections().reprint(r.get().record().no()),
                again -> say(root.texts().get().get(again.printed() ? "col.reprinted" : "col.reprint-failed"), !again.printed()),
                this::failed);
    }

    private void failed(Exception e) {
        say(Problems.describe(e, root.texts().get()), true);
    }

    private void say(String text, boolean isProblem) {
        message.set(text);
        problem.set(isProblem);
    }

    /** Journal total of the review lines, counted total and counted - journal. */
    public static Yen total(List<Line> lines, boolean countedSide) {
        return lines.stream().map(countedSide ? Line::countedAmount : Line::journalAmount).reduce(Yen.ZERO, Yen::plus);
    }

    /** {@code +¥2,000}, {@code -¥4,000}, {@code ¥0}: a difference always shows its sign. */
    public static String signed(Yen y) {
        return y.isPositive() ? "+" + y.format() : y.format();
    }

    public ReadOnlyObjectProperty<Step> step() {
        return step.getReadOnlyProperty();
    }

    /** The cash box by denomination (the journal's counts; {@link Line#counted()} unused). */
    public ObservableList<Line> box() {
        return boxView;
    }

    public ReadOnlyObjectProperty<Yen> boxTotal() {
        return boxTotal.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Optional<CashCollectionRecord>> inProgress() {
        return inProgress.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<CashCollectionRecord> collection() {
        return collection.getReadOnlyProperty();
    }

    public javafx.beans.property.ReadOnlyIntegerProperty counted(Denomination d) {
        return counted.get(d);
    }

    public ReadOnlyObjectProperty<Denomination> selected() {
        return selected.getReadOnlyProperty();
    }

    public ObservableList<Line> reviewLines() {
        return reviewView;
    }

    public ReadOnlyObjectProperty<Optional<CollectionResult>> result() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty problem() {
        return problem.getReadOnlyProperty();
    }
}
