package dev.gavel.programme;

import dev.gavel.programme.EventPlan.RoomPlan;
import dev.gavel.programme.EventPlan.SessionPlan;
import dev.gavel.programme.EventPlan.TopicPlan;
import dev.gavel.room.Stakeholder;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * The programme Gavel starts with on an empty database: the proposed topics of the 2015 networking
 * microconference at Linux Plumbers, where the three-slide rule and the pitch cut-off come from.
 */
public final class DemoProgramme {

  public static final String EVENT_SLUG = "lpc2015";
  public static final String ROOM_SLUG = "networking";

  private static final String IPV6 = "IPv6";
  private static final String VIRTUALIZATION = "Network virtualization";
  private static final String SECURITY = "Security";
  private static final Duration BUDGET = Duration.ofMinutes(15);
  private static final Duration PRESENTATION = Duration.ofMinutes(5);
  private static final ZoneId SEATTLE = ZoneId.of("America/Los_Angeles");

  private DemoProgramme() {}

  public static EventPlan plan() {
    return new EventPlan(
        EVENT_SLUG,
        "Linux Plumbers Conference 2015",
        3,
        SEATTLE,
        List.of(
            new RoomPlan(
                ROOM_SLUG,
                "Networking microconference",
                List.of(
                    new SessionPlan(
                        null,
                        "Networking",
                        at(9, 0),
                        at(12, 30),
                        null,
                        List.of(),
                        List.of(
                            topic("A new VRF proposal", VIRTUALIZATION, "Shrijeet Mukherjee")
                                .asking(Stakeholder.requested("Routing maintainers", "VRF")),
                            topic(
                                "Scalable kernel-only encapsulation for containers: flow based"
                                    + " tunneling with standard net_devices",
                                VIRTUALIZATION,
                                "Thomas Graf"),
                            topic(
                                "IPv6 underlays: what is needed? What performance issues will we"
                                    + " run into?",
                                IPV6),
                            topic("IPv6 routing issues and recent changes", IPV6, "Martin Lau"),
                            topic("Geneve OpenFlow API for OVS", VIRTUALIZATION, "Madhu Challa"),
                            topic(
                                    "tc and eBPF classifier/action: short overview and to-dos",
                                    VIRTUALIZATION,
                                    "Daniel Borkmann")
                                .asking(Stakeholder.requested("tc maintainers", "tc")),
                            topic(
                                "Next steps in eBPF",
                                VIRTUALIZATION,
                                "Daniel Borkmann",
                                "Alexei Starovoitov"),
                            topic(
                                "Control plane options for Geneve",
                                VIRTUALIZATION,
                                "John Linville"),
                            topic("Overlay encryption", SECURITY, "Jesse Gross"),
                            topic(
                                "Kernel framework for hardware accelerated virtio networking",
                                VIRTUALIZATION,
                                "Varun Sethi"),
                            topic(
                                "I/O accelerator virtualization for NFVs",
                                VIRTUALIZATION,
                                "Varun Sethi"),
                            topic(
                                "Identifier Locator Addressing: network virtualization without"
                                    + " encapsulation using IPv6",
                                IPV6,
                                "Tom Herbert"),
                            topic(
                                "Small footprint 6LoWPAN + IPv6-only networking option",
                                IPV6,
                                "Marcel Holtmann"),
                            topic(
                                "Coordinated software (eBPF/tc/OVS/DPDK) and hardware dataplanes",
                                VIRTUALIZATION,
                                "John Fastabend")))))),
        List.of(
            new NoOverlap(NoOverlap.Kind.CATEGORY, IPV6),
            new NoOverlap(NoOverlap.Kind.CATEGORY, SECURITY)));
  }

  /** The microconference's morning, in Seattle's time. */
  private static OffsetDateTime at(int hour, int minute) {
    return LocalDateTime.of(2015, 8, 20, hour, minute).atZone(SEATTLE).toOffsetDateTime();
  }

  private static TopicPlan topic(String title, String category, String... presenters) {
    return new TopicPlan(
        null,
        title,
        List.of(presenters),
        category,
        BUDGET,
        PRESENTATION,
        null,
        null,
        null,
        List.of());
  }
}
