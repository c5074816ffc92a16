package jp.konbini.ui.model.maintenance;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import jp.konbini.domain.Language;
import jp.konbini.flow.Screen;
import jp.konbini.flow.ServiceIssue;
import jp.konbini.flow.SessionView;
import jp.konbini.maintenance.MaintenanceFunction;
import jp.konbini.maintenance.MaintenanceMode;
import jp.konbini.maintenance.Operator;
import jp.konbini.ui.text.Messages;
import jp.konbini.ui.text.StaffTexts;

/**
 * The root view-model of maintenance mode (FX thread). It knows whether the keypad shows, who is
 * in, which page they are on, and what the kiosk will do when they leave (from the flow's view);
 * the pages' own models do the rest. Every desk call goes through {@link DeskCalls}, off the FX
 * thread. The maintenance package decides (roles, refusals, audit); this only shows and asks.
 */
public final class MaintenanceModel implements AutoCloseable {

    /** What covers the kiosk while someone is in. {@code CLOSED}: the customers' screens. */
    public enum Page { CLOSED, MENU, OUT_OF_SERVICE, CASH_COLLECTION, TRANSACTIONS, PAPER, DIAGNOSTICS, NOTE_TEST, SERIAL_TRAFFIC, SYNC,
        CONFIGURATION, EXPORT, CHARTS }

    /** The functions built so far; the others show as "coming". */
    static final List<MaintenanceFunction> BUILT = List.of(MaintenanceFunction.CASH_COLLECTION, MaintenanceFunction.TRANSACTIONS,
            MaintenanceFunction.OUT_OF_SERVICE, MaintenanceFunction.PAPER, MaintenanceFunction.DIAGNOSTICS, MaintenanceFunction.NOTE_TEST,
            MaintenanceFunction.SERIAL_TRAFFIC, MaintenanceFunction.SYNC, MaintenanceFunction.CONFIGURATION, MaintenanceFunction.EXPORT,
            MaintenanceFunction.CHARTS);
    /** Part of another page, not a menu entry of their own (reprints and payouts are done from a transaction). */
    static final List<MaintenanceFunction> INSIDE_OTHERS = List.of(MaintenanceFunction.REPRINT, MaintenanceFunction.SETTLE_CLAIM);

    /** One menu entry: a function the operator's role may use, and whether it is built yet. */
    public record MenuEntry(MaintenanceFunction function, boolean available) {
    }

    private final MaintenanceMode mode;
    private final Clock clock;
    private final Messages customerTexts;
    private final Map<Language, StaffTexts> allTexts;
    private final DeskCalls calls = new DeskCalls();
    private final ReadOnlyObjectWrapper<StaffTexts> texts = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Optional<Operator>> operator = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyObjectWrapper<Page> page = new ReadOnlyObjectWrapper<>(Page.CLOSED);
    private final ReadOnlyBooleanWrapper handedBack = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<SessionView> flowView = new ReadOnlyObjectWrapper<>();
    private final ObservableList<MenuEntry> menu = FXCollections.observableArrayList();
    private final ObservableList<MenuEntry> menuView = FXCollections.unmodifiableObservableList(menu);
    private final ReadOnlyBooleanWrapper staysOut = new ReadOnlyBooleanWrapper();
    private final javafx.beans.property.ReadOnlyIntegerWrapper receiptsForStaff = new javafx.beans.property.ReadOnlyIntegerWrapper();
    private final ObservableList<String> serviceLines = FXCollections.observableArrayList();
    private final javafx.beans.property.ReadOnlyStringWrapper message = new javafx.beans.property.ReadOnlyStringWrapper("");
    private final ObservableList<String> serviceLinesView = FXCollections.unmodifiableObservableList(serviceLines);

    private final EntryModel entry = new EntryModel(this);
    private final OutOfServiceModel outOfService = new OutOfServiceModel(this);
    private final CollectionModel collection = new CollectionModel(this);
    private final TransactionsModel transactions = new TransactionsModel(this);
    private final PaperModel paper = new PaperModel(this);
    private final DiagnosticsModel diagnostics = new DiagnosticsModel(this);
    private final NoteTestModel noteTest = new NoteTestModel(this);
    private final TrafficModel traffic = new TrafficModel(this);
    private final SyncModel sync = new SyncModel(this);
    private final ConfigurationModel configuration = new ConfigurationModel(this);
    private final ExportModel export = new ExportModel(this);
    private final ChartsModel charts = new ChartsModel(this);

    /**
     * @param flow          the flow's latest view (FX thread): what the kiosk will do once staff leave
     * @param customerTexts the customer texts, whose service reasons staff read too
     */
    public MaintenanceModel(MaintenanceMode mode, ReadOnlyObjectProperty<SessionView> flow, Messages customerTexts,
                            Map<Language, StaffTexts> texts, Clock clock) {
        this.mode = mode;
        this.clock = clock;
        this.customerTexts = customerTexts;
        this.allTexts = Map.copyOf(texts);
        this.texts.set(allTexts.get(StaffTexts.LANGUAGES.get(0)));
        flowView.bind(flow);
        flowView.addListener((o, old, v) -> service());
        mode.cashBox().onCollectionStarted(c -> javafx.application.Platform.runLater(() -> cashBoxRemoved(c)));
        this.texts.addListener((o, old, t) -> service());
        service();
    }

    // ---------------------------------------------------------------- entry and leaving

    /** The corner was held long enough, or the key turned: the keypad shows if the desk may offer it now. */
    public void offer() {
        if (entry.shown().get() || operator.get().isPresent() || calls.busy().get()) {
            return;
        }
        calls.run(() -> mode.desk().mayOffer(), may -> {
            if (may && operator.get().isEmpty()) {
                handedBack.set(false);
                entry.show();
            }
        }, e -> { });
    }

    /** The key switch was turned back: a keypad nobody used closes (someone already in stays in). */
    public void keyTurnedBack() {
        if (entry.shown().get() && !calls.busy().get()) {
            entry.cancel();
        }
    }

    void entered(Operator who) {
        operator.set(Optional.of(who));
        List<MenuEntry> entries = new ArrayList<>();
        for (boolean built : new boolean[] {true, false}) {     // what can be used first, then what is coming
            for (MaintenanceFunction f : MaintenanceFunction.values()) {
                if (who.may(f) && !INSIDE_OTHERS.contains(f) && BUILT.contains(f) == built) {
                    entries.add(new MenuEntry(f, built));
                }
            }
        }
        menu.setAll(entries);
        page.set(Page.MENU);
        receiptsForStaff.set(0);
        countReceiptsForStaff();
    }

    private void countReceiptsForStaff() {
        if (operator.get().filter(o -> o.may(MaintenanceFunction.REPRINT)).isPresent()) {
            calls.poll(() -> mode.transactions().receiptsForStaff().size(), receiptsForStaff::set, e -> { });
        }
    }

    /** How many receipts did not print and wait for staff (read whenever the menu shows; the transactions page lists them). */
    public javafx.beans.property.ReadOnlyIntegerProperty receiptsForStaff() {
        return receiptsForStaff.getReadOnlyProperty();
    }

    /** Hands the kiosk back; the panel that follows says whether it serves customers again or why not. */
    public void leave() {
        if (calls.busy().get()) {
            return;
        }
        calls.run(() -> {
            mode.desk().leave();
            return null;
        }, x -> handBackDone(true), e -> message.set(Problems.describe(e, texts.get())));
    }

    /**
     * Nobody has touched the screen for {@code idle}: an open keypad closes; someone in is taken out
     * as by "leave" (the desk audits why), and the customers' screen shows straight away, without the
     * hand-back panel nobody is there to dismiss. Waits for a call that is out (a print, say) to finish:
     * the screen asks again after the next quiet spell.
     */
    public void idle(java.time.Duration idle) {
        if (calls.busy().get()) {
            return;
        }
        if (operator.get().isEmpty()) {
            if (entry.shown().get()) {
                entry.cancel();
            }
            return;
        }
        calls.run(() -> {
            mode.desk().leaveIdle(idle);
            return null;
        }, x -> handBackDone(false), e -> message.set(Problems.describe(e, texts.get())));
    }

    /** @param tell whether the panel saying how the kiosk was handed back shows (not when nobody is there to read it) */
    private void handBackDone(boolean tell) {
        operator.set(Optional.empty());
        menu.clear();
        page.set(Page.CLOSED);
        message.set("");
        handedBack.set(tell);
    }

    public void dismissHandBack() {
        handedBack.set(false);
    }

    // ---------------------------------------------------------------- pages

    public void open(MaintenanceFunction f) {
        if (calls.busy().get() || menu.stream().noneMatch(m -> m.function() == f && m.available())) {
            return;
        }
        switch (f) {
            case OUT_OF_SERVICE -> {
                outOfService.opened();
                page.set(Page.OUT_OF_SERVICE);
            }
            case CASH_COLLECTION -> {
                collection.opened();
                page.set(Page.CASH_COLLECTION);
            }
            case TRANSACTIONS -> {
                transactions.opened();
                page.set(Page.TRANSACTIONS);
            }
            case PAPER -> show(Page.PAPER, paper::opened);
            case DIAGNOSTICS -> show(Page.DIAGNOSTICS, diagnostics::opened);
            case NOTE_TEST -> show(Page.NOTE_TEST, noteTest::opened);
            case SERIAL_TRAFFIC -> show(Page.SERIAL_TRAFFIC, traffic::opened);
            case SYNC -> show(Page.SYNC, sync::opened);
            case CONFIGURATION -> show(Page.CONFIGURATION, configuration::opened);
            case EXPORT -> show(Page.EXPORT, export::opened);
            case CHARTS -> show(Page.CHARTS, charts::opened);
            default -> { }
        }
    }

    /** The cash box came out and the desk started the collection: its count shows, wherever staff were. */
    private void cashBoxRemoved(jp.konbini.journal.CashCollectionRecord c) {
        if (operator.get().isEmpty()) {
            return;
        }
        message.set("");
        page.set(Page.CASH_COLLECTION);
        collection.startedByRemoval(c);
    }

    /** The page shows first, then its model asks the desk (a poll that checks the page sees the new one). */
    private void show(Page p, Runnable opened) {
        page.set(p);
        opened.run();
    }

    public void toMenu() {
        if (!calls.busy().get() && operator.get().isPresent()) {
            message.set("");
            page.set(Page.MENU);
            countReceiptsForStaff();
        }
    }

    public void language(Language l) {
        StaffTexts t = allTexts.get(l);
        if (t != null) {
            texts.set(t);
        }
    }

    // ---------------------------------------------------------------- what the kiosk will do

    private void service() {
        SessionView v = flowView.get();
        StaffTexts t = texts.get();
        if (v == null || t == null) {
            return;
        }
        List<String> lines = new ArrayList<>();
        for (ServiceIssue i : v.serviceIssues()) {
            String line = i.reason() == ServiceIssue.Reason.MAINTENANCE
                    ? t.format("issue.maintenance", i.detail())
                    : customerTexts.of(t.language()).get(i.reason().bundleKey());
            if (!lines.contains(line)) {
                lines.add(line);
            }
        }
        staysOut.set(!lines.isEmpty());
        if (!serviceLines.equals(lines)) {
            serviceLines.setAll(lines);
        }
    }

    /** The kiosk will not (or, after leaving, does not) serve customers: {@link #serviceLines()} say why. */
    public ReadOnlyBooleanProperty staysOutOfService() {
        return staysOut.getReadOnlyProperty();
    }

    public ObservableList<String> serviceLines() {
        return serviceLinesView;
    }

    /** The flow is still taking the kiosk back from staff (the panel after leaving says so). */
    public boolean flowStillInMaintenance() {
        return flowView.get() != null && flowView.get().screen() == Screen.MAINTENANCE;
    }

    public ReadOnlyObjectProperty<SessionView> flowView() {
        return flowView.getReadOnlyProperty();
    }

    // ---------------------------------------------------------------- accessors

    MaintenanceMode mode() {
        return mode;
    }

    Clock clock() {
        return clock;
    }

    DeskCalls calls() {
        return calls;
    }

    /** A refusal on the menu (leaving failed, say): one sentence for staff. */
    public javafx.beans.property.ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busy() {
        return calls.busy();
    }

    public ReadOnlyObjectProperty<StaffTexts> texts() {
        return texts.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Optional<Operator>> operator() {
        return operator.getReadOnlyProperty();
    }

    public boolean operatorMay(MaintenanceFunction f) {
        return operator.get().map(o -> o.may(f)).orElse(false);
    }

    public ReadOnlyObjectProperty<Page> page() {
        return page.getReadOnlyProperty();
    }

    /** The panel after leaving shows (over the customers' screen) until staff dismiss it. */
    public ReadOnlyBooleanProperty handedBack() {
        return handedBack.getReadOnlyProperty();
    }

    public ObservableList<MenuEntry> menu() {
        return menuView;
    }

    public EntryModel entry() {
        return entry;
    }

    public OutOfServiceModel outOfService() {
        return outOfService;
    }

    public CollectionModel collection() {
        return collection;
    }

    public TransactionsModel transactions() {
        return transactions;
    }

    public PaperModel paper() {
        return paper;
    }

    public DiagnosticsModel diagnostics() {
        return diagnostics;
    }

    public NoteTestModel noteTest() {
        return noteTest;
    }

    public TrafficModel traffic() {
        return traffic;
    }

    public SyncModel sync() {
        return sync;
    }

    public ConfigurationModel configuration() {
        return configuration;
    }

    public ExportModel export() {
        return export;
    }

    public ChartsModel charts() {
        return charts;
    }

    @Override
    public void close() {
        calls.close();
    }
}
