package dev.gavel.programme.exchange;

import dev.gavel.programme.EventPlan;

final class ScheduleJsonWriter {
  private ScheduleJsonWriter() {}

  static String write(EventPlan plan) {
    throw new UnsupportedOperationException("not yet");
  }
}
