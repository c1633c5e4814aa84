package brief.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class HeaderTest {
  @Test
  void aDateLineWithTimeAndOffsetGivesAnIsoDateTime() {
    assertEquals(
        Optional.of("2025-07-20T20:50:00+04:00"),
        Header.published(" date 2025-07-20 20 July 2025 20:50 (UTC+04:00)"));
    assertEquals(
        Optional.of("2025-07-20T08:50:00-05:00"),
        Header.published("Published: July 20, 2025 8:50 am GMT-5"));
    assertEquals(
        Optional.of("2024-03-02T10:00:00Z"), Header.published("Updated 2 March 2024, 10:00 UTC"));
  }

  @Test
  void aDateWithoutAnOffsetKeepsOnlyTheDay() {
    assertEquals(Optional.of("2025-02-03"), Header.published("3 February 2025 14:00"));
    assertEquals(Optional.of("2025-02-03"), Header.published("February 3, 2025"));
  }

  @Test
  void aSentenceWithADateIsNoDateLine() {
    assertEquals(Optional.empty(), Header.published("The talks began on 20 July 2025 in Baku."));
    assertEquals(Optional.empty(), Header.published("2025-02-30"));
  }

  @Test
  void bylinesAreNamesAloneOrAfterBy() {
    assertEquals(Optional.of("Qabil Ashirov"), Header.byline("Qabil Ashirov"));
    assertEquals(Optional.of("Jane Doe"), Header.byline("By Jane Doe, Reuters"));
    assertEquals(Optional.of("Əli Həsənov"), Header.byline("Əli Həsənov"));
    assertEquals(Optional.empty(), Header.byline("The Long Road"));
    assertEquals(Optional.empty(), Header.byline("Energy security has been a cornerstone."));
  }

  @Test
  void metadataTimestampsAreNormalised() {
    assertEquals(
        Optional.of("2025-03-14T09:30:00+04:00"), Header.isoTimestamp("2025-03-14T09:30:00+0400"));
    assertEquals(
        Optional.of("2025-05-02T18:00:00Z"), Header.isoTimestamp("2025-05-02T18:00:00.000Z"));
    assertEquals(Optional.of("2025-05-02"), Header.isoTimestamp("2025-05-02T18:00:00"));
  }
}
