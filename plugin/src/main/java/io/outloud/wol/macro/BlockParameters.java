package io.outloud.wol.macro;

import io.outloud.wol.BlockStatus;

import java.util.Map;
import java.util.Optional;

/** The block macro's parameters, typed and bounded. An unknown status is reported, never guessed. */
record BlockParameters(BlockStatus status, String workingOn) {
    static final int MAX_WORKING_ON = 200;

    static Optional<BlockParameters> parse(Map<String, String> parameters) {
        String statusCode = parameters.getOrDefault("status", "");
        Optional<BlockStatus> status = statusCode.isBlank() ? Optional.of(BlockStatus.IN_PROGRESS) : BlockStatus.fromCode(statusCode);
        String workingOn = oneLine(parameters.getOrDefault("working-on", ""));
        return status.map(s -> new BlockParameters(s, workingOn));
    }

    /** One line, at most {@link #MAX_WORKING_ON} characters: the parameter is a headline, not a body. */
    private static String oneLine(String value) {
        String line = value.replaceAll("\\s+", " ").trim();
        if (line.length() <= MAX_WORKING_ON) {
            return line;
        }
        int end = MAX_WORKING_ON - 1;
        if (Character.isHighSurrogate(line.charAt(end - 1))) {
            end--; // never cut an emoji (a surrogate pair) in half
        }
        return line.substring(0, end) + "…";
    }
}
