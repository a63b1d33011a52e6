package io.ehc.institution;

/**
 * The terminal behind a signed request: its key, its terminal ID (institution code + 4-digit department code,
 * DOMAIN.md §5), channel, and the institution's region and grade.
 */
public record TerminalPrincipal(
        String keyId, String institutionCode, String departmentCode, String channel, String region, int grade) {
    public String terminalId() {
        return institutionCode + departmentCode;
    }
}
