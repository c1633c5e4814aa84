package brief.cli;

import brief.render.Block;
import brief.render.MarkdownRenderer;
import brief.render.Options;
import brief.render.TextRenderer;
import java.io.PrintWriter;
import java.util.List;

/** Prints blocks as text or markdown on a command's standard output. */
final class Printer {
  private Printer() {}

  static void print(PrintWriter out, OutputOptions output, Options options, List<Block> blocks) {
    String rendered =
        output.format() == OutputOptions.Format.markdown
            ? MarkdownRenderer.render(blocks, options)
            : TextRenderer.render(blocks, options);
    out.print(rendered);
    out.flush();
  }
}
