package org.fieldbook.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** The suite-wide scan of log lines finds the demo's people, and sees what Fieldbook's loggers write. */
class SuiteLogScanTest {
    @Test
    void aLogLineNamingADemoPersonIsFound() {
        List<String> secrets = SuiteLogScan.secrets();
        assertTrue(secrets.contains("Ilyes Bouzid") && secrets.contains("ilyes.bouzid@example.org"), secrets.toString());
        assertEquals(2, SuiteLogScan.leaks(List.of("INFO: import of 12 records", "WARNING: could not reach Ilyes Bouzid",
                "SEVERE: mail to ilyes.bouzid@example.org")).size());
        assertEquals(0, SuiteLogScan.leaks(List.of("INFO: import of 12 records")).size());
    }

    @Test
    void theScanIsRegisteredForEveryTestClass() {
        assertTrue(java.util.Arrays.stream(Logger.getLogger("").getHandlers())
                .anyMatch(h -> h.getClass().getName().startsWith(SuiteLogScan.class.getName())),
                "the scan's handler is on the root logger (extension auto-detection is on)");
    }
}
