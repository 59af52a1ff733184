package io.outloud.community.pairing.macro;

import java.util.List;

/**
 * What the pairing fragment of a community page shows the reader: texts already in their language, nothing to
 * decide in the template. Not visible (an empty fragment) for anyone who is not a signed-in member.
 */
public final class PairingView {
    static final PairingView HIDDEN = new PairingView(false, "", false, false, false, "", "", "", "", "", null, List.of(), false, List.of(),
            "", 1, List.of());

    private final boolean visible;
    private final String communityKey;
    private final boolean optedIn;
    private final boolean paused;
    private final boolean snoozed;
    private final String snoozedUntil;
    private final String snoozeMin;
    private final String snoozeMax;
    private final String statusText;
    private final String optLabel;
    private final MatchView current;
    private final List<MatchView> history;
    private final boolean lead;
    private final List<Choice> scheduleChoices;
    private final String nextRunText;
    private final int nextRound;
    private final List<String> rounds;

    public PairingView(boolean visible, String communityKey, boolean optedIn, boolean paused, boolean snoozed, String snoozedUntil, String snoozeMin,
                String snoozeMax, String statusText, String optLabel, MatchView current, List<MatchView> history, boolean lead,
                List<Choice> scheduleChoices, String nextRunText, int nextRound, List<String> rounds) {
        this.visible = visible;
        this.communityKey = communityKey;
        this.optedIn = optedIn;
        this.paused = paused;
        this.snoozed = snoozed;
        this.snoozedUntil = snoozedUntil;
        this.snoozeMin = snoozeMin;
        this.snoozeMax = snoozeMax;
        this.statusText = statusText;
        this.optLabel = optLabel;
        this.current = current;
        this.history = List.copyOf(history);
        this.lead = lead;
        this.scheduleChoices = List.copyOf(scheduleChoices);
        this.nextRunText = nextRunText;
        this.nextRound = nextRound;
        this.rounds = List.copyOf(rounds);
    }

    public boolean isVisible() {
        return visible;
    }

    public String getCommunityKey() {
        return communityKey;
    }

    public boolean isOptedIn() {
        return optedIn;
    }

    public boolean isPaused() {
        return paused;
    }

    public boolean isSnoozed() {
        return snoozed;
    }

    /** The snooze's last day (ISO), "" for none. */
    public String getSnoozedUntil() {
        return snoozedUntil;
    }

    public String getSnoozeMin() {
        return snoozeMin;
    }

    public String getSnoozeMax() {
        return snoozeMax;
    }

    public String getStatusText() {
        return statusText;
    }

    public String getOptLabel() {
        return optLabel;
    }

    /** My match in the latest round; null for none. */
    public MatchView getCurrent() {
        return current;
    }

    public List<MatchView> getHistory() {
        return history;
    }

    public boolean isLead() {
        return lead;
    }

    public List<Choice> getScheduleChoices() {
        return scheduleChoices;
    }

    public String getNextRunText() {
        return nextRunText;
    }

    /** The number the next round will have (what the lead's "start a round now" expects). */
    public int getNextRound() {
        return nextRound;
    }

    /** The latest rounds, one line each. */
    public List<String> getRounds() {
        return rounds;
    }

    /** One of my matches. */
    public static final class MatchView {
        private final long id;
        private final String roundText;
        private final String answerCode;
        private final String answerText;
        private final String partnerNames;
        private final List<PartnerView> partners;

        public MatchView(long id, String roundText, String answerCode, String answerText, String partnerNames, List<PartnerView> partners) {
            this.id = id;
            this.roundText = roundText;
            this.answerCode = answerCode;
            this.answerText = answerText;
            this.partnerNames = partnerNames;
            this.partners = List.copyOf(partners);
        }

        public long getId() {
            return id;
        }

        public String getRoundText() {
            return roundText;
        }

        /** none, met or not-met. */
        public String getAnswerCode() {
            return answerCode;
        }

        public boolean isMet() {
            return answerCode.equals("met");
        }

        public boolean isNotMet() {
            return answerCode.equals("not-met");
        }

        public String getAnswerText() {
            return answerText;
        }

        public String getPartnerNames() {
            return partnerNames;
        }

        public List<PartnerView> getPartners() {
            return partners;
        }

        /** A pair (not a group of three): its one partner is the one to thank once we met. */
        public boolean isPair() {
            return partners.size() == 1;
        }
    }

    /** A partner: name, department ("" for none), avatar, and what I could talk with them about. */
    public static final class PartnerView {
        private final String name;
        private final String department;
        private final String avatarUrl;
        private final List<StarterView> starters;

        public PartnerView(String name, String department, String avatarUrl, List<StarterView> starters) {
            this.name = name;
            this.department = department;
            this.avatarUrl = avatarUrl;
            this.starters = List.copyOf(starters);
        }

        public String getName() {
            return name;
        }

        public String getDepartment() {
            return department;
        }

        public String getAvatarUrl() {
            return avatarUrl;
        }

        public List<StarterView> getStarters() {
            return starters;
        }
    }

    /** A conversation starter: its text, and the page it comes from ("" for none). */
    public static final class StarterView {
        private final String text;
        private final String pageTitle;
        private final String url;

        public StarterView(String text, String pageTitle, String url) {
            this.text = text;
            this.pageTitle = pageTitle;
            this.url = url;
        }

        public String getText() {
            return text;
        }

        public String getPageTitle() {
            return pageTitle;
        }

        public String getUrl() {
            return url;
        }
    }

    /** A schedule the lead can choose. */
    public static final class Choice {
        private final int code;
        private final String label;
        private final boolean selected;

        public Choice(int code, String label, boolean selected) {
            this.code = code;
            this.label = label;
            this.selected = selected;
        }

        public int getCode() {
            return code;
        }

        public String getLabel() {
            return label;
        }

        public boolean isSelected() {
            return selected;
        }
    }
}
