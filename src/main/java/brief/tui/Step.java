package brief.tui;

import java.util.List;

/** What one input made of the reader: its next state, and what the loop must do besides paint. */
public record Step(ReaderState state, List<Effect> effects) {
  public Step {
    effects = List.copyOf(effects);
  }

  static Step of(ReaderState state) {
    return new Step(state, List.of());
  }

  static Step of(ReaderState state, Effect effect) {
    return new Step(state, List.of(effect));
  }
}
