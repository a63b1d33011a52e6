package io.ehc.counter.application;

import io.ehc.counter.domain.Workstation;
import io.ehc.scan.application.ScanCode;
import io.ehc.scan.application.ScanCommand;
import io.ehc.scan.application.ScanResult;
import org.springframework.stereotype.Service;

/**
 * 窗口扫码: a code scanned by the camera or typed at the counter goes through the multi-code entry as the staff
 * member's bound terminal, in-process: the same recognition and routing, the same card use and scan audit as a signed
 * {@code POST /api/terminal/v1/scan}. Refusals are the entry's problems (code, kind, scan ID).
 */
@Service
public class ScanAtCounter {
    private final ScanCode scans;

    ScanAtCounter(ScanCode scans) {
        this.scans = scans;
    }

    public ScanResult scan(Workstation at, String text, String purpose) {
        return scans.scan(at.terminal(), ScanCommand.forPurpose(text, purpose));
    }
}
