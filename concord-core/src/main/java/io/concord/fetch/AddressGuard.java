package io.concord.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Refuses hosts that resolve to addresses a news fetcher has no business reaching: loopback, private, link-local,
 * multicast, unspecified, carrier-grade NAT, unique-local IPv6 and reserved ranges. Every address of the host is
 * checked, so a name with one public and one private address is refused.
 */
final class AddressGuard {
    private AddressGuard() {
    }

    /** @throws FetchException when the host cannot be resolved or one of its addresses is not public */
    static void check(String host) throws FetchException {
        InetAddress[] all;
        try {
            all = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw new FetchException("unknown host " + host);
        }
        for (InetAddress a : all) {
            Optional<String> kind = nonPublic(a);
            if (kind.isPresent()) {
                throw new FetchException("refused: " + host + " resolves to " + a.getHostAddress() + ", a " + kind.get()
                        + " address (--allow-private allows it)");
            }
        }
    }

    /** What kind of non-public address {@code a} is, or empty when it is public. */
    static Optional<String> nonPublic(InetAddress a) {
        if (a.isAnyLocalAddress()) {
            return Optional.of("unspecified");
        }
        if (a.isLoopbackAddress()) {
            return Optional.of("loopback");
        }
        if (a.isLinkLocalAddress()) {
            return Optional.of("link-local");
        }
        if (a.isSiteLocalAddress()) {
            return Optional.of("private");
        }
        if (a.isMulticastAddress()) {
            return Optional.of("multicast");
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) {
            return ipv4(b);
        }
        if (a instanceof Inet6Address) {
            int first = b[0] & 0xff;
            if ((first & 0xfe) == 0xfc) {
                return Optional.of("private (unique-local)");
            }
            if (allZero(b, 0, 12)) {
                // ::/96 (IPv4-compatible, deprecated) other than :: and ::1, caught above
                return Optional.of("reserved");
            }
            if (first == 0x20 && (b[1] & 0xff) == 0x02) {
                // 6to4: the IPv4 address is in bytes 2..5
                return ipv4(new byte[]{b[2], b[3], b[4], b[5]}).map(k -> k + " (6to4)");
            }
            if (first == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b && allZero(b, 4, 12)) {
                // NAT64 64:ff9b::/96 embeds an IPv4 address in the last four bytes
                return ipv4(new byte[]{b[12], b[13], b[14], b[15]}).map(k -> k + " (NAT64)");
            }
        }
        return Optional.empty();
    }

    private static Optional<String> ipv4(byte[] b) {
        int o1 = b[0] & 0xff;
        int o2 = b[1] & 0xff;
        if (o1 == 0) {
            return Optional.of("unspecified");
        }
        if (o1 == 127) {
            return Optional.of("loopback");
        }
        if (o1 == 10 || o1 == 172 && o2 >= 16 && o2 <= 31 || o1 == 192 && o2 == 168) {
            return Optional.of("private");
        }
        if (o1 == 169 && o2 == 254) {
            return Optional.of("link-local");
        }
        if (o1 == 100 && o2 >= 64 && o2 <= 127) {
            return Optional.of("private (carrier-grade NAT)");
        }
        if (o1 >= 224 && o1 <= 239) {
            return Optional.of("multicast");
        }
        if (o1 >= 240 || o1 == 192 && o2 == 0 && (b[2] & 0xff) == 0 || o1 == 198 && (o2 == 18 || o2 == 19)) {
            return Optional.of("reserved");
        }
        return Optional.empty();
    }

    private static boolean allZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
