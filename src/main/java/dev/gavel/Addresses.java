package dev.gavel;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.List;

/** Where people can reach this server: what is printed at start and put in the QR code. */
final class Addresses {

  private Addresses() {}

  /**
   * Base addresses, best first: the machine's network addresses when listening on every interface
   * (phones cannot reach localhost), then localhost for the machine itself.
   */
  static List<String> bases(String host, int port) {
    List<String> bases = new ArrayList<>();
    if (host.equals("0.0.0.0")) {
      for (InetAddress address : networkAddresses()) {
        bases.add("http://" + address.getHostAddress() + ":" + port);
      }
      bases.add("http://localhost:" + port);
    } else {
      bases.add("http://" + host + ":" + port);
    }
    return bases;
  }

  private static List<InetAddress> networkAddresses() {
    List<InetAddress> found = new ArrayList<>();
    try {
      for (NetworkInterface nic : NetworkInterface.networkInterfaces().toList()) {
        if (!nic.isUp() || nic.isLoopback() || nic.isVirtual()) {
          continue;
        }
        nic.inetAddresses()
            .filter(address -> address instanceof Inet4Address && !address.isLinkLocalAddress())
            .forEach(found::add);
      }
    } catch (SocketException e) {
      // no list of interfaces: localhost still works for the machine itself
    }
    return found;
  }
}
