package dev.gavel.programme.exchange;

final class CsvReader {
  private CsvReader() {}

  static Imported read(byte[] body, ImportOptions options) {
    throw new ImportException("not yet");
  }
}
