package jp.konbini.domain.topup;

/** What moves a note from one {@link NoteState} to the next. */
public enum NoteTrigger {
    STACK_SENT,
    CREDITED,
    RETURNED
}
