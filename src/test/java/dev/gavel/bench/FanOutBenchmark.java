package dev.gavel.bench;

import dev.gavel.testing.Viewers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Gavel's fan-out side by side with the bare broadcast loop ({@link BareBroadcastServer}): each
 * server in a process of its own, started fresh for each cell; the viewers (lean sockets on one
 * thread) and the trigger in this process. Rounds are interleaved (Gavel, bare; then bare, Gavel)
 * so that both see the same machine, and what is printed is the ratio of the two in each round: its
 * median and its spread. Absolute times on a shared machine mean little. Then Gavel alone: the
 * command ladder, with and without viewers, and the reconnect storms (phones joining, phones coming
 * back). Prints figures, asserts nothing.
 *
 * <p>Options: {@code --jar target/gavel.jar --viewers 1000,5000,10000 --rounds 2 --warm 2000 --idle
 * 10 --pad 280 --ladder 100,250,500,1000,1500,2000 --ladder-viewers 0,1000 --storm 5000
 * --storm-rounds 2 --servers gavel,bare --out target/bench}; a ladder or storm of 0 is skipped, and
 * so are the rounds with {@code --rounds 0}; {@code --servers gavel} runs the cells of Gavel alone,
 * for a profile.
 */
public final class FanOutBenchmark {

  /** Commands sent at {@link #WARM_RATE} before the ladder's first rung, and not counted. */
  private static final double LADDER_WARM = 2_000;

  private static final double WARM_RATE = 500;

  private FanOutBenchmark() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = options(args);
    Path jar = Path.of(options.getOrDefault("jar", "target/gavel.jar"));
    int[] viewers = numbers(options.getOrDefault("viewers", "1000,5000,10000"));
    int rounds = Integer.parseInt(options.getOrDefault("rounds", "2"));
    int warm = Integer.parseInt(options.getOrDefault("warm", "2000"));
    int idle = Integer.parseInt(options.getOrDefault("idle", "10"));
    int pad = Integer.parseInt(options.getOrDefault("pad", "280"));
    int[] ladder = numbers(options.getOrDefault("ladder", "100,250,500,1000,1500,2000"));
    int[] ladderViewers = numbers(options.getOrDefault("ladder-viewers", "0,1000"));
    int storm = Integer.parseInt(options.getOrDefault("storm", "5000"));
    int stormRounds = Integer.parseInt(options.getOrDefault("storm-rounds", "2"));
    Path out = Path.of(options.getOrDefault("out", "target/bench"));
    // One of the two alone, for a profile of it: no ratios are printed then.
    List<String> servers = List.of(options.getOrDefault("servers", "gavel,bare").split(","));
    Files.createDirectories(out);
    System.out.printf("Gavel %s against the bare loop; load %s%n", jar, Load.now());

    List<FanOutCell.Result> results = new ArrayList<>();
    for (int round = 1; round <= rounds; round++) {
      for (int count : viewers) {
        FanOutCell.Plan plan = FanOutCell.Plan.forViewers(count, warm, idle);
        List<String> order = round % 2 == 1 ? List.of("gavel", "bare") : List.of("bare", "gavel");
        for (String kind : order) {
          if (!servers.contains(kind)) {
            continue;
          }
          try (BenchServer server =
              kind.equals("gavel")
                  ? BenchServer.gavel(jar, BenchServer.freePort())
                  : BenchServer.bare(BenchServer.freePort(), pad)) {
            FanOutCell.Result result = FanOutCell.run(server, count, plan);
            results.add(result);
            String row = round + "\t" + result.row();
            System.out.println(row);
            append(out.resolve("fanout.tsv"), row);
          }
        }
      }
    }
    if (rounds > 0 && servers.size() == 2) {
      printRatios(results, viewers, rounds);
    }
    if (ladder.length > 0 && ladder[0] > 0) {
      ladder(jar, ladder, ladderViewers, out);
    }
    if (storm > 0) {
      ReconnectStorm.run(jar, storm, stormRounds, out);
    }
  }

  /** Gavel over bare, round by round, for each measure; then the median and spread of those. */
  private static void printRatios(List<FanOutCell.Result> results, int[] viewers, int rounds) {
    System.out.println();
    System.out.println(
        "viewers\tphase\tGavel p50/p99 ms\tbare p50/p99 ms\tratio p50\tratio p99\t"
            + "ratio CPU per delivered message\tlost (Gavel/bare)\t"
            + "of the CPU, JIT compiler ms (Gavel / bare)");
    for (int count : viewers) {
      for (String phase : List.of("paced", "burst")) {
        ToDoubleFunction<FanOutCell.Result> p50 = r -> phase(r, phase).p50Millis();
        ToDoubleFunction<FanOutCell.Result> p99 = r -> phase(r, phase).p99Millis();
        ToDoubleFunction<FanOutCell.Result> cpu = r -> phase(r, phase).cpuMicrosPerMessage();
        ToDoubleFunction<FanOutCell.Result> compiler = r -> phase(r, phase).compilerMillis();
        System.out.printf(
            Locale.ROOT,
            "%d\t%s\t%s\t%s\t%s\t%s\t%s\t%d/%d\t%s / %s%n",
            count,
            phase,
            both(results, count, "gavel", p50, p99),
            both(results, count, "bare", p50, p99),
            Stats.ratio(ratios(results, count, rounds, p50)),
            Stats.ratio(ratios(results, count, rounds, p99)),
            Stats.ratio(ratios(results, count, rounds, cpu)),
            results.stream()
                .filter(r -> r.viewers() >= count * 0.99 && r.server().equals("gavel"))
                .mapToLong(r -> phase(r, phase).lost())
                .sum(),
            results.stream()
                .filter(r -> r.viewers() >= count * 0.99 && r.server().equals("bare"))
                .mapToLong(r -> phase(r, phase).lost())
                .sum(),
            median(results, count, "gavel", compiler),
            median(results, count, "bare", compiler));
      }
    }
    System.out.println();
    System.out.println("viewers\theap per idle viewer (ratio)\tidle CPU % Gavel / bare");
    for (int count : viewers) {
      System.out.printf(
          Locale.ROOT,
          "%d\t%s\t%s / %s%n",
          count,
          Stats.ratio(ratios(results, count, rounds, FanOutCell.Result::heapPerViewer)),
          median(results, count, "gavel", FanOutCell.Result::idleCpuPercent),
          median(results, count, "bare", FanOutCell.Result::idleCpuPercent));
    }
  }

  private static FanOutCell.Phase phase(FanOutCell.Result result, String name) {
    return name.equals("paced") ? result.paced() : result.burst();
  }

  /** This measure of Gavel over bare, one ratio per round in which both ran with these viewers. */
  private static List<Double> ratios(
      List<FanOutCell.Result> results,
      int count,
      int rounds,
      ToDoubleFunction<FanOutCell.Result> measure) {
    List<Double> ratios = new ArrayList<>();
    List<FanOutCell.Result> gavel = of(results, count, "gavel");
    List<FanOutCell.Result> bare = of(results, count, "bare");
    for (int round = 0; round < Math.min(gavel.size(), bare.size()); round++) {
      double denominator = measure.applyAsDouble(bare.get(round));
      if (denominator > 0) {
        ratios.add(measure.applyAsDouble(gavel.get(round)) / denominator);
      }
    }
    return ratios;
  }

  private static List<FanOutCell.Result> of(
      List<FanOutCell.Result> results, int count, String server) {
    return results.stream()
        .filter(r -> r.server().equals(server) && Math.abs(r.viewers() - count) <= count / 100)
        .toList();
  }

  private static String both(
      List<FanOutCell.Result> results,
      int count,
      String server,
      ToDoubleFunction<FanOutCell.Result> first,
      ToDoubleFunction<FanOutCell.Result> second) {
    return median(results, count, server, first) + " / " + median(results, count, server, second);
  }

  private static String median(
      List<FanOutCell.Result> results,
      int count,
      String server,
      ToDoubleFunction<FanOutCell.Result> measure) {
    return String.format(
        Locale.ROOT,
        "%.1f",
        Stats.median(
            of(results, count, server).stream().map(r -> measure.applyAsDouble(r)).toList()));
  }

  /** Commands over HTTP, one at a time and at rising rates, with no viewer and with 1,000. */
  private static void ladder(Path jar, int[] rates, int[] viewers, Path out) throws Exception {
    System.out.println();
    System.out.println(
        "viewers\trate/s\tsent\t200s\tachieved/s\tPOST→200 p50 ms\tp99 ms\t"
            + "server CPU µs per command\tload generator CPU µs per command\tload");
    for (int count : viewers) {
      try (BenchServer server = BenchServer.gavel(jar, BenchServer.freePort());
          Trigger trigger = Trigger.of(server);
          Viewers room = new Viewers(server.socket("/rooms/networking/live"));
          Commands commands = new Commands(server)) {
        trigger.start();
        room.open(count, 64, 120);
        commands.oneAtATime(500);
        // The server's compiler is still at work after a few hundred: warm it as the fan-out is.
        commands.atRate(WARM_RATE, LADDER_WARM / WARM_RATE);
        for (int step = -1; step < rates.length; step++) {
          Duration cpu = server.cpu();
          Duration own = ownCpu();
          Commands.Run run = step < 0 ? commands.oneAtATime(300) : commands.atRate(rates[step], 3);
          double perCommand = server.cpu().minus(cpu).toNanos() / 1e3 / Math.max(1, run.ok());
          double generator = ownCpu().minus(own).toNanos() / 1e3 / Math.max(1, run.sent());
          String row =
              String.format(
                  Locale.ROOT,
                  "%s\t%.0f\t%.0f\t%s",
                  run.row(Integer.toString(count)),
                  perCommand,
                  generator,
                  Load.now());
          System.out.println(row);
          append(out.resolve("ladder.tsv"), row);
        }
      }
    }
  }

  /**
   * CPU time this process (the load generator: the commands' client and the viewers' sockets) has
   * used so far, measured the same way as the server's.
   */
  private static Duration ownCpu() {
    return ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO);
  }

  private static void append(Path file, String row) throws IOException {
    Files.writeString(file, row + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
  }

  private static int[] numbers(String list) {
    return Arrays.stream(list.split(",")).map(String::strip).mapToInt(Integer::parseInt).toArray();
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> options = new LinkedHashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    }
    return options;
  }
}
