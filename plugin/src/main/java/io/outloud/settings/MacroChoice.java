package io.outloud.settings;

/**
 * One macro as a space's admins see it: what they chose ({@link Choice#DEFAULT} follows the site), whether it is on in
 * the space, and what the site's default is.
 */
public record MacroChoice(AppMacro macro, Choice choice, boolean on, boolean siteDefaultOn) {

    /** What a space chose for one macro. */
    public enum Choice {
        DEFAULT, ON, OFF;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        static Choice of(Boolean stored) {
            return stored == null ? DEFAULT : stored ? ON : OFF;
        }

        static java.util.Optional<Choice> fromCode(String code) {
            return java.util.Arrays.stream(values()).filter(c -> c.code().equals(code)).findFirst();
        }

        Boolean stored() {
            return this == DEFAULT ? null : this == ON;
        }
    }
}
