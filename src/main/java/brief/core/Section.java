package brief.core;

import java.util.List;

public record Section(String id, String title, String summary, List<Point> points) {
  public Section {
    points = List.copyOf(points);
  }
}
