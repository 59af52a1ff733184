package io.outloud.home;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NextStepsTest {
    private static final ThreeCPath NOTHING = new ThreeCPath(false, false, false);
    private static final ThreeCPath ALL = new ThreeCPath(true, true, true);
    private static final Suggestion CHLOE = new Suggestion(NextStep.ANSWER_REQUEST, "Chloe", "the export");

    private static Optional<NextStep> choose(Situation situation, NextStep... dismissed) {
        Set<NextStep> set = dismissed.length == 0 ? EnumSet.noneOf(NextStep.class) : EnumSet.of(dismissed[0], dismissed);
        return NextSteps.choose(situation, set).map(Suggestion::step);
    }

    @Test
    void aRequestToShare_comesFirst_withWhoAskedAndWhat() {
        Situation situation = new Situation(NOTHING, 0, false, true, Optional.of(CHLOE));
        assertEquals(Optional.of(CHLOE), NextSteps.choose(situation, Set.of()));
    }

    @Test
    void feedbackWaiting_comesNext_whenTheRequestWasDismissed() {
        Situation situation = new Situation(ALL, 2, true, true, Optional.of(CHLOE));
        assertEquals(Optional.of(NextStep.READ_FEEDBACK), choose(situation, NextStep.ANSWER_REQUEST));
    }

    @Test
    void noCommunity_suggestsJoiningOne() {
        assertEquals(Optional.of(NextStep.JOIN_COMMUNITY), choose(new Situation(NOTHING, 0, false, false, Optional.empty())));
    }

    @Test
    void aMemberWhoDidNotReactThisMonth_isAskedToReactInTheirCommunity() {
        assertEquals(Optional.of(NextStep.REACT_IN_COMMUNITY), choose(new Situation(new ThreeCPath(true, false, false), 1, false, false, Optional.empty())));
    }

    @Test
    void aContributorWhoWroteNothingAndHasNoThought_isInvitedToAFirstThought() {
        assertEquals(Optional.of(NextStep.FIRST_THOUGHT), choose(new Situation(new ThreeCPath(true, true, false), 1, false, false, Optional.empty())));
    }

    @Test
    void anOpenThought_isEnough_noFirstThoughtIsSuggested() {
        assertEquals(Optional.empty(), choose(new Situation(new ThreeCPath(true, true, false), 1, true, false, Optional.empty())));
    }

    @Test
    void someoneWhoTookEveryStep_getsNoSuggestion() {
        assertEquals(Optional.empty(), choose(new Situation(ALL, 3, true, false, Optional.empty())));
    }

    @Test
    void aDismissedStep_neverComesBack_andNothingElseTakesItsPlaceOutOfOrder() {
        Situation situation = new Situation(new ThreeCPath(true, false, false), 1, false, false, Optional.empty());
        assertEquals(Optional.of(NextStep.FIRST_THOUGHT), choose(situation, NextStep.REACT_IN_COMMUNITY));
        assertEquals(Optional.empty(), choose(situation, NextStep.REACT_IN_COMMUNITY, NextStep.FIRST_THOUGHT));
        assertEquals(Optional.empty(), choose(new Situation(NOTHING, 0, false, false, Optional.empty()), NextStep.JOIN_COMMUNITY));
    }
}
