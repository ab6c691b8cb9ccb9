package dev.gavel.programme.exchange;

final class ICalendarReader {
  private ICalendarReader() {}

  static Imported read(byte[] body, ImportOptions options) {
    throw new ImportException("not yet");
  }
}
