package brief.draft;

/** An article that cannot be drafted, or a draft that cannot be written: one line for the user. */
public final class DraftException extends Exception {
  /** What went wrong, so the command line can choose its exit code. */
  public enum Kind {
    INVALID_INPUT,
    UNREADABLE,
    EXISTS,
    UNWRITABLE
  }

  private final Kind kind;

  DraftException(Kind kind, String message) {
    super(message, null, false, false);
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }
}
