package briefing.diag;

/** How bad a diagnostic is: errors fail the build, warnings are printed and the build goes on. */
public enum Severity {
    ERROR, WARNING;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
