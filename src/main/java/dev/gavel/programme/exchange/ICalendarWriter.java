package dev.gavel.programme.exchange;

import dev.gavel.programme.EventPlan;

final class ICalendarWriter {
  private ICalendarWriter() {}

  static String write(EventPlan plan) {
    throw new UnsupportedOperationException("not yet");
  }
}
