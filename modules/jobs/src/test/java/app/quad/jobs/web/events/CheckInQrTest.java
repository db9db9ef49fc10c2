package app.quad.jobs.web.events;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

class CheckInQrTest {

    @Test
    void theQrCodeIsAnAccessibleSvgNamingTheCode() {
        String svg = CheckInQr.svg("7K2M-9QXD-4HBT");
        assertTrue(svg.startsWith("<svg "), svg);
        assertTrue(svg.contains("role=\"img\" aria-label=\"QR code of check-in code 7K2M-9QXD-4HBT\""));
        // Version 1 (21 modules) plus a quiet zone of 4 on each side.
        assertTrue(svg.contains("viewBox=\"0 0 29 29\""), svg.substring(0, 200));
        assertTrue(svg.contains("<path fill=\"#000\" d=\"M4 4h1v1h-1z"), "the finder pattern starts inside the quiet zone");
    }
}
