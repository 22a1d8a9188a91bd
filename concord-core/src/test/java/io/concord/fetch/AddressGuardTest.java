package io.concord.fetch;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AddressGuardTest {
    private static Optional<String> kind(String literal) throws UnknownHostException {
        return AddressGuard.nonPublic(InetAddress.getByName(literal));
    }

    @Test
    void classifiesIpv4Ranges() throws UnknownHostException {
        assertEquals(Optional.of("loopback"), kind("127.0.0.1"));
        assertEquals(Optional.of("loopback"), kind("127.45.6.7"));
        assertEquals(Optional.of("private"), kind("10.20.30.40"));
        assertEquals(Optional.of("private"), kind("172.16.0.1"));
        assertEquals(Optional.of("private"), kind("172.31.255.254"));
        assertEquals(Optional.of("private"), kind("192.168.1.1"));
        assertEquals(Optional.of("link-local"), kind("169.254.169.254"));
        assertEquals(Optional.of("private (carrier-grade NAT)"), kind("100.64.0.1"));
        assertEquals(Optional.of("multicast"), kind("224.0.0.251"));
        assertEquals(Optional.of("unspecified"), kind("0.0.0.0"));
        assertEquals(Optional.of("reserved"), kind("255.255.255.255"));
        assertEquals(Optional.of("reserved"), kind("198.18.0.5"));
        assertEquals(Optional.empty(), kind("172.32.0.1"));
        assertEquals(Optional.empty(), kind("100.128.0.1"));
        assertEquals(Optional.empty(), kind("93.184.215.14"));
    }

    @Test
    void classifiesIpv6Ranges() throws UnknownHostException {
        assertEquals(Optional.of("loopback"), kind("::1"));
        assertEquals(Optional.of("unspecified"), kind("::"));
        assertEquals(Optional.of("link-local"), kind("fe80::1"));
        assertEquals(Optional.of("private (unique-local)"), kind("fd12:3456:789a::1"));
        assertEquals(Optional.of("multicast"), kind("ff02::1"));
        assertEquals(Optional.of("private"), kind("::ffff:10.0.0.1"), "IPv4-mapped");
        assertEquals(Optional.of("private (6to4)"), kind("2002:c0a8:0101::1"));
        assertEquals(Optional.of("loopback (NAT64)"), kind("64:ff9b::7f00:1"));
        assertEquals(Optional.empty(), kind("2a00:1450:4001:80b::200e"));
    }

    @Test
    void refusesLocalhostByName() {
        FetchException e = assertThrows(FetchException.class, () -> AddressGuard.check("localhost"));
        assertTrue(e.getMessage().startsWith("refused: localhost resolves to "), e.getMessage());
        assertTrue(e.getMessage().contains("loopback"), e.getMessage());
    }
}
