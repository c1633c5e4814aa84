package brief.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpeechReportsTest {
  private static List<String> speakers(String... paragraphs) {
    return SpeechReports.of(SourceText.of(List.of(paragraphs))).all().stream()
        .map(r -> r.orElse().isEmpty() ? r.name() : r.name() + " or " + r.orElse())
        .toList();
  }

  @Test
  void aPronounStandsForTheLastSpeakerNamedNotForSomeoneCalledHe() {
    assertEquals(
        List.of("Gary Jones", "Gary Jones"),
        speakers("\"It will last,\" said Gary Jones.", "He added that drilling would start."));
  }

  @Test
  void aLowercaseTitleBeforeANameLeavesTheNameTheSpeaker() {
    assertEquals(
        List.of("Gary Jones", "Rovshan Najaf"),
        speakers(
            "\"It will last,\" said Gary Jones.",
            "Company president Rovshan Najaf said the deal showed \"confidence\"."));
  }

  @Test
  void aPlaceInsideALongerSubjectIsNotTheSpeakerNorTheLastOneNamed() {
    assertEquals(
        List.of("Gary Jones", ""),
        speakers(
            "Gary Jones said it.", "Freight forwarders in Lənkəran said the road was closed."));
  }

  @Test
  void theAuthorIsNeverTheLastSpeakerAPronounStandsFor() {
    assertEquals(
        List.of("Gary Jones", SpeechReports.AUTHOR_NAME, "Gary Jones"),
        speakers("Gary Jones said it.", "The author wrote that it is late.", "He said so."));
  }

  @Test
  void aSecondVerbOfANamedSubjectIsNotADescriptionOfTheLastSpeaker() {
    assertEquals(
        List.of("Arif Hajili"),
        speakers(
            "Arif Hajili said it was wrong.",
            "Minister Sahil Babayev defended the reform and promised \"results\"."));
  }

  @Test
  void aDescriptionAfterAnotherNamedSubjectMayMeanEither() {
    assertEquals(
        List.of("Kommersant", "Kommersant or [Izvestia]"),
        speakers(
            "Kommersant writes that the route matters.",
            "Izvestia was more cautious. \"Nobody has signed,\" the daily wrote."));
  }

  @Test
  void theSameSpeakerNamedAgainKeepsAPronounResolved() {
    assertEquals(
        List.of("Arif Hajili", "Arif Hajili"),
        speakers(
            "Arif Hajili said it was wrong.", "Hajili was angry. He added that it would fail."));
  }

  @Test
  void theOneToldMayBeTheAgencyThatNotesLater() {
    assertEquals(
        List.of("MP Anar Quliyev", "MP Anar Quliyev or [Report]"),
        speakers(
            "\"It matters,\" MP Anar Quliyev told Report on Monday.",
            "\"He said more,\" the agency noted."));
  }

  @Test
  void aDescriptionMeansThePersonTheArticleGaveThatTitle() {
    assertEquals(
        List.of("Kobakhidze", "Transport Minister Marat Karabayev", "Irakli Kobakhidze"),
        speakers(
            "Prime Minister Irakli Kobakhidze signed it. \"It is done,\" Kobakhidze said.",
            "\"It will double,\" said Transport Minister Marat Karabayev.",
            "\"We are ready,\" the prime minister told reporters."));
  }
}
