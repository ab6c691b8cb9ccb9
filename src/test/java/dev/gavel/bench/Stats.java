package dev.gavel.bench;

import java.util.List;
import java.util.Locale;

/** Percentiles of samples, and the median of ratios with their spread. */
final class Stats {

  private Stats() {}

  /** The sample at this quantile of sorted samples (nearest rank); -1 for none. */
  static double percentile(long[] sorted, double quantile) {
    if (sorted.length == 0) {
      return -1;
    }
    int rank = (int) Math.ceil(quantile * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank))];
  }

  static double median(List<Double> values) {
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }

  /** "1.23× (0.98–1.40)": the median ratio, and the lowest and highest of the rounds. */
  static String ratio(List<Double> ratios) {
    if (ratios.isEmpty()) {
      return "—";
    }
    double[] sorted = ratios.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    return String.format(
        Locale.ROOT, "%.2f× (%.2f–%.2f)", median(ratios), sorted[0], sorted[sorted.length - 1]);
  }
}
