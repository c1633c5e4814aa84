package brief.cli;

import brief.render.Block;
import brief.render.MarkdownRenderer;
import brief.render.Options;
import brief.render.TextRenderer;
import java.util.List;

/** Blocks as text or markdown, as a command prints them. */
final class Printer {
  private Printer() {}

  static String render(OutputOptions output, Options options, List<Block> blocks) {
    return output.format() == OutputOptions.Format.markdown
        ? MarkdownRenderer.render(blocks, options)
        : TextRenderer.render(blocks, options);
  }
}
