package brief.core;

public record Theme(String id, String label, String description) {}
