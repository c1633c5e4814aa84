package brief;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Printed at the end of {@code mvn verify}: every test that was skipped and why (a tool not
 * installed, say), from the Surefire and Failsafe reports, so that a green build that left tests
 * out says so.
 */
public final class SkippedTests {
  private SkippedTests() {}

  public static void main(String[] reportFolders) throws Exception {
    List<String> skipped = new ArrayList<>();
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    for (String folder : reportFolders) {
      File[] reports =
          new File(folder).listFiles((d, n) -> n.startsWith("TEST-") && n.endsWith(".xml"));
      if (reports == null) {
        continue;
      }
      java.util.Arrays.sort(reports);
      for (File report : reports) {
        NodeList cases =
            factory.newDocumentBuilder().parse(report).getElementsByTagName("testcase");
        for (int i = 0; i < cases.getLength(); i++) {
          Element c = (Element) cases.item(i);
          NodeList skip = c.getElementsByTagName("skipped");
          if (skip.getLength() > 0) {
            String why = ((Element) skip.item(0)).getAttribute("message");
            skipped.add(
                "  "
                    + c.getAttribute("classname").replaceFirst("^brief\\.", "")
                    + "."
                    + c.getAttribute("name")
                    + ": "
                    + (why.isEmpty() ? "no reason given" : why));
          }
        }
      }
    }
    Path out =
        Path.of(reportFolders.length > 0 ? reportFolders[0] : ".")
            .resolveSibling("skipped-tests.txt");
    String summary =
        skipped.isEmpty()
            ? "No test was skipped."
            : skipped.size()
                + (skipped.size() == 1 ? " test was" : " tests were")
                + " skipped:\n"
                + String.join("\n", skipped);
    System.out.println(summary);
    Files.writeString(out, summary + "\n");
  }
}
