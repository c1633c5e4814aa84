package brief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Markdown output read back by a CommonMark parser: the structure it means, and no markup smuggled
 * in.
 */
class MarkdownOutputTest {
  private static final Parser PARSER = Parser.builder().build();

  private static List<Node> all(Node root) {
    List<Node> nodes = new ArrayList<>();
    root.accept(
        new AbstractVisitor() {
          @Override
          protected void visitChildren(Node parent) {
            nodes.add(parent);
            super.visitChildren(parent);
          }

          @Override
          public void visit(Text text) {
            nodes.add(text);
          }
        });
    return nodes;
  }

  @TestFactory
  Stream<DynamicTest> everyMarkdownOutputIsCommonMarkWithNoHtmlOrLinks() {
    return LookupGoldenTest.cases().stream()
        .filter(c -> c.name().endsWith(".markdown"))
        .map(
            c ->
                DynamicTest.dynamicTest(
                    c.name(),
                    () -> {
                      Node doc = PARSER.parse(Cli.brief(c.args().toArray(String[]::new)).out());
                      for (Node n : all(doc)) {
                        assertFalse(
                            n instanceof HtmlBlock || n instanceof HtmlInline || n instanceof Link,
                            n.toString());
                      }
                    }));
  }

  @Test
  void theSummaryHasTheTitleAsItsHeadingAndQuotesAsBlockQuotes() {
    Node doc = PARSER.parse(Cli.brief("summary", "--format", "markdown").out());
    List<String> headings =
        all(doc).stream()
            .filter(n -> n instanceof Heading)
            .map(n -> TextContentRenderer.builder().build().render(n).strip())
            .toList();
    assertEquals(
        List.of(
            "U.S.–Azerbaijan partnership and the South Caucasus",
            "Bottom line",
            "Key points",
            "Key quotes",
            "Stakeholders"),
        headings);
    assertEquals(3, all(doc).stream().filter(n -> n instanceof BlockQuote).count());
  }

  @Test
  void markupInABriefingStaysText() throws Exception {
    String yaml =
        java.nio.file.Files.readString(
                java.nio.file.Path.of("src/test/resources/valid/water-talks.yaml"))
            .replace(
                "title: Water-sharing talks on the Kura",
                "title: \"# 1. *Not* [a link](http://x) <b>bold</b> & more\"");
    String md = new Cli().stdin(yaml).run("summary", "-", "--format", "markdown").out();
    Node doc = PARSER.parse(md);
    Heading title =
        (Heading) all(doc).stream().filter(n -> n instanceof Heading).findFirst().orElseThrow();
    assertEquals(1, title.getLevel());
    assertEquals(
        "# 1. *Not* [a link](http://x) <b>bold</b> & more",
        TextContentRenderer.builder().build().render(title).strip());
    assertTrue(all(doc).stream().noneMatch(n -> n instanceof Link || n instanceof HtmlInline));
  }
}
