package brief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every {@code $ brief …} example of docs/search.md prints what the page says it prints. */
class SearchDocExamplesTest {
  record Example(List<String> args, String expected) {}

  static List<Example> examples() throws IOException {
    List<Example> examples = new ArrayList<>();
    List<String> lines = Files.readAllLines(Path.of("docs/search.md"), StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).startsWith("$ brief ")) {
        continue;
      }
      List<String> args = List.of(lines.get(i).substring("$ brief ".length()).split(" "));
      StringBuilder expected = new StringBuilder();
      for (i++; !lines.get(i).equals("```"); i++) {
        expected.append(lines.get(i)).append('\n');
      }
      examples.add(new Example(args, expected.toString()));
    }
    return examples;
  }

  @TestFactory
  Stream<DynamicTest> everyExampleOfTheSearchPageRunsAsShown() throws IOException {
    List<Example> examples = examples();
    assertEquals(5, examples.size(), "examples found in docs/search.md");
    return examples.stream()
        .map(
            e ->
                DynamicTest.dynamicTest(
                    String.join(" ", e.args()),
                    () -> {
                      Cli.Result r = Cli.brief(e.args().toArray(String[]::new));
                      String shown =
                          r.out() + r.err() + (r.code() == 0 ? "" : "[exit " + r.code() + "]\n");
                      assertEquals(e.expected(), shown);
                    }));
  }
}
