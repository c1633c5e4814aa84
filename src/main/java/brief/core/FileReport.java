package brief.core;

import java.util.List;

/**
 * What validating one file found, from the loader to the printed or JSON report: the briefing (null
 * when the file is none), its errors and warnings, and whether it could not be read at all.
 */
public record FileReport(
    String file,
    Briefing briefing,
    List<Diagnostic> errors,
    List<Diagnostic> warnings,
    boolean unreadable) {
  public FileReport {
    errors = List.copyOf(errors);
    warnings = List.copyOf(warnings);
  }

  /** A file that is no briefing: what is wrong with it. */
  public static FileReport failed(String file, List<Diagnostic> errors, boolean unreadable) {
    return new FileReport(file, null, errors, List.of(), unreadable);
  }

  public boolean valid() {
    return errors.isEmpty();
  }

  /** Whether the fidelity rules ran: the briefing has its source text. */
  public boolean fidelityChecked() {
    return briefing != null && !briefing.source().paragraphs().isEmpty();
  }

  /** The same report with one more error. */
  public FileReport withError(Diagnostic error) {
    List<Diagnostic> more = new java.util.ArrayList<>(errors);
    more.add(error);
    return new FileReport(file, briefing, more, warnings, unreadable);
  }
}
