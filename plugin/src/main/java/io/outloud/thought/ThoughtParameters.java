package io.outloud.thought;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A thought macro's parameters, read leniently (a bad value takes its default) with each problem noted, so that
 * the macro can say exactly what is wrong while the server's rules (who may give feedback, who sees it) always
 * have a value to apply.
 *
 * @param question       the feedback the author would like, one line
 * @param stage          the stage the page gives it (the stored stage wins once someone moved it)
 * @param communityOnly  whether only the members of a community give feedback (a missing or bad key: nobody)
 * @param community      that community's key; empty when none or when the key was missing or bad
 * @param visibleToAll   whether everyone who may view the page sees the feedback (else only the author and each giver their own)
 * @param ripenBy        when the author means it to be ripe; null for no date
 * @param unnamedAllowed whether the author invites feedback without the giver's name (the site must allow it too)
 */
public record ThoughtParameters(String question, ThoughtStage stage, boolean communityOnly, String community, boolean visibleToAll,
                                LocalDate ripenBy, boolean unnamedAllowed, List<Problem> problems) {
    public static final int MAX_QUESTION = 300;
    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9_-]{0,49}");

    /** What is wrong with one parameter: an i18n key and its arguments. */
    public record Problem(String key, List<String> arguments) {
    }

    public ThoughtParameters {
        problems = List.copyOf(problems);
    }

    public static ThoughtParameters read(Map<String, String> parameters) {
        List<Problem> problems = new ArrayList<>();
        String rawQuestion = parameters.getOrDefault("question", "");
        String question = (rawQuestion == null ? "" : rawQuestion).replaceAll("\\s+", " ").trim();
        if (question.codePointCount(0, question.length()) > MAX_QUESTION) {
            problems.add(new Problem("outloud.thought.error.question-too-long", List.of(String.valueOf(MAX_QUESTION))));
            // Cut by code points (an emoji is two UTF-16 units), with an ellipsis where it was cut.
            question = question.substring(0, question.offsetByCodePoints(0, MAX_QUESTION - 1)) + "\u2026";
        }
        String stageCode = parameters.get("stage");
        ThoughtStage stage = ThoughtStage.SEED;
        if (stageCode != null && !stageCode.isBlank()) {
            stage = ThoughtStage.fromCode(stageCode).orElse(null);
            if (stage == null) {
                problems.add(new Problem("outloud.thought.error.stage", List.of("seed, growing, ripe")));
                stage = ThoughtStage.SEED;
            }
        }
        String from = value(parameters, "feedback-from", "viewers");
        String community = value(parameters, "community", "").toLowerCase(Locale.ROOT);
        if (!from.equals("viewers") && !from.equals("community")) {
            problems.add(new Problem("outloud.thought.error.feedback-from", List.of("viewers, community")));
            from = "viewers";
        }
        if (!community.isEmpty() && !KEY.matcher(community).matches()) {
            problems.add(new Problem("outloud.thought.error.community", List.of()));
            community = "";
        }
        if (from.equals("community") && community.isEmpty()) {
            problems.add(new Problem("outloud.thought.error.community-missing", List.of()));
        }
        String visibility = value(parameters, "feedback-visible-to", "everyone");
        if (!visibility.equals("everyone") && !visibility.equals("author")) {
            problems.add(new Problem("outloud.thought.error.visible-to", List.of("everyone, author")));
            visibility = "author"; // the safer reading of a value nobody understood
        }
        LocalDate ripenBy = null;
        String date = value(parameters, "ripen-by", "");
        if (!date.isEmpty()) {
            try {
                ripenBy = LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                problems.add(new Problem("outloud.thought.error.ripen-by", List.of()));
            }
        }
        boolean unnamed = "true".equals(value(parameters, "anonymous-feedback", "false").toLowerCase(Locale.ROOT));
        boolean communityOnly = from.equals("community");
        return new ThoughtParameters(question, stage, communityOnly, communityOnly ? community : "", visibility.equals("everyone"),
                ripenBy, unnamed, problems);
    }

    private static String value(Map<String, String> parameters, String name, String fallback) {
        String value = parameters.get(name);
        return value == null || value.isBlank() ? fallback : value.trim();
    }
}
